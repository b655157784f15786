package io.edgesite.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a user-data document the model has no field for, kept as a tree so they are written
 * back unchanged. Nodes are {@code Map<String,Object>}, {@code List<Object>}, String, Boolean,
 * {@link PlainScalar} or null.
 */
public record Passthrough(Map<String, Object> tree) {
    public Passthrough {
        tree = freeze(tree);
    }

    public static Passthrough empty() {
        return new Passthrough(Map.of());
    }

    public boolean isEmpty() {
        return tree.isEmpty();
    }

    /** The value at a path of keys ({@code "stylus", "vip", "skip"}), or null when there is none. */
    public Object at(String... keys) {
        Object node = tree;
        for (String k : keys) {
            if (!(node instanceof Map<?, ?> m)) {
                return null;
            }
            node = m.get(k);
        }
        return node;
    }

    /** Only the top-level keys: the values may hold passwords (registry credentials, proxy URLs). */
    @Override
    public String toString() {
        return "Passthrough" + tree.keySet();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> freeze(Map<String, Object> map) {
        if (map == null) {
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, freezeNode(v)));
        return Collections.unmodifiableMap(copy);
    }

    @SuppressWarnings("unchecked")
    private static Object freezeNode(Object node) {
        if (node instanceof Map<?, ?> m) {
            return freeze((Map<String, Object>) m);
        }
        if (node instanceof List<?> l) {
            List<Object> copy = new ArrayList<>(l.size());
            l.forEach(e -> copy.add(freezeNode(e)));
            return Collections.unmodifiableList(copy);
        }
        return node;
    }
}
