package io.edgesite.tui.view;

import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import io.edgesite.tui.wizard.Screen;
import io.edgesite.tui.wizard.WizardScreens;

/**
 * The buttons under a screen: Resume draft and Start over on a welcome with a draft, else Back and Next (or Write),
 * with Choose host on the welcome of a wizard started from an inventory.
 */
final class Buttons {
    static final String RESUME = "Resume draft";
    static final String START_OVER = "Start over";
    static final String SEPARATE = "Use a separate draft";
    static final String BACK_TO_REVIEW = "Back to review";
    static final String READ_ONLY = "Read only";
    static final String BACK = "Back";
    static final String NEXT = "Next";
    static final String WRITE = "Write";

    private Buttons() {
    }

    /** The row of buttons and what to focus: {@code bodyFocus} unless a button is asked for or the body has none. */
    record Built(Panel panel, Interactable focus) {
    }

    static Built build(WizardWindow w, Screen screen, String focus, Interactable bodyFocus) {
        Panel buttons = new Panel(new LinearLayout(Direction.HORIZONTAL));
        Interactable toFocus = bodyFocus;
        if (screen.id().equals(WizardScreens.WELCOME) && w.session().draftHeld().isPresent()) {
            w.status("The draft is in use by " + w.session().draftHeld().get().by() + ".");
            Button separate = new Button(SEPARATE, () -> {
                try {
                    w.session().useSeparateDraft();
                    w.status("");
                } catch (java.io.IOException e) {
                    w.status("No separate draft: " + e.getMessage());
                }
                w.render(null);
            });
            buttons.addComponent(separate);
            buttons.addComponent(new Button(READ_ONLY, () -> {
                w.session().readOnly();
                w.status("");
                w.render(null);
            }));
            buttons.addComponent(new Button("Quit", w.session()::quit));
            return new Built(buttons, separate);
        }
        if (screen.id().equals(WizardScreens.WELCOME) && w.session().draftOffered()) {
            Button resume = new Button(RESUME, () -> {
                w.session().resumeDraft();
                w.forget();
                w.status("");
                String focusBack = w.session().resumedFocus();
                w.render(focusBack.isEmpty() ? null : focusBack);
            });
            buttons.addComponent(resume);
            buttons.addComponent(new Button(START_OVER, () -> w.keys().confirm("Start over and delete the draft?", () -> {
                w.session().discardDraft();
                w.forget();
                w.render(null);
            })));
            return new Built(buttons, toFocus == null || focus == null ? resume : toFocus);
        }
        var inventory = w.session().inventory();
        if (screen.id().equals(WizardScreens.WELCOME) && inventory.isPresent()) {
            Button choose = new Button(InventoryPicker.CHOOSE, () -> InventoryPicker.open(w, inventory.get()));
            buttons.addComponent(choose);
            if (inventory.get().unresolved() || InventoryPicker.CHOOSE.equals(focus)) {
                toFocus = choose;
            }
        }
        if (w.wizard().currentIndex() > 0) {
            Button back = new Button(BACK, w::back);
            buttons.addComponent(back);
            if (BACK.equals(focus)) {
                toFocus = back;
            }
        }
        if (w.fromReview()) {
            Button review = new Button(BACK_TO_REVIEW, w::backToReview);
            buttons.addComponent(review);
            return new Built(buttons, toFocus == null || BACK_TO_REVIEW.equals(focus) ? review : toFocus);
        }
        Button next = new Button(screen.id().equals(WizardScreens.WRITE) ? WRITE : NEXT, w::next);
        buttons.addComponent(next);
        if (toFocus == null || next.getLabel().equals(focus)) {
            toFocus = next;
        }
        return new Built(buttons, toFocus);
    }
}
