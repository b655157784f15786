package io.edgesite.tui.view;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import io.edgesite.tui.terminal.Themes;
import io.edgesite.tui.wizard.Screen;
import java.util.List;
import java.util.function.IntConsumer;

/** The review screen: the findings and the user-data with secrets masked, and a way back to each form screen. */
final class ReviewPane {
    private TextBox text;

    /** The body; the text box is what gets focus, so arrows and PageDown scroll it at once. */
    Panel build(String review, List<Screen> screens, int rows, boolean mono, IntConsumer edit) {
        Panel body = new Panel(new LinearLayout(Direction.VERTICAL));
        text = new TextBox(new TerminalSize(WizardWindow.COLUMNS - 2, Math.max(3, rows)),
                String.join("\n", Text.wrapMarked(review, WizardWindow.COLUMNS - 4)), TextBox.Style.MULTI_LINE);
        text.setReadOnly(true);
        if (mono) {
            text.setTheme(Themes.readOnlyMono());
        }
        body.addComponent(text);
        Panel jumps = new Panel(new LinearLayout(Direction.HORIZONTAL));
        jumps.addComponent(new Label("Edit:"));
        for (int i = 1; i < screens.size(); i++) {
            int index = i;
            if (screens.get(i).body() == Screen.Body.FORM && !screens.get(i).id().equals(io.edgesite.tui.wizard.WizardScreens.WRITE)) {
                jumps.addComponent(new Button(screens.get(i).title(), () -> edit.accept(index)));
            }
        }
        body.addComponent(jumps);
        return body;
    }

    TextBox text() {
        return text;
    }
}
