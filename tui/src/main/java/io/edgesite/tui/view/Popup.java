package io.edgesite.tui.view;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.ActionListBox;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import com.googlecode.lanterna.gui2.WindowListenerAdapter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A small window over the wizard: a list to pick from (the options of a choice, the host's NICs) or a help
 * page. It is not modal in the blocking sense: the wizard's own loop keeps running and hands it the keys; Esc
 * closes it without a change.
 */
final class Popup {
    /** One line of a list: what is chosen, and the words shown after it. */
    record Item(String value, String text) {
    }

    private Popup() {
    }

    /** A list; the first letters typed move to the item that starts with them. */
    static void list(WindowBasedTextGUI gui, String title, List<Item> items, String current, Consumer<String> chosen,
            Runnable closed) {
        BasicWindow w = window(title, closed);
        int width = Math.min(WizardWindow.COLUMNS - 6, items.stream().mapToInt(i -> i.text().length()).max().orElse(10) + 2);
        ActionListBox box = new ActionListBox(new TerminalSize(width, Math.min(items.size(), 14)));
        int selected = 0;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            box.addItem(Text.fit(item.text(), width - 1), () -> {
                w.close();
                chosen.accept(item.value());
            });
            if (item.value().equals(current)) {
                selected = i;
            }
        }
        box.setSelectedIndex(selected);
        w.setComponent(box);
        gui.addWindow(w);
        gui.setActiveWindow(w);
        w.setFocusedInteractable(box);
    }

    /** A page of text that the arrows and PageDown scroll. */
    static void page(WindowBasedTextGUI gui, String title, List<String> lines, boolean mono, Runnable closed) {
        BasicWindow w = window(title, closed);
        Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
        TextBox text = new TextBox(new TerminalSize(WizardWindow.COLUMNS - 8, Math.min(lines.size(), 16)),
                String.join("\n", lines), TextBox.Style.MULTI_LINE);
        text.setReadOnly(true);
        if (mono) {
            text.setTheme(io.edgesite.tui.terminal.Themes.readOnlyMono());
        }
        panel.addComponent(text);
        panel.addComponent(new Label("Esc or Enter closes this page."));
        w.setComponent(panel);
        gui.addWindow(w);
        gui.setActiveWindow(w);
        w.setFocusedInteractable(text);
        w.addWindowListener(new WindowListenerAdapter() {
            @Override
            public void onInput(Window window, KeyStroke key, AtomicBoolean deliver) {
                if (key.getKeyType() == KeyType.Enter) {
                    deliver.set(false);
                    close(window, closed);
                }
            }
        });
    }

    private static BasicWindow window(String title, Runnable closed) {
        BasicWindow w = new BasicWindow(title);
        w.setHints(List.of(Window.Hint.CENTERED, Window.Hint.MODAL));
        w.addWindowListener(new WindowListenerAdapter() {
            @Override
            public void onInput(Window window, KeyStroke key, AtomicBoolean deliver) {
                if (key.getKeyType() == KeyType.Escape) {
                    deliver.set(false);
                    close(window, closed);
                }
            }

            @Override
            public void onUnhandledInput(Window window, KeyStroke key, AtomicBoolean handled) {
                handled.set(true);
            }
        });
        return w;
    }

    private static void close(Window w, Runnable closed) {
        w.close();
        closed.run();
    }
}
