package io.edgesite.palette;

/**
 * What a user-data value must look like to the installer's YAML reader (Go's yaml.v3 decoding into the
 * agent's and Kairos's typed structs).
 */
public enum Shape {
    TEXT("text"),
    BOOLEAN("true or false"),
    INTEGER("a whole number"),
    UNSIGNED("a whole number, 0 or more"),
    TEXT_LIST("a list of text values"),
    TEXT_MAP("a mapping of names to text values"),
    TEXT_LIST_MAP("a mapping of names to lists of text values"),
    OBJECT("a mapping of the keys listed under it"),
    OBJECT_LIST("a list of mappings"),
    OBJECT_MAP("a mapping of names to mappings"),
    /** A mapping whose values may be anything ("Map of string and object value"). */
    OPEN_MAP("a mapping of names to values"),
    /** The stages: stage names to lists of steps. */
    STAGES("a mapping of stage names to lists of steps"),
    ANY("any value");

    private final String words;

    Shape(String words) {
        this.words = words;
    }

    /** How the shape is named in messages and in docs/user-data-keys.md. */
    public String words() {
        return words;
    }

    /** True when the value is a mapping whose keys are names chosen by the user, not declared keys. */
    public boolean namedEntries() {
        return this == TEXT_MAP || this == TEXT_LIST_MAP || this == OBJECT_MAP || this == OPEN_MAP || this == STAGES;
    }
}
