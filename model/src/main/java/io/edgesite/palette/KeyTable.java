package io.edgesite.palette;

import java.util.ArrayList;
import java.util.List;

/** Writes the key tables as data: one line per key, a few words for what is not the usual. */
final class KeyTable {
    private final List<Entry> entries = new ArrayList<>();
    private String source;

    KeyTable(String source) {
        this.source = source;
    }

    /** The section of the docs the keys that follow come from. */
    KeyTable section(String newSource) {
        source = newSource;
        return this;
    }

    Entry key(String path, Shape shape, String description) {
        Entry e = new Entry(path, shape, description, source);
        entries.add(e);
        return e;
    }

    List<UserDataKey> build() {
        return entries.stream().map(Entry::build).toList();
    }

    /** One key being declared. */
    static final class Entry {
        private final String path;
        private final Shape shape;
        private final String description;
        private String source;
        private KeyStatus status = KeyStatus.CURRENT;
        private String defaultValue = "";
        private List<String> allowed = List.of();
        private boolean secret;
        private String replacement = "";

        private Entry(String path, Shape shape, String description, String source) {
            this.path = path;
            this.shape = shape;
            this.description = description;
            this.source = source;
        }

        Entry def(String value) {
            defaultValue = value;
            return this;
        }

        Entry allowed(String... values) {
            allowed = List.of(values);
            return this;
        }

        Entry secret() {
            secret = true;
            return this;
        }

        Entry legacy(String use) {
            status = KeyStatus.LEGACY;
            replacement = use;
            return this;
        }

        Entry deprecated(String use) {
            status = KeyStatus.DEPRECATED;
            replacement = use;
            return this;
        }

        Entry kairos(String where) {
            status = KeyStatus.KAIROS;
            source = where;
            return this;
        }

        Entry from(String where) {
            source = where;
            return this;
        }

        UserDataKey build() {
            return new UserDataKey(path, shape, status, defaultValue, allowed, secret, replacement, description, source);
        }
    }
}
