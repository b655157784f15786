package io.edgesite.tui.view;

import io.edgesite.tui.wizard.Field;
import io.edgesite.tui.wizard.Screen;
import io.edgesite.tui.wizard.Wizard;
import io.edgesite.tui.wizard.WizardScreens;
import io.edgesite.validators.Finding;
import java.util.List;

/**
 * Moving between screens: Next (blocked by the screen's errors, which then show), Back, a jump from the review
 * to a screen and straight back to the review, and Write on the last screen.
 */
final class Moves {
    private final WizardWindow w;
    private int returnTo = -1;

    Moves(WizardWindow window) {
        this.w = window;
    }

    private Wizard wizard() {
        return w.wizard();
    }

    void next() {
        if (wizard().current().id().equals(WizardScreens.WRITE)) {
            write();
            return;
        }
        if (returnTo >= 0) {
            backToReview();
            return;
        }
        Screen before = wizard().current();
        List<Finding> errors = wizard().next();
        if (!errors.isEmpty()) {
            stay(before, errors, "go on");
            return;
        }
        w.status("");
        w.session().moved();
        w.render(null);
    }

    /** The screen's errors show, the first field with one has the focus. */
    private void stay(Screen screen, List<Finding> errors, String toDo) {
        w.form().touchAll(screen);
        w.status(errors.size() == 1 ? "1 error on this screen: fix it to " + toDo + "."
                : errors.size() + " errors on this screen: fix them to " + toDo + ".");
        Field first = wizard().firstFieldWithError();
        w.render(first == null ? null : first.key());
    }

    void back() {
        if (w.finished()) {
            return;
        }
        wizard().back();
        returnTo = -1;
        w.status("");
        w.session().moved();
        w.render(null);
    }

    void goTo(int index) {
        wizard().goTo(index);
        w.status("");
        w.session().moved();
        w.render(null);
    }

    /** Edit, from the review: the screen, then straight back to the review with Ctrl-N or its button. */
    void editFromReview(int index) {
        returnTo = wizard().currentIndex();
        goTo(index);
    }

    /** Whether this screen was opened from the review (it then offers the way back). */
    boolean fromReview() {
        return returnTo >= 0;
    }

    /** Back to the review, when this screen has no error. */
    void backToReview() {
        List<Finding> errors = wizard().blockingErrors(wizard().current());
        if (!errors.isEmpty()) {
            stay(wizard().current(), errors, "go back");
            return;
        }
        int review = returnTo;
        returnTo = -1;
        goTo(review);
    }

    private void write() {
        List<Finding> errors = wizard().findings().stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            w.status("Not written: " + errors.get(0).path() + ": " + errors.get(0).message());
            w.render(w.focusedKey());
            return;
        }
        try {
            w.written(w.session().write());
            w.status("");
        } catch (Exception e) {
            w.status("Not written: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        w.render(null);
    }
}
