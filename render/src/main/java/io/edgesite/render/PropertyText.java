package io.edgesite.render;

import io.edgesite.model.PlainScalar;
import io.edgesite.properties.SiteProperty;
import io.edgesite.validators.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A site value as one line of text and back, the same for a wizard field and a spreadsheet cell: lists written
 * {@code a, b, c}, tags {@code key=value, key=value} (a value holding a comma or '=' in double quotes), toggles
 * {@code true} or {@code false}, PEM certificates pasted whole.
 */
public final class PropertyText {
    public static final String PEM_END = "-----END CERTIFICATE-----";

    private PropertyText() {
    }

    /** The text of a value of an answers tree; a missing toggle reads false. */
    public static String text(Object v, SiteProperty.Kind kind) {
        if (v == null) {
            return kind == SiteProperty.Kind.TOGGLE ? "false" : "";
        }
        return switch (kind) {
            case LIST -> String.join(", ", ((List<?>) v).stream().map(o -> quoted(scalar(o))).toList());
            case TAGS -> String.join(", ", ((Map<?, ?>) v).entrySet().stream()
                    .map(e -> quoted(String.valueOf(e.getKey())) + "=" + quoted(scalar(e.getValue()))).toList());
            case CERTIFICATES -> String.join("", ((List<?>) v).stream().map(PropertyText::scalar).toList());
            default -> scalar(v);
        };
    }

    /**
     * The answers-tree value of a text, or null for none; text that is not what the kind needs is a problem at
     * {@code path}. With {@code strictToggle}, a toggle must read true or false (a cell); else anything but
     * true is false (a checkbox).
     */
    public static Object value(SiteProperty p, String path, String text, boolean strictToggle, List<Finding> problems) {
        return switch (p.kind()) {
            case SECRET -> text;
            case TOGGLE -> toggle(path, text, strictToggle, problems);
            case NUMBER -> text.isBlank() ? null : text.strip().matches("-?[0-9]{1,9}") ? new PlainScalar(text.strip())
                    : number(p, path, problems);
            case LIST -> new ArrayList<Object>(list(text));
            case TAGS -> tags(path, text, problems);
            case CERTIFICATES -> new ArrayList<Object>(pemBlocks(text));
            default -> text.strip();
        };
    }

    private static Boolean toggle(String path, String text, boolean strict, List<Finding> problems) {
        // in any case: spreadsheets write TRUE and FALSE
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (strict && !t.equals("true") && !t.equals("false")) {
            problems.add(Finding.error("form.toggle", path, "write true or false"));
            return null;
        }
        return "true".equals(t);
    }

    private static Object number(SiteProperty p, String path, List<Finding> problems) {
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
    public static List<String> list(String text) {
        return split(text, ',');
    }

    /** Text cut after each END CERTIFICATE line; blank pieces dropped, each piece ending with a newline. */
    public static List<String> pemBlocks(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").split("\n")) {
            if (line.isBlank() && block.length() == 0) {
                continue;
            }
            block.append(line.strip()).append('\n');
            if (line.strip().equals(PEM_END)) {
                out.add(block.toString());
                block.setLength(0);
            }
        }
        if (!block.toString().isBlank()) {
            out.add(block.toString());
        }
        return out;
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

    /**
     * The mapping at a path of an answers tree, made on the way: {@code network.nics[2]} makes the list and its
     * first three items when they are missing.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> mapAt(Map<String, Object> tree, String path) {
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

    /** Puts a value at its path (parents made on the way); a null value puts nothing. */
    public static void put(Map<String, Object> tree, String path, Object value) {
        if (value == null) {
            return;
        }
        int dot = path.lastIndexOf('.');
        Map<String, Object> parent = dot < 0 ? tree : mapAt(tree, path.substring(0, dot));
        parent.put(path.substring(dot + 1), value);
    }
}
