package io.edgesite.tui.view;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.CheckBox;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.TextBox;
import io.edgesite.model.Proxy;
import io.edgesite.tui.wizard.Field;
import io.edgesite.tui.wizard.FieldKind;
import io.edgesite.tui.wizard.Form;
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
     * @param acted called after an ACTION field changed the form's shape, with the key to focus
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
            case ACTION -> new Button(field.label(), () -> acted.accept(field, field.action().apply(form)));
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
        TextBox box = new LeavingTextBox(new TerminalSize(WIDTH, rows), form.get(field.key()),
                rows > 1 ? TextBox.Style.MULTI_LINE : TextBox.Style.SINGLE_LINE, () -> left.accept(field));
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
        TextBox box = new LeavingTextBox(new TerminalSize(WIDTH, 1), Proxy.masked(form.get(field.key())),
                TextBox.Style.SINGLE_LINE, () -> left.accept(field)) {
            @Override
            protected void afterEnterFocus(FocusChangeDirection direction, Interactable previouslyInFocus) {
                super.afterEnterFocus(direction, previouslyInFocus);
                setText(form.get(field.key()));
                setCaretPosition(getText().length());
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

    private static Button choice(Field field, Form form, Consumer<Field> changed) {
        String current = form.get(field.key());
        Button b = new Button(current.isEmpty() ? field.choices().get(0) : current);
        b.addListener(button -> {
            int i = field.choices().indexOf(form.get(field.key()));
            String next = field.choices().get((i + 1) % field.choices().size());
            form.set(field.key(), next);
            button.setLabel(next);
            changed.accept(field);
        });
        return b;
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

    /** A text box that says when focus leaves it, so its error appears right then. */
    static class LeavingTextBox extends TextBox {
        private final Runnable onLeave;

        LeavingTextBox(TerminalSize size, String text, Style style, Runnable onLeave) {
            super(size, text, style);
            this.onLeave = onLeave;
        }

        @Override
        protected void afterLeaveFocus(FocusChangeDirection direction, Interactable nextInFocus) {
            super.afterLeaveFocus(direction, nextInFocus);
            onLeave.run();
        }
    }

}
