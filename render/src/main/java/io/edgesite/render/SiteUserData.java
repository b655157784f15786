package io.edgesite.render;

import io.edgesite.validators.Finding;
import io.edgesite.validators.TreePath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A site user-data file merged over the installer's own, the way Kairos merges configuration files (its
 * collector's DeepMerge): mappings key by key, a later scalar wins, lists of mappings are joined, lists of
 * scalars gain only the items they lack, an empty value clears a key, and two values of different kinds
 * cannot be merged at all.
 */
final class SiteUserData {
    private SiteUserData() {
    }

    /** The merged document, and the places where the two files could not be merged. */
    public record Merged(Map<String, Object> document, List<Finding> problems) {
    }

    public static Merged merge(Map<String, Object> base, Map<String, Object> site) {
        List<Finding> problems = new ArrayList<>();
        Object merged = merge(base, site, "", problems);
        return new Merged(Trees.cast((Map<?, ?>) merged), problems);
    }

    private static Object merge(Object a, Object b, String path, List<Finding> problems) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            // "if b is null value, return null-value of whatever a currently is"
            return a instanceof Map ? new LinkedHashMap<>() : a instanceof List ? new ArrayList<>() : null;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            Map<String, Object> out = new LinkedHashMap<>(Trees.cast(x));
            for (Map.Entry<?, ?> e : y.entrySet()) {
                String key = String.valueOf(e.getKey());
                out.put(key, out.containsKey(key) ? merge(out.get(key), e.getValue(), TreePath.child(path, key), problems)
                        : e.getValue());
            }
            return out;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            List<Object> out = new ArrayList<>(x);
            if (!x.isEmpty() && x.get(0) instanceof Map) {
                out.addAll(y);
            } else {
                for (Object item : y) {
                    if (out.stream().noneMatch(o -> TreeValues.same(o, item))) {
                        out.add(item);
                    }
                }
            }
            return out;
        }
        if (!kind(a).equals(kind(b))) {
            problems.add(Finding.error("site.merge", path.isEmpty() ? "(document)" : path, "the site file has "
                    + kind(b) + " where the installer's user-data has " + kind(a) + "; the installer cannot merge"
                    + " them and the site file is not applied"));
            return a;
        }
        return b;
    }

    /** The kind of value Go's YAML reader makes of it: merging two kinds is an error in Kairos. */
    private static String kind(Object v) {
        return switch (TreeValues.kind(v)) {
            case MAPPING -> "a mapping";
            case LIST -> "a list";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            default -> "text";
        };
    }
}
