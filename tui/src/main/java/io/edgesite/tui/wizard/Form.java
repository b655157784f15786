package io.edgesite.tui.wizard;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything typed so far, as text keyed by field, hidden fields included: switching the overlay off
 * and on again, or going back and forth, never loses a value.
 */
public final class Form {
    private final Map<String, String> values = new LinkedHashMap<>();
    private long version;

    public Form() {
    }

    public Form(Map<String, String> values) {
        this.values.putAll(values);
    }

    public String get(String key) {
        return values.getOrDefault(key, "");
    }

    public boolean on(String key) {
        return "true".equals(values.get(key));
    }

    public boolean on(io.edgesite.properties.SiteProperty p) {
        return on(p.path());
    }

    /** Whether the choice at {@code p} is {@code value}. */
    public boolean is(io.edgesite.properties.SiteProperty p, io.edgesite.model.Keyword value) {
        return get(p.path()).equals(value.value());
    }

    /** Whether the choice at {@code key} (an entry's value) is {@code value}. */
    public boolean is(String key, io.edgesite.model.Keyword value) {
        return get(key).equals(value.value());
    }

    public void set(String key, String value) {
        values.put(key, value == null ? "" : value);
        version++;
    }

    /** Changes with every edit, so what is derived from the form can be kept until it changes. */
    public long version() {
        return version;
    }

    /** Replaces every value, as when a draft is resumed. */
    public void replaceAll(java.util.Map<String, String> newValues) {
        values.clear();
        values.putAll(newValues);
        version++;
    }

    /**
     * Drops the values of entry {@code index} of the list at {@code group} ({@code group[index].x}) and
     * renumbers the entries after it, so that entry {@code index + 1} becomes {@code index}.
     */
    public void removeEntry(String group, int index, int size) {
        Map<String, String> moved = new LinkedHashMap<>();
        values.entrySet().removeIf(e -> {
            for (int j = index; j < size; j++) {
                String from = group + "[" + j + "].";
                if (e.getKey().startsWith(from)) {
                    if (j > index) {
                        moved.put(group + "[" + (j - 1) + "]." + e.getKey().substring(from.length()), e.getValue());
                    }
                    return true;
                }
            }
            return false;
        });
        values.putAll(moved);
        version++;
    }

    /** A copy of every value, for drafts. */
    public Map<String, String> values() {
        return new LinkedHashMap<>(values);
    }
}
