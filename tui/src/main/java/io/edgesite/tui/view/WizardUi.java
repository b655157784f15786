package io.edgesite.tui.view;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.SameTextGUIThread;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.terminal.Terminal;
import io.edgesite.tui.terminal.Themes;
import io.edgesite.tui.wizard.WizardSession;
import java.io.IOException;

/** The wizard's window on a Lanterna screen, stepped by its driver: the console's loop, or a test's keystrokes. */
public final class WizardUi {
    private final WizardSession session;
    private final boolean mono;
    private final boolean ascii;
    private WizardWindow prepared;
    private volatile TerminalSize pendingResize;

    public WizardUi(WizardSession session, boolean mono) {
        this(session, mono, mono);
    }

    /** @param ascii the terminal takes ASCII only (its scroll bars are drawn with ASCII) */
    public WizardUi(WizardSession session, boolean mono, boolean ascii) {
        this.session = session;
        this.mono = mono;
        this.ascii = ascii;
    }

    /** Lays out the first screen before the terminal is ready (it starts at 80x24). */
    public void prepare() {
        prepared = new WizardWindow(session, mono);
    }

    /** Puts the wizard's window on a screen; the caller drives it with {@link Session#step()}. */
    public Session start(Screen screen, Terminal terminal) throws IOException {
        MultiWindowTextGUI gui = new MultiWindowTextGUI(new SameTextGUIThread.Factory(), screen);
        gui.setTheme(Themes.of(mono, ascii));
        WizardWindow window = prepared != null ? prepared : new WizardWindow(session, mono);
        prepared = null;
        window.resizedIfChanged(screen.getTerminalSize());
        terminal.addResizeListener((t, size) -> pendingResize = size);
        gui.addWindow(window.window());
        gui.updateScreen();
        return new Session(gui, screen, window);
    }

    /** Asks for a layout at this size on the next step (Ctrl-L measured the terminal again). */
    public void resize(TerminalSize size) {
        pendingResize = size;
    }

    /** One running wizard window. */
    public final class Session {
        private final MultiWindowTextGUI gui;
        private final Screen screen;
        private final WizardWindow window;

        Session(MultiWindowTextGUI gui, Screen screen, WizardWindow window) {
            this.gui = gui;
            this.screen = screen;
            this.window = window;
        }

        /** Handles pending input and redraws; false when there was nothing to do. */
        public boolean step() throws IOException {
            TerminalSize resized = pendingResize;
            if (resized != null) {
                pendingResize = null;
                screen.doResizeIfNecessary();
                window.resized(resized);
            }
            boolean busy = gui.getGUIThread().processEventsAndUpdate();
            if (window.settle()) {
                gui.updateScreen();
            }
            return busy || resized != null;
        }

        public WizardWindow window() {
            return window;
        }
    }
}
