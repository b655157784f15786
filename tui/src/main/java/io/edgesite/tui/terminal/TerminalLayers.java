package io.edgesite.tui.terminal;

import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;

/** The layers edge-site puts between Lanterna and a terminal, for the console and for measurements alike. */
public final class TerminalLayers {
    private TerminalLayers() {
    }

    /** Wraps a terminal so only state changes are sent (see {@link LeanTerminal}). */
    public static Terminal lean(Terminal terminal) {
        return new LeanTerminal(terminal);
    }

    /** A screen on a terminal from {@link #lean}: blank row ends are erased, not overwritten (see {@link LeanScreen}). */
    public static TerminalScreen screen(Terminal lean) throws IOException {
        return new LeanScreen((LeanTerminal) lean);
    }
}
