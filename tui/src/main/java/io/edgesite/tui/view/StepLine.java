package io.edgesite.tui.view;

import io.edgesite.tui.wizard.Screen;
import io.edgesite.tui.wizard.Wizard;

/**
 * The header: where the operator is, and every step by its number on the right, the current one in brackets
 * and those with an error marked "!", so that nothing left to fix is hidden on another screen.
 */
final class StepLine {
    private StepLine() {
    }

    static String of(Wizard wizard, int width) {
        Screen current = wizard.current();
        String left = "edge-site   Step " + (wizard.currentIndex() + 1) + " of " + wizard.screens().size() + "   "
                + current.title();
        StringBuilder steps = new StringBuilder();
        for (int i = 0; i < wizard.screens().size(); i++) {
            Screen s = wizard.screens().get(i);
            boolean wrong = s.body() == Screen.Body.FORM && !wizard.blockingErrors(s).isEmpty();
            String n = (i + 1) + (wrong ? "!" : "");
            steps.append(i == 0 ? "" : " ").append(i == wizard.currentIndex() ? "[" + n + "]" : n);
        }
        int gap = width - left.length() - steps.length();
        return gap < 2 ? left : left + " ".repeat(gap) + steps;
    }
}
