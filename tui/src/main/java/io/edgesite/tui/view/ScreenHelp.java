package io.edgesite.tui.view;

import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import io.edgesite.tui.wizard.HelpPages;
import io.edgesite.tui.wizard.Wizard;
import java.util.ArrayList;
import java.util.List;

/** Help: the focused field's hint for the help line, and the screen's page over the window. */
final class ScreenHelp {
    private ScreenHelp() {
    }

    /** "Label: hint" of the field at {@code key} on the current screen, or nothing. */
    static String hint(Wizard wizard, String key) {
        if (key == null) {
            return "";
        }
        return wizard.current().fields(wizard.form()).stream().filter(f -> f.key().equals(key)).findFirst()
                .map(f -> f.help().isEmpty() ? "" : f.label().strip() + ": " + f.help()).orElse("");
    }

    static void open(WizardWindow w, boolean mono, Runnable closed) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : HelpPages.of(w.wizard().current(), w.wizard().form())) {
            lines.addAll(paragraph.isEmpty() ? List.of("") : Text.wrap(paragraph, WizardWindow.COLUMNS - 10));
        }
        Popup.page((WindowBasedTextGUI) w.window().getTextGUI(), "Help: " + w.wizard().current().title(), lines, mono,
                closed);
    }
}
