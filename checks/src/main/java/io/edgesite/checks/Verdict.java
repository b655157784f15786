package io.edgesite.checks;

/** How a prerequisite check came out. */
public enum Verdict {
    PASS("pass"),
    WARN("warn"),
    FAIL("fail"),
    /** The check could not look (a tool missing, no permission, no time left); it says why. */
    COULD_NOT_RUN("could-not-run");

    private final String word;

    Verdict(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** How bad it is, for the worst of several: a failure, then what could not be looked at, then a warning. */
    int severity() {
        return switch (this) {
            case PASS -> 0;
            case WARN -> 1;
            case COULD_NOT_RUN -> 2;
            case FAIL -> 3;
        };
    }
}
