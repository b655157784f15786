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

    /** A copy of every value, for drafts. */
    public Map<String, String> values() {
        return new LinkedHashMap<>(values);
    }
}
