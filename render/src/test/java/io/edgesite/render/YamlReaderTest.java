package io.edgesite.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edgesite.model.PlainScalar;
import io.edgesite.validators.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

    @Test
    void findingsArePlacedOnTheValueOrOnTheKeyTheyAreAbout() throws Exception {
        String text = "#cloud-config\nstylus:\n  site:\n    name: edge-1\n    tags:\n      city: \"x\"\n"
                + "    list:\n      - a\n      - {b: 1}\n";
        YamlDocument doc = YamlText.readDocument(text);
        assertThat(position(doc, Finding.error("r", "stylus.site.name", "m"))).containsExactly(4, 11);
        assertThat(position(doc, Finding.error("x.unknown-key", "stylus.site.name", "m"))).containsExactly(4, 5);
        assertThat(position(doc, Finding.error("r", "stylus.site.tags.city", "m"))).containsExactly(6, 13);
        assertThat(position(doc, Finding.error("r", "stylus.site.list[1].b", "m"))).containsExactly(9, 13);
        // A path the text does not hold falls back to the key of its nearest parent.
        assertThat(position(doc, Finding.error("r", "stylus.site.paletteEndpoint", "m"))).containsExactly(3, 3);
    }

    @Test
    void crlfLinesCountOnceAndAByteOrderMarkIsNoColumn() throws Exception {
        String text = "#cloud-config\r\nstylus:\r\n  site:\r\n    name: edge-1\r\n";
        YamlDocument doc = YamlText.readDocument(text);
        assertThat(position(doc, Finding.error("r", "stylus.site.name", "m"))).containsExactly(4, 11);
    }

    @Test
    void keysWithDotsAreQuotedInPaths() throws Exception {
        YamlDocument doc = YamlText.readDocument("rules:\n  \"us-docker.pkg.dev/x\": y\n");
        assertThat(position(doc, Finding.error("r", "rules[\"us-docker.pkg.dev/x\"]", "m"))).containsExactly(2, 26);
    }

    @Test
    void aSecondDocumentIsAWarningAtItsLine() throws Exception {
        YamlDocument doc = YamlText.readDocument("a: 1\n---\nb: 2\n");
        assertThat(doc.tree()).containsOnlyKeys("a");
        assertThat(doc.problems()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("yaml.extra-document");
            assertThat(f.line()).isEqualTo(3);
        });
        YamlDocument broken = YamlText.readDocument("a: 1\n---\nb: [\n");
        assertThat(broken.problems()).extracting(Finding::rule).containsExactly("yaml.extra-document");
    }

    @Test
    void coreTagsMeanWhatTheySayAndOtherTagsAreErrorsWithTheirLine() throws Exception {
        YamlDocument doc = YamlText.readDocument("a: !!str 123\nb: !!int 7\nc: ! 12\nd: !custom foo\ne: !!int x\n"
                + "f: !!binary aGk=\ng: !!map {x: 1}\n");
        assertThat(doc.tree()).containsEntry("a", "123").containsEntry("b", new PlainScalar("7"))
                .containsEntry("c", "12").containsEntry("d", "foo");
        assertThat(doc.problems()).extracting(Finding::path, Finding::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("d", 4), org.assertj.core.groups.Tuple.tuple("e", 5),
                        org.assertj.core.groups.Tuple.tuple("f", 6));
        assertThat(doc.problems().get(0).message()).contains("!custom");
        assertThatThrownBy(() -> YamlText.read("d: !custom foo\n")).isInstanceOf(YamlSyntaxException.class)
                .hasMessageContaining("!custom");
    }

    @Test
    void anchorsAliasesAndMergeKeysResolveAsOtherReadersDo() throws Exception {
        String text = "base: &b {x: 1, y: 2}\nuse:\n  <<: *b\n  y: 3\nlist: [*b]\n";
        Map<String, Object> tree = YamlText.read(text);
        JsonNode python = new ObjectMapper().readTree(Python.yamlToJson(text));
        JsonNode ours = new ObjectMapper().readTree(Python.yamlToJson(YamlText.write(tree)));
        assertThat(ours).isEqualTo(python);
    }

    @Test
    void aliasBombsAreRefused() {
        StringBuilder b = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            b.append(c).append(": &").append(c).append(" [");
            b.append(String.join(", ", java.util.Collections.nCopies(10, "*" + prev))).append("]\n");
            prev = c;
        }
        assertThatThrownBy(() -> YamlText.read(b.toString())).isInstanceOf(YamlSyntaxException.class)
                .hasMessageContaining("more than");
    }

    @Test
    void plainYaml11WordsStayPlainAndQuotedOnesStayText() throws Exception {
        Map<String, Object> tree = YamlText.read("a: yes\nb: \"yes\"\nc: 12:30:00\nd: hello\n");
        assertThat(tree).containsEntry("a", new PlainScalar("yes")).containsEntry("b", "yes")
                .containsEntry("c", new PlainScalar("12:30:00")).containsEntry("d", "hello");
        String text = "a: yes\nb: \"yes\"\nc: 12:30:00\nd: hello\n";
        assertThat(new ObjectMapper().readTree(Python.yamlToJson(YamlText.write(tree))))
                .isEqualTo(new ObjectMapper().readTree(Python.yamlToJson(text)));
    }

    private static List<Integer> position(YamlDocument doc, Finding f) {
        Finding at = doc.where().locate(f);
        return List.of(at.line(), at.column());
    }
}
