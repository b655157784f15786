package io.edgesite.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edgesite.model.PlainScalar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlTextTest {
    static final String PEM = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUJ9\n+abc/def==\n-----END CERTIFICATE-----\n";
    static final List<String> ADVERSARIAL = List.of(
            "yes", "Yes", "YES", "no", "on", "On", "ON", "off", "OFF", "y", "Y", "n", "N", "true", "False",
            "0644", "0x1F", "1_000", "1e3", "1.5", ".inf", "-.inf", ".nan", "12:30:00", "190:20:30",
            "2024-01-01", "2024-01-01 10:00:00", "~", "null", "Null", "", " ", "a: b", "a #b", "#x", "- x",
            "* x", "*x", "&a", "!t", "%", "@", "`", "{a: 1}", "[a]", "line1\nline2", "tab\there", "nbsp\u00a0x",
            "\ufeffbom", "emoji \ud83d\ude80", "trailing ", " leading", "=", "<<", "'quoted'", "\"dq\"",
            "key:", "?", "|", ">", "--- doc", "...", "a\\b", "ünïcödé", "0", "-1", "+1", "0o17", "0b101",
            PEM, "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBvQ user@host", "multi\nline\n\n", "ends with newline\n");

    @Test
    void adversarialStringsSurviveAYaml11Reader() throws Exception {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (int i = 0; i < ADVERSARIAL.size(); i++) {
            tree.put("k" + i, ADVERSARIAL.get(i));
        }
        tree.put("yes", "key that is a YAML 1.1 boolean");
        tree.put("0644", "key that is an octal number");
        String yaml = YamlText.write(tree);

        JsonNode loaded = new ObjectMapper().readTree(Python.yamlToJson(yaml));
        for (int i = 0; i < ADVERSARIAL.size(); i++) {
            assertThat(loaded.get("k" + i).isTextual()).as("k%d %s", i, ADVERSARIAL.get(i)).isTrue();
            assertThat(loaded.get("k" + i).asText()).as("k%d", i).isEqualTo(ADVERSARIAL.get(i));
        }
        assertThat(loaded.get("yes").asText()).isEqualTo("key that is a YAML 1.1 boolean");
        assertThat(loaded.get("0644").asText()).isEqualTo("key that is an octal number");
        assertThat(YamlText.read(yaml)).isEqualTo(tree);
    }

    @Test
    void plainScalarsStayUnquotedSoPermissionsRemainNumbers() throws Exception {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("path", "/etc/x");
        file.put("permissions", new PlainScalar("0644"));
        file.put("flag", new PlainScalar("yes"));
        file.put("size", new PlainScalar("1e3"));
        String yaml = YamlText.write(Map.of("files", List.of(file)));
        // 0644 goes out as the same number in decimal: never a quoted string.
        assertThat(yaml).contains("permissions: 420\n").contains("flag: yes\n").contains("size: 1e3\n")
                .doesNotContain("'0644'").doesNotContain("\"0644\"");
        JsonNode loaded = new ObjectMapper().readTree(Python.yamlToJson(yaml));
        assertThat(loaded.at("/files/0/permissions").isInt()).isTrue();
        assertThat(loaded.at("/files/0/permissions").asInt()).isEqualTo(0644);
        assertThat(loaded.at("/files/0/flag").asBoolean()).isTrue();
    }

    @Test
    void anEmptyPlainValueIsNullButQuotedEmptyStaysEmpty() throws Exception {
        Map<String, Object> read = YamlText.read("a:\nb: ''\nc: ####\n");
        assertThat(read).containsEntry("a", null).containsEntry("b", "").containsEntry("c", null);
    }

    @Test
    void certificatesAreWrittenAsLiteralBlocks() throws Exception {
        String yaml = YamlText.write(Map.of("caCerts", List.of(PEM)));
        assertThat(yaml).startsWith("caCerts:\n  - |\n    -----BEGIN CERTIFICATE-----\n");
    }

    @Test
    void duplicateKeysAndUnknownAliasesAreReportedWithTheirLine() throws Exception {
        assertThatThrownBy(() -> YamlText.read("a: 1\nb: 2\na: 3\n"))
                .isInstanceOf(YamlSyntaxException.class)
                .hasMessageContaining("\"a\" appears twice")
                .satisfies(e -> assertThat(((YamlSyntaxException) e).line()).isEqualTo(3));
        assertThatThrownBy(() -> YamlText.read("token: ****secret****\n"))
                .isInstanceOf(YamlSyntaxException.class)
                .hasMessageContaining("put it in quotes")
                .hasMessageNotContaining("secret");
        assertThat(YamlText.read("a: &t REALTOKEN\nb: *t\n")).containsEntry("b", "REALTOKEN");
        assertThatThrownBy(() -> YamlText.read("- a\n- b\n"))
                .isInstanceOf(YamlSyntaxException.class)
                .hasMessageContaining("not a mapping");
    }
}
