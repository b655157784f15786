package io.edgesite.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers laid over answers, as an inventory stacks them: mappings merged key by key, at every depth; a list or a
 * single value replaces what was under it (a host's NICs are its own, not the site's plus its own).
 */
final class AnswersMerge {
    private AnswersMerge() {
    }

    /**
     * A new tree: {@code over} laid on {@code base}; neither is changed. What is not merged is shared, not copied
     * (thousands of hosts inherit one site's answers): the result's own mappings are new only along the merged
     * paths, so a caller that changes a mapping inside it copies that mapping first.
     */
    static Map<String, Object> over(Map<String, Object> base, Map<String, Object> over) {
        Map<String, Object> out = new LinkedHashMap<>(base);
        for (Map.Entry<String, Object> e : over.entrySet()) {
            Object below = out.get(e.getKey());
            if (below instanceof Map<?, ?> b && e.getValue() instanceof Map<?, ?> o) {
                out.put(e.getKey(), over(Trees.cast(b), Trees.cast(o)));
            } else {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /** How many values a tree holds (mappings and lists count once each, with what they hold). */
    static int size(Object tree) {
        if (tree instanceof Map<?, ?> m) {
            int n = 1;
            for (Object v : m.values()) {
                n += size(v);
            }
            return n;
        }
        if (tree instanceof List<?> l) {
            int n = 1;
            for (Object v : l) {
                n += size(v);
            }
            return n;
        }
        return 1;
    }
}
