package io.edgesite.tui.wizard;

import io.edgesite.model.PlainScalar;
import io.edgesite.properties.SiteList;
import io.edgesite.properties.SiteProperties;
import io.edgesite.properties.SiteProperty;
import io.edgesite.validators.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An answers tree as the text of a form, and back: one entry per value of {@link SiteProperties}, lists
 * written {@code a, b, c} and tags {@code key=value, key=value} (a value holding a comma or '=' in double
 * quotes), the entries of a list under {@code path[i]} with their number at {@code path.count}.
 */
final class FormText {
    private FormText() {
    }

    static Map<String, String> flatten(Map<String, Object> tree) {
        Map<String, String> out = new LinkedHashMap<>();
        for (SiteProperty p : SiteProperties.all()) {
            if (!p.inList()) {
                out.put(p.path(), text(at(tree, p.path()), p.kind()));
            }
        }
        for (SiteList l : SiteProperties.lists()) {
            List<?> items = at(tree, l.path()) instanceof List<?> list ? list : List.of();
            out.put(l.countKey(), Integer.toString(items.size()));
            for (int i = 0; i < items.size(); i++) {
                for (SiteProperty p : itemProperties(l)) {
                    out.put(p.at(i), text(at(items.get(i), p.path().substring(l.items().length() + 1)), p.kind()));
                }
            }
        }
        return out;
    }

    /** The answers tree of a form; text that is not what its kind needs is a problem at its path. */
    static Map<String, Object> unflatten(Map<String, String> values, List<Finding> problems) {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (SiteProperty p : SiteProperties.all()) {
            if (!p.inList()) {
                put(tree, p.path(), value(p, p.path(), values.getOrDefault(p.path(), ""), problems));
            }
        }
        for (SiteList l : SiteProperties.lists()) {
            int count = Group.size(new Form(values), l.path());
            for (int i = 0; i < count; i++) {
                mapAt(tree, l.at(i));
                for (SiteProperty p : itemProperties(l)) {
                    put(tree, p.at(i), value(p, p.at(i), values.getOrDefault(p.at(i), ""), problems));
                }
            }
        }
        return tree;
    }

    private static List<SiteProperty> itemProperties(SiteList l) {
        return SiteProperties.all().stream().filter(p -> p.path().startsWith(l.items() + ".")).toList();
    }

    private static String text(Object v, SiteProperty.Kind kind) {
        if (v == null) {
            return kind == SiteProperty.Kind.TOGGLE ? "false" : "";
        }
        return switch (kind) {
            case LIST -> String.join(", ", ((List<?>) v).stream().map(o -> quoted(scalar(o))).toList());
            case TAGS -> String.join(", ", ((Map<?, ?>) v).entrySet().stream()
                    .map(e -> quoted(String.valueOf(e.getKey())) + "=" + quoted(scalar(e.getValue()))).toList());
            case CERTIFICATES -> String.join("", ((List<?>) v).stream().map(FormText::scalar).toList());
            default -> scalar(v);
        };
    }

    private static Object value(SiteProperty p, String path, String text, List<Finding> problems) {
        return switch (p.kind()) {
            case SECRET -> text;
            case TOGGLE -> Boolean.valueOf("true".equals(text));
            case NUMBER -> text.isBlank() ? null : text.strip().matches("-?[0-9]{1,9}") ? new PlainScalar(text.strip())
                    : number(p, path, text, problems);
            case LIST -> new ArrayList<Object>(list(text));
            case TAGS -> tags(path, text, problems);
            case CERTIFICATES -> new ArrayList<Object>(CaCertificates.pemBlocks(text));
            default -> text.strip();
        };
    }

    private static Object number(SiteProperty p, String path, String text, List<Finding> problems) {
        problems.add(Finding.error("form.number", path, "give a whole number" + (p.help().isEmpty() ? "" : ": " + p.help())));
        return null;
    }

    private static Map<String, Object> tags(String path, String text, List<Finding> problems) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String entry : split(text, ',')) {
            List<String> kv = split(entry, '=');
            if (kv.size() != 2 || kv.get(0).isEmpty()) {
                problems.add(Finding.error("form.tag", path, "write tags as key=value, separated by commas (a value"
                        + " with a comma or '=' in double quotes)"));
                continue;
            }
            out.put(kv.get(0), kv.get(1));
        }
        return out;
    }

    /** Comma-separated entries, trimmed and unquoted, empty ones dropped. */
    static List<String> list(String text) {
        return split(text, ',');
    }

    /** Text cut at each {@code separator} outside double quotes; pieces trimmed, unquoted, empty ones dropped. */
    private static List<String> split(String text, char separator) {
        List<String> out = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : separator;
            if (c == '"') {
                quoted = !quoted;
                piece.append(c);
            } else if (c == separator && !quoted || i == text.length()) {
                String t = piece.toString().strip();
                if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
                    t = t.substring(1, t.length() - 1);
                }
                if (!t.isEmpty()) {
                    out.add(t);
                }
                piece.setLength(0);
            } else {
                piece.append(c);
            }
        }
        return out;
    }

    private static String quoted(String s) {
        return s.contains(",") || s.contains("=") || s.startsWith(" ") || s.endsWith(" ") ? "\"" + s + "\"" : s;
    }

    private static String scalar(Object v) {
        return v instanceof PlainScalar p ? p.text() : v == null ? "" : String.valueOf(v);
    }

    private static Object at(Object tree, String path) {
        Object node = tree;
        for (String segment : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> m)) {
                return null;
            }
            node = m.get(segment);
        }
        return node;
    }

    private static void put(Map<String, Object> tree, String path, Object value) {
        if (value == null) {
            return;
        }
        int dot = path.lastIndexOf('.');
        mapAt(tree, path.substring(0, dot)).put(path.substring(dot + 1), value);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> mapAt(Map<String, Object> tree, String path) {
        Map<String, Object> node = tree;
        for (String segment : path.split("\\.")) {
            int bracket = segment.indexOf('[');
            if (bracket < 0) {
                node = (Map<String, Object>) node.computeIfAbsent(segment, k -> new LinkedHashMap<String, Object>());
                continue;
            }
            List<Object> list = (List<Object>) node.computeIfAbsent(segment.substring(0, bracket), k -> new ArrayList<>());
            int index = Integer.parseInt(segment.substring(bracket + 1, segment.length() - 1));
            while (list.size() <= index) {
                list.add(new LinkedHashMap<String, Object>());
            }
            node = (Map<String, Object>) list.get(index);
        }
        return node;
    }
}
