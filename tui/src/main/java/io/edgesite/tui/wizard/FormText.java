package io.edgesite.tui.wizard;

import io.edgesite.render.PropertyText;
import io.edgesite.properties.SiteList;
import io.edgesite.properties.SiteProperties;
import io.edgesite.properties.SiteProperty;
import io.edgesite.validators.Finding;
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
            List<SiteProperty> properties = itemProperties(l);
            for (int i = 0; i < items.size(); i++) {
                for (SiteProperty p : properties) {
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
            List<SiteProperty> properties = itemProperties(l);
            for (int i = 0; i < count; i++) {
                mapAt(tree, l.at(i));
                for (SiteProperty p : properties) {
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
        return PropertyText.text(v, kind);
    }

    private static Object value(SiteProperty p, String path, String text, List<Finding> problems) {
        return PropertyText.value(p, path, text, false, problems);
    }

    static List<String> list(String text) {
        return PropertyText.list(text);
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
        PropertyText.put(tree, path, value);
    }

    static Map<String, Object> mapAt(Map<String, Object> tree, String path) {
        return PropertyText.mapAt(tree, path);
    }
}
