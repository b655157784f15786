package io.edgesite.validators;

/** One thing a rule has to say about one field: {@code path: severity: message [rule]}. */
public record Finding(String rule, String path, Severity severity, String message) {

    public static Finding error(String rule, String path, String message) {
        return new Finding(rule, path, Severity.ERROR, message);
    }

    public static Finding warning(String rule, String path, String message) {
        return new Finding(rule, path, Severity.WARNING, message);
    }

    public static Finding note(String rule, String path, String message) {
        return new Finding(rule, path, Severity.NOTE, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form used on stderr and in the wizard's review. */
    @Override
    public String toString() {
        return path + ": " + severity.word() + ": " + message + " [" + rule + "]";
    }
}
