package io.edgesite.checks;

import java.util.function.Consumer;

/**
 * At most {@value #PER_SECOND} log lines a second: a flood of probes must not become a flood of lines. The
 * lines held back are counted and the count said with the next line let through.
 */
final class LogLimit {
    static final int PER_SECOND = 5;
    private final RateLimit rate = new RateLimit(PER_SECOND, PER_SECOND);
    private long held;

    synchronized void say(Consumer<String> log, String line) {
        if (rate.allow("")) {
            flush(log);
            log.accept(line);
        } else {
            held++;
        }
    }

    /** Says how many lines were held back, when a line may be said again. */
    synchronized void flush(Consumer<String> log) {
        if (held > 0 && rate.allow("")) {
            log.accept(held + " more line(s) held back (at most " + PER_SECOND + " a second)");
            held = 0;
        }
    }
}
