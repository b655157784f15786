package io.edgesite.tui.wizard;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of the wizard: a title, a short explanation, what its body shows, its items, and the model paths it
 * answers for.
 */
public record Screen(String id, String title, String intro, Body body, List<Item> items, List<String> paths) {

    /** What the body of a screen is: the fields of a form, the host checks, or the review of everything. */
    public enum Body {
        FORM,
        CHECKS,
        REVIEW
    }

    public Screen(String id, String title, String intro, List<Item> items, List<String> paths) {
        this(id, title, intro, Body.FORM, items, paths);
    }

    public Screen {
        items = List.copyOf(items);
        paths = List.copyOf(paths);
    }

    /** The fields as the form stands: groups give one set per entry. */
    public List<Field> fields(Form form) {
        List<Field> out = new ArrayList<>();
        for (Item item : items) {
            out.addAll(item.fields(form));
        }
        return out;
    }

    /** True when a finding at {@code path} belongs on this screen. */
    public boolean covers(String path, Form form) {
        for (String p : paths) {
            if (path.equals(p) || path.startsWith(p + ".") || path.startsWith(p + "[")) {
                return true;
            }
        }
        return fields(form).stream().anyMatch(f -> f.owns(path));
    }
}
