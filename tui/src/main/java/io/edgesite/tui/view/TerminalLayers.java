package io.edgesite.tui.view;

import com.googlecode.lanterna.terminal.Terminal;

/** The layers edge-site puts between Lanterna and a terminal, for the console and for measurements alike. */
public final class TerminalLayers {
    private TerminalLayers() {
    }

    /** Wraps a terminal so only state changes are sent (see {@link LeanTerminal}). */
    public static Terminal lean(Terminal terminal) {
        return new LeanTerminal(terminal);
    }
}
