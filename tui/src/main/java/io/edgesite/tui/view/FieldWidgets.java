package io.edgesite.tui.view;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.CheckBox;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.TextBox;
import io.edgesite.model.Proxy;
import com.googlecode.lanterna.input.KeyStroke;
import io.edgesite.tui.wizard.ChoiceNotes;
import io.edgesite.tui.wizard.Field;
import io.edgesite.tui.wizard.FieldKind;
import io.edgesite.tui.wizard.Form;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Maps each field kind to its widget; the widget writes every change back to the form and nothing else. */
final class FieldWidgets {
    static final int WIDTH = 50;

    private FieldWidgets() {
    }

    /** Rows of the box certificates are pasted into. */
    static final int LINES_ROWS = 4;

    /**
     * @param changed called with the field after each change
     * @param left called with the field when focus leaves it (inline validation)
     * @param acted called when an ACTION field's button is pressed
     */
    static Component create(Field field, Form form, Consumer<Field> changed, Consumer<Field> left,
            BiConsumer<Field, String> acted) {
        return switch (field.kind()) {
            case TEXT, LIST -> textBox(field, form, changed, left, null, 1);
            case SECRET -> textBox(field, form, changed, left, '*', 1);
            case CREDENTIAL_URL -> credentialUrl(field, form, changed, left);
            case LINES -> textBox(field, form, changed, left, null, LINES_ROWS);
            case CHOICE -> choice(field, form, changed);
            case TOGGLE -> toggle(field, form, changed);
            // the window runs the action, after asking when it removes something
            case ACTION -> new Button(field.label(), () -> acted.accept(field, null));
            case INFO -> new Label(info(field, form));
        };
    }

    /** How many rows the field's widget takes. */
    static int rows(Field field, Form form) {
        return switch (field.kind()) {
            case LINES -> LINES_ROWS;
            case INFO -> Math.max(1, info(field, form).split("\n", -1).length);
            default -> 1;
        };
    }

    private static TextBox textBox(Field field, Form form, Consumer<Field> changed, Consumer<Field> left, Character mask,
            int rows) {
        TextBox box = new EditBox(new TerminalSize(WIDTH, rows), form.get(field.key()),
                rows > 1 ? TextBox.Style.MULTI_LINE : TextBox.Style.SINGLE_LINE, () -> left.accept(field), text -> {
                    form.set(field.key(), text);
                    changed.accept(field);
                });
        if (mask != null) {
            box.setMask(mask);
        }
        box.setTextChangeListener((text, byUser) -> {
            if (byUser) {
                form.set(field.key(), text);
                changed.accept(field);
            }
        });
        return box;
    }

    /** The real text while it is edited; with its user:password masked at any other time. */
    private static TextBox credentialUrl(Field field, Form form, Consumer<Field> changed, Consumer<Field> left) {
        TextBox box = new EditBox(new TerminalSize(WIDTH, 1), Proxy.masked(form.get(field.key())),
                TextBox.Style.SINGLE_LINE, () -> left.accept(field), text -> {
                    form.set(field.key(), text);
                    changed.accept(field);
                }) {
            @Override
            protected void afterEnterFocus(FocusChangeDirection direction, Interactable previouslyInFocus) {
                setText(form.get(field.key()));
                super.afterEnterFocus(direction, previouslyInFocus);
            }

            @Override
            protected void afterLeaveFocus(FocusChangeDirection direction, Interactable nextInFocus) {
                setText(Proxy.masked(form.get(field.key())));
                super.afterLeaveFocus(direction, nextInFocus);
            }
        };
        box.setTextChangeListener((text, byUser) -> {
            if (byUser) {
                form.set(field.key(), text);
                changed.accept(field);
            }
        });
        return box;
    }

    /**
     * A choice: Left and Right step through the options both ways, Enter opens the list of them all with a line
     * on each (typing a letter moves to the option that starts with it).
     */
    private static Button choice(Field field, Form form, Consumer<Field> changed) {
        String current = form.get(field.key());
        return new Button(current.isEmpty() ? field.choices().get(0) : current) {
            @Override
            public synchronized Result handleKeyStroke(KeyStroke key) {
                switch (key.getKeyType()) {
                    case ArrowLeft -> step(-1);
                    case ArrowRight -> step(1);
                    case Enter -> open();
                    default -> {
                        return super.handleKeyStroke(key);
                    }
                }
                return Result.HANDLED;
            }

            private void step(int by) {
                int i = field.choices().indexOf(form.get(field.key()));
                set(field.choices().get(Math.floorMod(i + by, field.choices().size())));
            }

            private void set(String value) {
                form.set(field.key(), value);
                setLabel(value);
                changed.accept(field);
            }

            private void open() {
                List<Popup.Item> items = field.choices().stream().map(c -> {
                    String note = ChoiceNotes.of(field.key(), c);
                    return new Popup.Item(c, note.isEmpty() ? c : String.format("%-14s %s", c, note));
                }).toList();
                Popup.list((com.googlecode.lanterna.gui2.WindowBasedTextGUI) getTextGUI(), field.label().strip(), items,
                        form.get(field.key()), this::set, () -> { });
            }
        };
    }

    private static CheckBox toggle(Field field, Form form, Consumer<Field> changed) {
        CheckBox c = new CheckBox("");
        c.setChecked(form.on(field.key()));
        c.addListener(checked -> {
            form.set(field.key(), Boolean.toString(checked));
            changed.accept(field);
        });
        return c;
    }

    /** Refreshes an INFO widget after another field changed. */
    static void refresh(Field field, Component widget, Form form) {
        if (field.kind() == FieldKind.INFO && widget instanceof Label label && field.derived() != null) {
            String text = info(field, form);
            if (!text.equals(label.getText())) {
                label.setText(text);
            }
        }
    }

    /** An INFO field's text, wrapped to the widget column so the label column keeps its width. */
    private static String info(Field field, Form form) {
        return field.derived() == null ? "" : String.join("\n", Text.wrap(field.derived().apply(form), WIDTH + 6));
    }
}
