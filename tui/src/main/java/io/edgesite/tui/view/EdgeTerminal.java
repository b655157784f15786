package io.edgesite.tui.view;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * A Unix terminal that learns its size from the kernel ({@code stty size}) or from an override, and
 * falls back to 80x24 at once instead of waiting seconds for a serial terminal that never answers.
 */
final class EdgeTerminal extends UnixTerminal {
    private final TerminalSize override;
    private volatile boolean askTerminal;

    EdgeTerminal(InputStream in, OutputStream out, Charset charset, TerminalSize override) throws IOException {
        super(in, out, charset, CtrlCBehaviour.TRAP);
        this.override = override;
    }

    /** The next measurement asks the terminal itself (Ctrl-L), which a serial line may need. */
    void askTerminalNextTime() {
        askTerminal = true;
    }

    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        if (override != null) {
            return override;
        }
        if (askTerminal) {
            askTerminal = false;
            return super.findTerminalSize();
        }
        try {
            String[] rc = runSTTYCommand("size").trim().split("\\s+");
            int rows = Integer.parseInt(rc[0]);
            int cols = Integer.parseInt(rc[1]);
            if (rows > 0 && cols > 0) {
                return new TerminalSize(cols, rows);
            }
        } catch (IOException | RuntimeException e) {
            // no kernel size (a serial line): the classic size, right away
        }
        return new TerminalSize(WizardView.MIN_COLUMNS, WizardView.MIN_ROWS);
    }
}
