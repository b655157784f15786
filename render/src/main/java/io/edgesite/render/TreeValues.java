package io.edgesite.render;

import io.edgesite.model.PlainScalar;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Values read out of a YAML tree without complaint: what has the wrong shape reads as absent (the schema
 * lint has already said so), and scalars compare by what they mean to the installer's reader.
 */
final class TreeValues {
    private TreeValues() {
    }

    static Object at(Object tree, String... keys) {
        Object node = tree;
        for (String k : keys) {
            if (!(node instanceof Map<?, ?> m)) {
                return null;
            }
            node = m.get(k);
        }
        return node;
    }

    /** A scalar's text; null for anything else. */
    static String text(Object v) {
        return v instanceof String s ? s : v instanceof PlainScalar p ? p.text() : null;
    }

    /** true or false as the installer's reader takes them for a boolean field; null otherwise. */
    static Boolean bool(Object v) {
        String t = v instanceof PlainScalar p ? p.text() : null;
        if (t == null) {
            return v instanceof Boolean b ? b : null;
        }
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "on" -> Boolean.TRUE;
            case "false", "no", "n", "off" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** A list whose items are all scalars, as text; null when it is anything else. */
    static List<String> texts(Object v) {
        if (!(v instanceof List<?> l)) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Object o : l) {
            String t = text(o);
            if (t == null) {
                return null;
            }
            out.add(t);
        }
        return out;
    }

    /** A mapping whose values are all scalars (or empty), as text; null when it is anything else. */
    static Map<String, String> textMap(Object v) {
        if (!(v instanceof Map<?, ?> m)) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String t = e.getValue() == null ? "" : text(e.getValue());
            if (t == null) {
                return null;
            }
            out.put(String.valueOf(e.getKey()), t);
        }
        return out;
    }

    /**
     * Whether two trees hold the same data for a YAML reader: mappings by keys whatever their order, 0644 and
     * 420 the same number, a quoted "1" not the number 1.
     */
    static boolean same(Object a, Object b) {
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (!x.keySet().equals(y.keySet())) {
                return false;
            }
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!same(e.getValue(), y.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof String || b instanceof String || a == null || b == null) {
            return java.util.Objects.equals(a, b);
        }
        return meaning(a).equals(meaning(b));
    }

    /** What a value is to Go's YAML reader when nothing tells it the type. */
    enum Kind {
        MAPPING,
        LIST,
        BOOLEAN,
        NUMBER,
        TEXT,
        NULL
    }

    static Kind kind(Object v) {
        if (v == null) {
            return Kind.NULL;
        }
        if (v instanceof Map) {
            return Kind.MAPPING;
        }
        if (v instanceof List) {
            return Kind.LIST;
        }
        if (v instanceof Boolean || v instanceof PlainScalar p && p.text().matches("true|True|TRUE|false|False|FALSE")) {
            return Kind.BOOLEAN;
        }
        if (v instanceof Number || v instanceof PlainScalar p && (meaning(p) instanceof BigInteger
                || p.text().replace("_", "").matches("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"))) {
            return Kind.NUMBER;
        }
        return Kind.TEXT;
    }

    /** A plain scalar, number or boolean by value: integers in any base as one number, booleans by truth. */
    private static Object meaning(Object v) {
        String t = v instanceof PlainScalar p ? p.text() : String.valueOf(v);
        Boolean b = bool(v instanceof PlainScalar ? v : new PlainScalar(t));
        if (b != null && t.matches("(?i)true|false")) {
            return b;
        }
        String digits = t.replace("_", "");
        try {
            if (digits.matches("[-+]?0[0-7]+")) {
                return new BigInteger(digits.replaceFirst("^([-+]?)0", "$1"), 8);
            }
            if (digits.matches("[-+]?0[xX][0-9a-fA-F]+")) {
                return new BigInteger(digits.replaceFirst("0[xX]", ""), 16);
            }
            if (digits.matches("[-+]?0[oO][0-7]+")) {
                return new BigInteger(digits.replaceFirst("0[oO]", ""), 8);
            }
            if (digits.matches("[-+]?[0-9]+")) {
                return new BigInteger(digits);
            }
        } catch (NumberFormatException e) {
            return t;
        }
        return t;
    }
}
