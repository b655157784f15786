package io.edgesite.validators;

/**
 * One thing a rule has to say about one field: {@code path: severity: message [rule]}. Findings about a
 * file carry the line and column (1-based) of the value or key they are about; 0 when not known.
 */
public record Finding(String rule, String path, Severity severity, String message, int line, int column) {

    public Finding(String rule, String path, Severity severity, String message) {
        this(rule, path, severity, message, 0, 0);
    }

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

    /** The same finding at a place in the file. */
    public Finding at(int atLine, int atColumn) {
        return new Finding(rule, path, severity, message, atLine, atColumn);
    }

    /** The same finding about another path (a user-data key instead of an answers path). */
    public Finding about(String otherPath) {
        return new Finding(rule, otherPath, severity, message, line, column);
    }

    /** The same finding with another severity ({@code --strict} makes warnings errors). */
    public Finding as(Severity other) {
        return new Finding(rule, path, other, message, line, column);
    }

    public boolean located() {
        return line > 0;
    }

    /** The one-line form used on stderr and in the wizard's review. */
    @Override
    public String toString() {
        return path + ": " + severity.word() + ": " + message + " [" + rule + "]";
    }
}
