package io.edgesite.validators;

/** How much a finding matters: errors stop a render, warnings and notes are shown. */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    NOTE("note");

    private final String word;

    Severity(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
