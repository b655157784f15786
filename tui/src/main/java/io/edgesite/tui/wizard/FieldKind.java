package io.edgesite.tui.wizard;

/** What a field holds; each kind has exactly one widget in the view. */
public enum FieldKind {
    /** One line of text. */
    TEXT,
    /** One line of text shown masked. */
    SECRET,
    /** A URL whose user:password part is masked while the field is not being edited. */
    CREDENTIAL_URL,
    /** One of a fixed set of words. */
    CHOICE,
    /** On or off ("true" / "false"). */
    TOGGLE,
    /** Several values, one per line. */
    LIST,
    /** Several lines of text (pasted certificates). */
    LINES,
    /** A button that adds or removes an entry of a group. */
    ACTION,
    /** Read-only text computed from other fields, such as the derived overlay VIP. */
    INFO
}
