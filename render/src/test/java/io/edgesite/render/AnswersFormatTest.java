package io.edgesite.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.edgesite.validators.Finding;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswersFormatTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "registration: {paletteEndpiont: x}|registration.paletteEndpiont|answers.unknown-key",
            "cluster: {nodes: three}|cluster.nodes|answers.type",
            "cluster: {distribution: eks}|cluster.distribution|answers.value",
            "network: {nics: [{name: eth0, addressing: manual}]}|network.nics[0].addressing|answers.value",
            "network: {vlans: [{parent: eth0, id: '10; reboot'}]}|network.vlans[0].id|answers.type",
            "host: {users: [{name: x, password: [a]}]}|host.users[0].password|answers.type",
            "registration: {tags: [a, b]}|registration.tags|answers.type",
            "version: 9|version|answers.version",
            "cluster: {overlay: {enabled: yes}}|cluster.overlay.enabled|answers.type",
            "userData: [1]|userData|answers.type"})
    void badAnswersAreReportedWithTheirPath(String yaml, String path, String rule) {
        AnswersFormat.AnswersException e = catchThrowableOfType(AnswersFormat.AnswersException.class,
                () -> AnswersFormat.read(yaml));
        assertThat(e).isNotNull();
        List<Finding> problems = e.problems();
        assertThat(problems).anySatisfy(f -> {
            assertThat(f.path()).isEqualTo(path);
            assertThat(f.rule()).isEqualTo(rule);
        });
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"a: [", "- just a list", "\"unterminated", "a: b: c"})
    void syntaxErrorsAreOneFinding(String yaml) {
        AnswersFormat.AnswersException e = catchThrowableOfType(AnswersFormat.AnswersException.class,
                () -> AnswersFormat.read(yaml));
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).rule()).isEqualTo("answers.syntax");
    }
}
