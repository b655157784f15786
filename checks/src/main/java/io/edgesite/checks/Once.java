package io.edgesite.checks;

import java.util.function.Supplier;

/** A value computed by the first caller that needs it; the others wait for it and share it. */
public final class Once<T> {
    private T value;

    synchronized T get(Supplier<T> compute) {
        if (value == null) {
            value = compute.get();
        }
        return value;
    }
}
