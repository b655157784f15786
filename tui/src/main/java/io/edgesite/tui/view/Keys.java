package io.edgesite.tui.view;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.edgesite.tui.wizard.Field;
import io.edgesite.tui.wizard.FieldKind;
import io.edgesite.tui.wizard.Screen;
import io.edgesite.tui.wizard.WizardScreens;
import java.util.List;

/**
 * The wizard's own keys, before any widget sees them: Ctrl-C (asks before quitting), Ctrl-L, Ctrl-N, Esc, the
 * y/n of a question, and Tab or an arrow at the edge of a long screen's window.
 */
final class Keys {
    /** A question waiting for y or n. */
    private enum Question {
        NONE,
        QUIT,
        FIXES,
        /** A question another part asked with {@link #confirm}. */
        OTHER
    }

    private final WizardWindow window;
    private Question asking = Question.NONE;
    private Runnable onYes = () -> { };

    Keys(WizardWindow window) {
        this.window = window;
    }

    /** Asks before the checks' fixes change the answers. */
    void confirmFixes(List<String> fixes) {
        asking = Question.FIXES;
        window.status("Apply to the answers: " + String.join("; ", fixes) + "? y/n");
        window.render(window.focusedKey());
    }

    /** Asks a y/n question on the status line; {@code yes} runs only after y. */
    void confirm(String question, Runnable yes) {
        asking = Question.OTHER;
        onYes = yes;
        window.status(question + " y/n");
        window.render(window.focusedKey());
    }

    /** True when the key was the wizard's and no widget should see it. */
    boolean handle(KeyStroke key) {
        if (asking != Question.NONE) {
            Question question = asking;
            asking = Question.NONE;
            boolean yes = key.getKeyType() == KeyType.Character && Character.toLowerCase(key.getCharacter()) == 'y';
            window.status("");
            if (question == Question.OTHER) {
                Runnable action = onYes;
                onYes = () -> { };
                if (yes) {
                    action.run();
                } else {
                    window.render(window.focusedKey());
                }
                return true;
            }
            if (question == Question.QUIT && yes) {
                window.session().quit();
                return true;
            }
            if (question == Question.FIXES && yes) {
                window.session().applyFixes();
                window.forget();
                window.status("Fixes applied to the answers; checking again.");
                window.session().runChecks(window::checksProgressed);
            }
            window.render(window.focusedKey());
            return true;
        }
        if (key.isCtrlDown() && key.getKeyType() == KeyType.Character) {
            char c = Character.toLowerCase(key.getCharacter());
            if (c == 'c') {
                asking = Question.QUIT;
                window.status("Quit? Your answers stay in the draft. Press y to quit, any other key to stay.");
                window.render(window.focusedKey());
                return true;
            }
            if (c == 'l') {
                window.redraw();
                return true;
            }
            if (c == 'z') {
                window.suspend();
                return true;
            }
            if (c == '\\') {
                // Ctrl-\ would make the JVM print its threads over the screen: it does nothing here
                return true;
            }
            if (c == 'n' && !window.finished() && !(window.wizard().current().id().equals(WizardScreens.WELCOME)
                    && window.session().draftOffered())) {
                window.next();
                return true;
            }
        }
        if (key.getKeyType() == KeyType.F1 || key.getKeyType() == KeyType.Character && key.getCharacter() == '?'
                && !key.isCtrlDown() && !(window.window().getFocusedInteractable() instanceof com.googlecode.lanterna.gui2.TextBox)) {
            window.help();
            return true;
        }
        if (key.getKeyType() == KeyType.Escape) {
            window.back();
            return true;
        }
        return !window.finished() && scroll(key);
    }

    /** The key of the field, or of the last derived value under it (which should come into view with it). */
    private String lastShownWith(Screen screen, Field field) {
        List<Field> all = window.form().visible(screen);
        int i = all.stream().map(Field::key).toList().indexOf(field.key());
        while (i + 1 < all.size() && all.get(i + 1).kind() == FieldKind.INFO) {
            i++;
        }
        return all.get(i).key();
    }

    /**
     * Moves the window of a long screen when focus would leave it: Tab (or an arrow, outside a multi-line box)
     * on the last field shown brings the next one into view and focuses it.
     */
    private boolean scroll(KeyStroke key) {
        Screen screen = window.wizard().current();
        String focused = window.focusedKey();
        if (screen.body() != Screen.Body.FORM || focused == null) {
            return false;
        }
        List<Field> fields = window.form().visible(screen).stream().filter(f -> f.kind() != FieldKind.INFO).toList();
        boolean lastButton = focused.equals(Buttons.NEXT) || focused.equals(Buttons.WRITE);
        if (lastButton && key.getKeyType() == KeyType.Tab && !fields.isEmpty()
                && !window.form().shows(fields.get(0).key())) {
            // Tab past the last button goes round to the screen's first field, not the first one in view.
            window.render(fields.get(0).key());
            return true;
        }
        int at = fields.stream().map(Field::key).toList().indexOf(focused);
        if (at < 0) {
            return false;
        }
        boolean multiLine = fields.get(at).kind() == FieldKind.LINES;
        KeyType type = key.getKeyType();
        int step = type == KeyType.Tab || type == KeyType.ArrowDown && !multiLine ? 1
                : type == KeyType.ReverseTab || type == KeyType.ArrowUp && !multiLine ? -1 : 0;
        int next = at + step;
        if (step == 0 || next < 0 || next >= fields.size() || window.form().shows(lastShownWith(screen, fields.get(next)))) {
            return false;
        }
        window.render(fields.get(next).key());
        return true;
    }
}
