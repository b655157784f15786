package io.edgesite.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.edgesite.model.PlainScalar;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
            // "key:" with nothing after it is null to every YAML reader, not an empty string.
            .enable(com.fasterxml.jackson.dataformat.yaml.YAMLParser.Feature.EMPTY_STRING_AS_NULL)
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

    /** A YAML document read as a tree; the top level must be a mapping (an empty document is an empty map). */
    public static Map<String, Object> read(String text) throws YamlSyntaxException {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new LinkedHashMap<>();
            }
            if (t != JsonToken.START_OBJECT) {
                throw new YamlSyntaxException("the document is not a mapping of keys to values", line(p));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) readNode(p, t);
            if (p.nextToken() != null) {
                throw new YamlSyntaxException("more than one YAML document; only one is read", line(p));
            }
            return map;
        } catch (YamlSyntaxException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw YamlSyntaxException.from(e);
        }
    }

    private static Object readNode(JsonParser p, JsonToken t) throws IOException, YamlSyntaxException {
        if (p instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser y && y.isCurrentAlias()) {
            // Jackson hands an alias over as the anchor's name: refuse rather than write a wrong value.
            throw new YamlSyntaxException("not valid here: YAML aliases (*name) are not supported; write the value"
                    + " out, or quote it if it starts with '*'", line(p));
        }
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
                    String key = p.currentName();
                    int line = line(p);
                    Object value = readNode(p, p.nextToken());
                    if (map.containsKey(key)) {
                        throw new YamlSyntaxException("the key \"" + key + "\" appears twice in one mapping", line);
                    }
                    map.put(key, value);
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    list.add(readNode(p, t));
                }
                return list;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new PlainScalar(p.getText());
            case VALUE_NULL:
                return null;
            default:
                throw new YamlSyntaxException("unexpected " + t, line(p));
        }
    }

    private static int line(JsonParser p) {
        return p.currentLocation() == null ? 0 : p.currentLocation().getLineNr();
    }
}
