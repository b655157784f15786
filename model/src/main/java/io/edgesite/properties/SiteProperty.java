package io.edgesite.properties;

import java.util.List;

/**
 * One value of a site, declared once: its path in answers files, findings and wizard fields (a list item's
 * path has {@code []}, as in {@code network.nics[].address}), how it is written as text, the user-data key it
 * becomes (a schema path; {@code *} is the item's name), and the wizard's label and hint for it.
 *
 * @param choices the words a {@link Kind#CHOICE} takes, in the order offered
 * @param userData the user-data schema path, or "" when the value has no user-data key of its own
 */
public record SiteProperty(String path, Kind kind, String label, String help, List<String> choices, String userData)
        implements SitePath {

    /** How a value is held as text in a form, and what it is in an answers file. */
    public enum Kind {
        TEXT,
        /** Text never shown: tokens, passwords. */
        SECRET,
        /** A URL that may carry user:password (a proxy): shown with the credentials masked. */
        CREDENTIAL_URL,
        /** One of {@code choices}. */
        CHOICE,
        /** true or false. */
        TOGGLE,
        /** A whole number; empty for none. */
        NUMBER,
        /** A list of values, written in a form as {@code a, b, c}. */
        LIST,
        /** A mapping written as {@code key=value, key=value}. */
        TAGS,
        /** PEM certificates, pasted whole. */
        CERTIFICATES
    }

    public SiteProperty {
        choices = List.copyOf(choices);
    }

    /** The path of this value in item {@code index} of its list. */
    public String at(int index) {
        int i = path.indexOf("[]");
        return i < 0 ? path : path.substring(0, i) + "[" + index + "]" + path.substring(i + 2);
    }

    /** The key the value has in its mapping: the last word of the path. */
    public String key() {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** The path of the mapping it sits in ({@code network.nics[]} for an item's value). */
    public String parent() {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    public boolean inList() {
        return path.contains("[]");
    }
}
