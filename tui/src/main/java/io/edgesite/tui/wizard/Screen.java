package io.edgesite.tui.wizard;

import java.util.List;

/** One page of the wizard: a title, a short explanation, its fields, and the model paths it answers for. */
public record Screen(String id, String title, String intro, List<Field> fields, List<String> paths) {
    public Screen {
        fields = List.copyOf(fields);
        paths = List.copyOf(paths);
    }

    /** True when a finding at {@code path} belongs on this screen. */
    public boolean covers(String path) {
        for (String p : paths) {
            if (path.equals(p) || path.startsWith(p + ".") || path.startsWith(p + "[")) {
                return true;
            }
        }
        return fields.stream().anyMatch(f -> f.owns(path));
    }
}
