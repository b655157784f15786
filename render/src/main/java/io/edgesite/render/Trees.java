package io.edgesite.render;

import io.edgesite.model.PlainScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Merging a rendered tree with the passthrough of a parsed file, and the reverse subtraction. */
final class Trees {
    private Trees() {
    }

    /** The document's top-level key whose lists of steps are joined rather than replaced. */
    static final String STAGES = "stages";

    /**
     * The rendered document with the passthrough's keys added after its own. Rendered values win where both
     * have a key, except that a kept scalar with the same text as the rendered one is kept as it was written
     * (an unquoted {@code projectUid: 123} stays a number). Under the top-level {@code stages} the step lists
     * are joined: a rendered step replaces a kept step of the same name in place (a kept step holding only
     * the name of a step edge-site writes marks that place), and a marker whose step is no longer rendered
     * is dropped.
     */
    static Map<String, Object> merge(Map<String, Object> rendered, Map<String, Object> kept) {
        return merge(rendered, kept, Level.DOCUMENT);
    }

    /** Where a mapping sits: the document itself, its stages, or anywhere else. */
    private enum Level {
        DOCUMENT,
        STAGES,
        OTHER
    }

    private static Map<String, Object> merge(Map<String, Object> rendered, Map<String, Object> kept, Level level) {
        Map<String, Object> out = new LinkedHashMap<>(rendered);
        for (Map.Entry<String, Object> e : kept.entrySet()) {
            Object mine = out.get(e.getKey());
            Object theirs = e.getValue();
            if (mine == null && !out.containsKey(e.getKey())) {
                out.put(e.getKey(), level == Level.STAGES && theirs instanceof List<?> l ? dropMarkers(l) : theirs);
            } else if (level == Level.STAGES && mine instanceof List<?> a && theirs instanceof List<?> b) {
                out.put(e.getKey(), joinSteps(a, b));
            } else if (mine instanceof Map<?, ?> a && theirs instanceof Map<?, ?> b) {
                Level inner = level == Level.DOCUMENT && e.getKey().equals(STAGES) ? Level.STAGES : Level.OTHER;
                out.put(e.getKey(), merge(cast(a), cast(b), inner));
            } else if (theirs instanceof PlainScalar p && mine instanceof String s && p.text().equals(s)) {
                out.put(e.getKey(), theirs);
            }
        }
        return out;
    }

    private static List<Object> joinSteps(List<?> rendered, List<?> kept) {
        List<Object> out = new ArrayList<>(kept);
        int front = 0;
        for (Object step : rendered) {
            int same = indexOfName(out, nameOf(step));
            if (same >= 0) {
                out.set(same, step);
            } else {
                out.add(front++, step);
            }
        }
        return dropMarkers(out);
    }

    private static List<Object> dropMarkers(List<?> steps) {
        List<Object> out = new ArrayList<>(steps);
        out.removeIf(Trees::isMarker);
        return out;
    }

    /** A step holding only the name of a step edge-site writes: where that step stood in the file. */
    static boolean isMarker(Object step) {
        return step instanceof Map<?, ?> m && m.size() == 1 && nameOf(step) != null
                && GeneratedSteps.ownedNames().contains(nameOf(step));
    }

    static Map<String, Object> marker(String name) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        return m;
    }

    private static int indexOfName(List<Object> steps, String name) {
        if (name == null) {
            return -1;
        }
        for (int i = 0; i < steps.size(); i++) {
            if (name.equals(nameOf(steps.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    static String nameOf(Object step) {
        return step instanceof Map<?, ?> m && m.get("name") instanceof String s && !s.isEmpty() ? s : null;
    }

    /**
     * What {@code original} holds that {@code rendered} does not say the same way: the keys the model could
     * not take, and values the model takes but writes differently (kept so the merge can keep their form).
     * The top-level stages are kept whole: the parser has already taken out the steps the model owns.
     */
    static Map<String, Object> subtract(Map<String, Object> original, Map<String, Object> rendered) {
        return subtract(original, rendered, true);
    }

    private static Map<String, Object> subtract(Map<String, Object> original, Map<String, Object> rendered,
            boolean document) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : original.entrySet()) {
            String key = e.getKey();
            Object theirs = rendered.get(key);
            if (document && key.equals(STAGES) && !(e.getValue() instanceof Map<?, ?> m && m.isEmpty())) {
                out.put(key, e.getValue());
            } else if (!rendered.containsKey(key)) {
                out.put(key, e.getValue());
            } else if (e.getValue() instanceof Map<?, ?> a && theirs instanceof Map<?, ?> b) {
                Map<String, Object> rest = subtract(cast(a), cast(b), false);
                if (!rest.isEmpty()) {
                    out.put(key, rest);
                }
            } else if (!TreeValues.same(e.getValue(), theirs)) {
                out.put(key, e.getValue());
            }
        }
        return out;
    }

    /** Puts a text value only when it says something: empty values are left out of the documents. */
    static void putText(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isEmpty()) {
            map.put(key, value);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }
}
