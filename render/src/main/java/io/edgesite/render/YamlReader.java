package io.edgesite.render;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.edgesite.model.PlainScalar;
import io.edgesite.validators.Finding;
import io.edgesite.validators.Printable;
import io.edgesite.validators.TreePath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads one YAML document into a tree of {@code Map<String,Object>}, {@code List<Object>}, String,
 * {@link PlainScalar} and null, with where each part stands. Anchors, aliases and merge keys are
 * resolved as Go's YAML reader resolves them; core tags ({@code !!str}, {@code !!int}, ...) are applied;
 * any other tag is a problem, never silently dropped.
 */
final class YamlReader {
    /** Past this many nodes (aliases expanded) the text is refused: a few lines can otherwise expand to gigabytes. */
    static final int MAX_NODES = 1_000_000;
    /** The longest text read, in code points (an inventory of a fleet is the longest there is). */
    static final int MAX_CODE_POINTS = 8 * 1024 * 1024;
    private static final String CORE = "tag:yaml.org,2002:";
    private static final Set<String> SCALAR_TAGS = Set.of("str", "int", "float", "bool", "null");
    private static final YAMLFactory FACTORY = new StyledYamlFactory(YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200)
                    .maxStringLength(MAX_CODE_POINTS).build())
            .enable(com.fasterxml.jackson.dataformat.yaml.YAMLParser.Feature.EMPTY_STRING_AS_NULL));

    private final StyledYamlFactory.StyledParser parser;
    /** Where each part stands; {@link SourceMap#none()} when the caller has no use for places. */
    private final SourceMap where;
    private final List<Finding> problems = new ArrayList<>();
    private final Map<String, Object> anchors = new HashMap<>();
    private int nodes;

    private YamlReader(StyledYamlFactory.StyledParser parser, SourceMap where) {
        this.parser = parser;
        this.where = where;
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions o = new LoaderOptions();
        o.setCodePointLimit(MAX_CODE_POINTS);
        o.setNestingDepthLimit(200);
        return o;
    }

    static YamlDocument read(String text) throws YamlSyntaxException {
        return read(text, true);
    }

    /**
     * @param placed whether to record where each part stands (a value every few dozen characters); without,
     *     findings keep no line, for a text read only to learn whether it has errors
     */
    static YamlDocument read(String text, boolean placed) throws YamlSyntaxException {
        try (YAMLParser p = FACTORY.createParser(text)) {
            YamlReader reader = new YamlReader((StyledYamlFactory.StyledParser) p,
                    placed ? new SourceMap(text.length() / 16) : SourceMap.none());
            return reader.document();
        } catch (YamlSyntaxException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw YamlSyntaxException.from(e);
        }
    }

    private YamlDocument document() throws IOException, YamlSyntaxException {
        JsonToken t = parser.nextToken();
        if (t == null) {
            return new YamlDocument(new LinkedHashMap<>(), where, problems);
        }
        if (t != JsonToken.START_OBJECT) {
            throw new YamlSyntaxException("the document is not a mapping of keys to values", line());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = (Map<String, Object>) node(t, "");
        try {
            if (parser.nextToken() != null) {
                // Go's YAML reader, which the installer uses, stops after the first document.
                problems.add(Finding.warning("yaml.extra-document", "(document 2)",
                        "only the first YAML document is read by the installer; everything after '---' is ignored")
                        .at(line(), 1));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(Finding.warning("yaml.extra-document", "(document 2)",
                    "only the first YAML document is read by the installer; the text after it is not even valid YAML")
                    .at(Math.max(1, line()), 1));
        }
        return new YamlDocument(tree, where, problems);
    }

    private Object node(JsonToken t, String path) throws IOException, YamlSyntaxException {
        if (++nodes > MAX_NODES) {
            throw new YamlSyntaxException("the document expands to more than " + MAX_NODES
                    + " values (aliases repeated too often)", line());
        }
        if (where != SourceMap.none()) {
            JsonLocation at = parser.currentTokenLocation();
            where.value(path, line(at), column(at));
        }
        if (parser.isCurrentAlias()) {
            String name = parser.getText();
            if (!anchors.containsKey(name)) {
                // The name is not echoed: an unquoted value such as ****token**** is read as an alias.
                throw new YamlSyntaxException("not valid YAML: a value starting with '*' is read as an alias, and no"
                        + " anchor of that name comes before it; put the value in quotes", line());
            }
            return copy(anchors.get(name));
        }
        String anchor = parser.anchor();
        String tag = (String) parser.getTypeId();
        Object value = switch (t) {
            case START_OBJECT -> mapping(path);
            case START_ARRAY -> sequence(path);
            default -> scalar(t, tag, path);
        };
        if (tag != null && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)
                && !tag.equals(CORE + (t == JsonToken.START_OBJECT ? "map" : "seq"))) {
            unknownTag(tag, path);
        }
        if (anchor != null) {
            anchors.put(anchor, value);
        }
        return value;
    }

    private Map<String, Object> mapping(String path) throws IOException, YamlSyntaxException {
        Map<String, Object> map = new LinkedHashMap<>();
        List<Object> merges = new ArrayList<>();
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_OBJECT) {
            String key = parser.currentName();
            JsonLocation keyAt = parser.currentTokenLocation();
            int keyLine = line(keyAt);
            String child = TreePath.child(path, key);
            if (where != SourceMap.none()) {
                where.key(child, keyLine, column(keyAt));
            }
            Object value = node(parser.nextToken(), child);
            if (key.equals("<<") && (value instanceof Map || value instanceof List)) {
                merges.add(value);
                continue;
            }
            if (map.containsKey(key)) {
                throw new YamlSyntaxException("the key \"" + Printable.of(key) + "\" appears twice in one mapping", keyLine);
            }
            map.put(key, value);
        }
        for (Object merge : merges) {
            // Keys written in the mapping itself win over merged ones, as in every YAML reader.
            for (Object m : merge instanceof List<?> l ? l : List.of(merge)) {
                if (!(m instanceof Map<?, ?> source)) {
                    throw new YamlSyntaxException("a merge key (<<) takes a mapping or a list of mappings", line());
                }
                source.forEach((k, v) -> map.putIfAbsent(String.valueOf(k), copy(v)));
            }
        }
        return map;
    }

    private List<Object> sequence(String path) throws IOException, YamlSyntaxException {
        List<Object> list = new ArrayList<>();
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            list.add(node(t, TreePath.item(path, list.size())));
        }
        return list;
    }

    private Object scalar(JsonToken t, String tag, String path) throws IOException {
        if (tag != null) {
            return tagged(t, tag, path);
        }
        return switch (t) {
            case VALUE_NULL -> null;
            case VALUE_STRING -> {
                String text = parser.getText();
                // Plain "yes", "1_000" or "12:30:00" mean something other than text to some YAML readers:
                // keep them as written so every reader sees the same value after a round trip.
                yield parser.plainScalar() && Yaml11Quoting.isYaml11Special(text) ? new PlainScalar(text) : text;
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> new PlainScalar(parser.getText());
            case VALUE_EMBEDDED_OBJECT -> parser.getText();
            default -> throw new IllegalStateException("unexpected " + t);
        };
    }

    /** A scalar with an explicit tag: the core ones mean what they say, the others are reported. */
    private Object tagged(JsonToken t, String tag, String path) throws IOException {
        String text = t == JsonToken.VALUE_NULL ? "" : parser.getText();
        if (tag.isEmpty() || tag.equals(CORE + "str")) {
            return text; // "!" alone or !!str: text, whatever it looks like
        }
        String kind = tag.startsWith(CORE) ? tag.substring(CORE.length()) : null;
        if (kind == null || !SCALAR_TAGS.contains(kind)) {
            unknownTag(tag, path);
            return text;
        }
        boolean fits = switch (kind) {
            case "int" -> t == JsonToken.VALUE_NUMBER_INT;
            case "float" -> t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT;
            case "bool" -> t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE;
            default -> t == JsonToken.VALUE_NULL || text.isEmpty() || text.equals("null") || text.equals("~");
        };
        if (!fits) {
            problems.add(Finding.error("yaml.tag", path, "\"" + Printable.of(text) + "\" is not a valid !!" + kind)
                    .at(line(), column()));
            return text;
        }
        return kind.equals("null") ? null : new PlainScalar(text);
    }

    private void unknownTag(String tag, String path) {
        String shown = tag.startsWith(CORE) ? "!!" + tag.substring(CORE.length()) : "!" + tag;
        problems.add(Finding.error("yaml.tag", path, "the YAML tag " + Printable.of(shown)
                + " is not one the installer understands (it would drop it or refuse the file); remove it")
                .at(line(), column()));
    }

    private Object copy(Object node) {
        if (++nodes > MAX_NODES) {
            throw new IllegalStateException("the document expands to more than " + MAX_NODES + " values");
        }
        if (node instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), copy(v)));
            return out;
        }
        if (node instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(v -> out.add(copy(v)));
            return out;
        }
        return node;
    }

    private int line() {
        return line(parser.currentTokenLocation());
    }

    private int column() {
        return column(parser.currentTokenLocation());
    }

    private static int line(JsonLocation l) {
        return l == null ? 0 : Math.max(0, l.getLineNr());
    }

    private static int column(JsonLocation l) {
        return l == null ? 0 : Math.max(0, l.getColumnNr());
    }
}
