package io.edgesite.model;

/** Whether Palette manages the host from its SaaS or self-hosted instance, or the host runs on its own. */
public enum ManagementMode implements Keyword {
    CENTRAL("central"),
    LOCAL("local");

    private final String value;

    ManagementMode(String value) {
        this.value = value;
    }

    /** The word used in user-data and answers files. */
    public String value() {
        return value;
    }
}
