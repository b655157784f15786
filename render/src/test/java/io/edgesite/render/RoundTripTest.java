package io.edgesite.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.edgesite.model.Site;
import io.edgesite.validators.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Published Palette examples: lint accepts them, and they survive user-data -> answers -> user-data. */
class RoundTripTest {
    static final Path FIXTURES = Path.of("src/test/resources/userdata");
    static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> published() throws IOException {
        try (Stream<Path> s = Files.list(FIXTURES)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") && !n.contains(".published."))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("published")
    void lintFindsNoErrorInPublishedExamples(String name) throws Exception {
        UserDataParser.Parsed parsed = UserDataParser.parse(Files.readString(FIXTURES.resolve(name)));
        assertThat(parsed.findings()).filteredOn(Finding::isError).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("published")
    void userDataToAnswersToUserDataKeepsEverything(String name) throws Exception {
        String original = Files.readString(FIXTURES.resolve(name));
        Site site = UserDataParser.parse(original).site();
        String answers = AnswersFormat.write(site);
        Site again = AnswersFormat.read(answers);
        String rendered = UserDataRenderer.render(again);
        assertThat(rendered).isEqualTo(UserDataRenderer.render(site));
        assertThat(rendered).startsWith("#cloud-config\n");
        // Compared as data by the YAML 1.1 reader cloud-init uses. Palette reads tag values, project UIDs
        // and other string fields as text, so a number there may come back quoted: scalars compare by text.
        assertThat(asText(load(rendered))).isEqualTo(asText(load(original)));
    }

    @Test
    void answersToUserDataToAnswersIsStable() throws Exception {
        try (Stream<Path> s = Files.list(GoldenTest.EXAMPLES)) {
            for (Path example : s.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Site site = AnswersFormat.read(Files.readString(example));
                UserDataParser.Parsed parsed = UserDataParser.parse(UserDataRenderer.render(site));
                assertThat(parsed.clusterKnown()).as(example.toString()).isTrue();
                assertThat(parsed.site().cluster()).as(example.toString()).isEqualTo(site.cluster());
                assertThat(UserDataRenderer.render(parsed.site())).as(example.toString())
                        .isEqualTo(UserDataRenderer.render(site));
            }
        }
    }

    @Test
    void unknownKeysAndStagesAreKeptInPlace() throws Exception {
        String text = "#cloud-config\nstylus:\n  debug: true\n  site:\n    paletteEndpoint: api.spectrocloud.com\n"
                + "    edgeHostToken: t0k\n    futureKey: {a: 1}\n    network:\n      interfaces:\n"
                + "        eth0: {type: static, ipAddress: 10.0.0.5/24, mask: 255.255.255.0}\n"
                + "install:\n  poweroff: false\n  device: /dev/sda\nstages:\n  initramfs:\n"
                + "    - users: {kairos: {passwd: kairos, groups: [sudo]}}\n"
                + "    - name: keep me\n      files:\n        - path: /etc/x\n          permissions: 0644\n"
                + "  boot:\n    - commands: [echo hi]\nunknownTop: [1, yes, '0644']\n";
        UserDataParser.Parsed parsed = UserDataParser.parse(text);
        assertThat(parsed.site().host().users()).extracting(u -> u.name()).containsExactly("kairos");
        assertThat(parsed.site().network().nics().get(0).ip().address()).isEqualTo("10.0.0.5/24");
        Map<String, Object> kept = parsed.site().passthrough().tree();
        assertThat(kept).containsKeys("stages", "unknownTop", "install", "stylus");
        assertThat(load(UserDataRenderer.render(parsed.site()))).isEqualTo(load(text));
    }

    @Test
    void thePublishedAgentModeTextIsUnreadableWithAClearLine() {
        assertThatThrownBy(() -> UserDataParser.parse(Files.readString(FIXTURES.resolve("docs-agent-mode.published.yaml"))))
                .isInstanceOf(YamlSyntaxException.class)
                .hasMessageContaining("put it in quotes")
                .satisfies(e -> assertThat(((YamlSyntaxException) e).line()).isEqualTo(11));
    }

    @Test
    void lintReportsFindingsAtUserDataPaths() throws Exception {
        String text = "#cloud-config\nstylus:\n  site:\n    paletteEndpoint: api.spectrocloud.com\n    edgeHostToken: t\n"
                + "    network:\n      interfaces:\n        enp0s3: {type: static, ipAddress: 10.0.10.25}\n";
        List<Finding> findings = UserDataParser.parse(text).findings();
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("address.invalid");
            assertThat(f.path()).isEqualTo("stylus.site.network.interfaces.enp0s3.ipAddress");
        });
    }

    @Test
    void aFileWithoutTheHeaderIsAnError() throws Exception {
        assertThat(UserDataParser.parse("stylus:\n  managementMode: local\n").findings())
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo("userdata.header"));
        assertThat(UserDataParser.parse("  #cloud-config\nstylus:\n  managementMode: local\n").findings())
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo("userdata.header"));
    }

    @Test
    void crlfFilesKeepTheirClusterSummary() throws Exception {
        Site site = AnswersFormat.read(Files.readString(GoldenTest.EXAMPLES.resolve("static-multi-nic-overlay.yaml")));
        String crlf = UserDataRenderer.render(site).replace("\n", "\r\n");
        UserDataParser.Parsed parsed = UserDataParser.parse(crlf);
        assertThat(parsed.clusterKnown()).isTrue();
        assertThat(parsed.site().cluster()).isEqualTo(site.cluster());
    }

    @Test
    void stageRulesAreChecked() throws Exception {
        String text = "#cloud-config\nstages:\n  boot:\n    - commands: echo hi\n      files:\n"
                + "        - {path: /a, permissions: \"0644\"}\n        - {path: /b, permissions: 0644}\n"
                + "stylus:\n  site:\n    paletteEndpoint: api.spectrocloud.com\n    edgeHostToken: t\n"
                + "    network: {interfaces: {eth0: {type: dhcp, nameServers: 1.1.1.1}}}\n";
        assertThat(UserDataParser.parse(text).findings()).extracting(Finding::path).contains(
                "stages.boot[0].commands", "stages.boot[0].files[0].permissions",
                "stylus.site.network.interfaces.eth0.nameServers")
                .doesNotContain("stages.boot[0].files[1].permissions");
    }

    static JsonNode load(String yaml) throws Exception {
        return JSON.readTree(Python.yamlToJson(yaml));
    }

    static JsonNode asText(JsonNode n) {
        if (n.isObject()) {
            ObjectNode o = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                o.set(e.getKey(), asText(e.getValue()));
            }
            return o;
        }
        if (n.isArray()) {
            var a = JSON.createArrayNode();
            n.forEach(x -> a.add(asText(x)));
            return a;
        }
        return n.isNull() ? n : TextNode.valueOf(n.asText());
    }
}
