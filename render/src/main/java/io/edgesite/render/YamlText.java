package io.edgesite.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.edgesite.model.PlainScalar;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes YAML trees made of {@code Map<String,Object>}, {@code List<Object>}, String,
 * Boolean, Number, {@link PlainScalar} and null. Every byte of YAML in and out of edge-site goes
 * through here.
 */
public final class YamlText {
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .stringQuotingChecker(new Yaml11Quoting())
            .build();

    private static final java.util.regex.Pattern OCTAL = java.util.regex.Pattern.compile("0[0-7_]+");

    private YamlText() {
    }

    /** The YAML text of a tree, ending with a newline. */
    public static String write(Map<String, ?> tree) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            writeNode(g, tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeNode(JsonGenerator g, Object node) throws IOException {
        if (node == null) {
            g.writeNull();
        } else if (node instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                writeNode(g, e.getValue());
            }
            g.writeEndObject();
        } else if (node instanceof List<?> l) {
            g.writeStartArray();
            for (Object o : l) {
                writeNode(g, o);
            }
            g.writeEndArray();
        } else if (node instanceof String s) {
            g.writeString(s);
        } else if (node instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (node instanceof PlainScalar p && OCTAL.matcher(p.text()).matches()) {
            // SnakeYAML's emitter will not leave 0644 unquoted; 420 is the same number to every reader.
            g.writeNumber(Long.parseLong(p.text().replace("_", ""), 8));
        } else if (node instanceof PlainScalar p) {
            // Written as the plain scalar it was read as: yes stays yes, 1e3 stays 1e3.
            IOException[] failed = new IOException[1];
            Yaml11Quoting.writePlain(() -> {
                try {
                    g.writeString(p.text());
                } catch (IOException e) {
                    failed[0] = e;
                }
            });
            if (failed[0] != null) {
                throw failed[0];
            }
        } else if (node instanceof Integer i) {
            g.writeNumber(i);
        } else if (node instanceof Long l) {
            g.writeNumber(l);
        } else if (node instanceof Number n) {
            g.writeNumber(n.toString());
        } else {
            throw new IllegalArgumentException("cannot write a " + node.getClass().getSimpleName() + " as YAML");
        }
    }

    /**
     * A YAML document read as a tree; the top level must be a mapping (an empty document is an empty map).
     * What the reader could read past but would change the meaning (a tag it does not know) is refused here;
     * {@link #readDocument} reports it instead, with the place of every key and value.
     */
    public static Map<String, Object> read(String text) throws YamlSyntaxException {
        YamlDocument doc = readDocument(text);
        for (io.edgesite.validators.Finding f : doc.problems()) {
            if (f.isError()) {
                throw new YamlSyntaxException(f.message(), f.line());
            }
        }
        return doc.tree();
    }

    /** The document, where its parts stand, and what the reader found wrong without stopping. */
    public static YamlDocument readDocument(String text) throws YamlSyntaxException {
        return YamlReader.read(text);
    }
}
