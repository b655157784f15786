package io.edgesite.tui.wizard;

import io.edgesite.properties.SiteProperty;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One question: the model path it edits (also the path of the findings shown next to it), its label,
 * kind, choices, when it is shown, and for INFO fields the text derived from the form.
 */
public record Field(String key, String label, FieldKind kind, List<String> choices, Predicate<Form> visible,
        Function<Form, String> derived, String help, Function<Form, String> action) implements Item {

    /** The field that edits a value of the site, with the label, hint and choices the property table gives it. */
    public static Field of(SiteProperty p) {
        return of(p, p.path(), p.label());
    }

    /** The field that edits a value of the site at {@code key} (an entry's value), under {@code label}. */
    public static Field of(SiteProperty p, String key, String label) {
        FieldKind kind = switch (p.kind()) {
            case TEXT, NUMBER -> FieldKind.TEXT;
            case SECRET -> FieldKind.SECRET;
            case CREDENTIAL_URL -> FieldKind.CREDENTIAL_URL;
            case CHOICE -> FieldKind.CHOICE;
            case TOGGLE -> FieldKind.TOGGLE;
            case LIST, TAGS -> FieldKind.LIST;
            case CERTIFICATES -> FieldKind.LINES;
        };
        return new Field(key, label, kind, kind == FieldKind.TOGGLE ? List.of("false", "true") : p.choices(), f -> true,
                null, p.help(), null);
    }

    public static Field text(String key, String label, String help) {
        return new Field(key, label, FieldKind.TEXT, List.of(), f -> true, null, help, null);
    }

    public static Field secret(String key, String label, String help) {
        return new Field(key, label, FieldKind.SECRET, List.of(), f -> true, null, help, null);
    }

    public static Field choice(String key, String label, List<String> choices, String help) {
        return new Field(key, label, FieldKind.CHOICE, List.copyOf(choices), f -> true, null, help, null);
    }

    public static Field toggle(String key, String label, String help) {
        return new Field(key, label, FieldKind.TOGGLE, List.of("false", "true"), f -> true, null, help, null);
    }

    public static Field list(String key, String label, String help) {
        return new Field(key, label, FieldKind.LIST, List.of(), f -> true, null, help, null);
    }

    /** Several lines of pasted text, such as PEM certificates. */
    public static Field lines(String key, String label, String help) {
        return new Field(key, label, FieldKind.LINES, List.of(), f -> true, null, help, null);
    }

    public static Field info(String key, String label, Function<Form, String> derived) {
        return new Field(key, label, FieldKind.INFO, List.of(), f -> true, derived, "", null);
    }

    /**
     * A button that changes the form's shape (adds or removes an entry); {@code action} returns the key of
     * the field to focus afterwards, or null for the first field.
     */
    public static Field action(String key, String label, Function<Form, String> action) {
        return new Field(key, label, FieldKind.ACTION, List.of(), f -> true, null, "", action);
    }

    /** The same field, shown only when {@code rule} holds. */
    public Field when(Predicate<Form> rule) {
        return new Field(key, label, kind, choices, rule, derived, help, action);
    }

    @Override
    public List<Field> fields(Form form) {
        return List.of(this);
    }

    public boolean isVisible(Form form) {
        return visible.test(form);
    }

    /** True when a finding at {@code path} is about this field. */
    public boolean owns(String path) {
        return path.equals(key) || path.startsWith(key + ".") || path.startsWith(key + "[");
    }
}
