package io.edgesite.render;

import io.edgesite.model.PlainScalar;
import io.edgesite.validators.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A mapping read from YAML with its path, handing out typed values and recording a finding, not an
 * exception, for each value of the wrong type and each key nobody asked for.
 */
final class Node {
    private final Map<String, Object> map;
    private final String path;
    private final List<Finding> problems;
    private final Set<String> used = new LinkedHashSet<>();
    private final String rulePrefix;

    Node(Map<String, Object> map, String path, List<Finding> problems, String rulePrefix) {
        this.map = map == null ? Map.of() : map;
        this.path = path;
        this.problems = problems;
        this.rulePrefix = rulePrefix;
    }

    String at(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        return map.containsKey(key);
    }

    Object raw(String key) {
        used.add(key);
        return map.get(key);
    }

    /** A scalar as text; numbers and booleans give their written form. Null when absent. */
    String text(String key) {
        Object v = raw(key);
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof PlainScalar p) {
            return p.text();
        }
        wrongType(key, "a single value");
        return null;
    }

    Boolean bool(String key) {
        Object v = raw(key);
        if (v == null) {
            return null;
        }
        if (v instanceof PlainScalar p && (p.text().equals("true") || p.text().equals("false"))) {
            return Boolean.valueOf(p.text());
        }
        if (v instanceof Boolean b) {
            return b;
        }
        wrongType(key, "true or false");
        return null;
    }

    Integer integer(String key) {
        Object v = raw(key);
        if (v == null) {
            return null;
        }
        String t = v instanceof PlainScalar p ? p.text() : v instanceof String s ? s : v instanceof Integer n ? n.toString() : null;
        if (t != null && t.matches("-?[0-9]{1,9}")) {
            return Integer.valueOf(t);
        }
        wrongType(key, "a whole number");
        return null;
    }

    /** A list of scalars as text; a single scalar is taken as a one-element list. */
    List<String> texts(String key) {
        Object v = raw(key);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                Object e = l.get(i);
                if (e instanceof String s) {
                    out.add(s);
                } else if (e instanceof PlainScalar p) {
                    out.add(p.text());
                } else {
                    problems.add(Finding.error(rulePrefix + ".type", at(key) + "[" + i + "]", "expected a single value"));
                }
            }
            return out;
        }
        wrongType(key, "a list");
        return out;
    }

    /** A mapping of scalar values as text. */
    Map<String, String> textMap(String key) {
        Object v = raw(key);
        Map<String, String> out = new LinkedHashMap<>();
        if (v == null) {
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                Object val = e.getValue();
                if (val == null) {
                    out.put(String.valueOf(e.getKey()), "");
                } else if (val instanceof String s) {
                    out.put(String.valueOf(e.getKey()), s);
                } else if (val instanceof PlainScalar p) {
                    out.put(String.valueOf(e.getKey()), p.text());
                } else {
                    problems.add(Finding.error(rulePrefix + ".type", at(key) + "." + e.getKey(), "expected a single value"));
                }
            }
            return out;
        }
        wrongType(key, "a mapping of keys to values");
        return out;
    }

    /** A nested mapping, or an empty one when absent or of the wrong type. */
    Node child(String key) {
        Object v = raw(key);
        if (v instanceof Map<?, ?> m) {
            return new Node(Trees.cast(m), at(key), problems, rulePrefix);
        }
        if (v != null) {
            wrongType(key, "a mapping of keys to values");
        }
        return new Node(Map.of(), at(key), problems, rulePrefix);
    }

    /** A list of mappings. */
    List<Node> children(String key) {
        Object v = raw(key);
        List<Node> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!(v instanceof List<?> l)) {
            wrongType(key, "a list");
            return out;
        }
        for (int i = 0; i < l.size(); i++) {
            if (l.get(i) instanceof Map<?, ?> m) {
                out.add(new Node(Trees.cast(m), at(key) + "[" + i + "]", problems, rulePrefix));
            } else {
                problems.add(Finding.error(rulePrefix + ".type", at(key) + "[" + i + "]", "expected a mapping of keys to values"));
            }
        }
        return out;
    }

    Map<String, Object> map() {
        return map;
    }

    String path() {
        return path;
    }

    /** Reports every key that was never read: a typo in an answers file must not pass silently. */
    void rejectUnknown() {
        for (String k : map.keySet()) {
            if (!used.contains(k)) {
                problems.add(Finding.error(rulePrefix + ".unknown-key", at(k), "unknown key; see docs/"
                        + (rulePrefix.startsWith(Inventory.RULES) ? "inventory" : "answers") + ".md"));
            }
        }
    }

    private void wrongType(String key, String expected) {
        problems.add(Finding.error(rulePrefix + ".type", at(key), "expected " + expected));
    }

    /** An enum value by its word, with the accepted words in the message when it is none of them. */
    <E extends Enum<E> & io.edgesite.model.Keyword> E choice(String key, Class<E> type, E fallback) {
        String t = text(key);
        if (t == null) {
            return fallback;
        }
        java.util.Optional<E> e = io.edgesite.model.Keyword.parse(type, t);
        if (e.isEmpty()) {
            problems.add(Finding.error(rulePrefix + ".value", at(key), "\"" + io.edgesite.validators.Printable.of(t)
                    + "\" is not one of " + String.join(", ", io.edgesite.model.Keyword.words(type))));
        }
        return e.orElse(fallback);
    }
}
