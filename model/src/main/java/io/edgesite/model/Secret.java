package io.edgesite.model;

import java.util.Objects;

/** A value that must never be shown: tokens, passwords, registry credentials. */
public final class Secret {
    private static final Secret EMPTY = new Secret("");
    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /** Wraps a value; null becomes the empty secret. */
    public static Secret of(String value) {
        return value == null || value.isEmpty() ? EMPTY : new Secret(value);
    }

    public static Secret empty() {
        return EMPTY;
    }

    /** The clear text, for the renderer and nothing else. */
    public String reveal() {
        return value;
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Never the value: only whether one is set. */
    @Override
    public String toString() {
        return value.isEmpty() ? "(not set)" : "********";
    }
}
