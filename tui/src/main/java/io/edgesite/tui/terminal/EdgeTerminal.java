package io.edgesite.tui.terminal;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * A Unix terminal that learns its size from the kernel ({@code stty size}) or from an override, and
 * falls back to 80x24 at once instead of waiting seconds for a serial terminal that never answers.
 * The tty settings are saved, raw input set and the size measured by a {@link TtySetup} started earlier.
 */
public final class EdgeTerminal extends UnixTerminal implements LineEraser {
    // Set while the superclass constructor runs (it acquires the terminal), so these have no initialisers.
    private String saved;
    private volatile TerminalSize known;
    private boolean rawAtStart;
    private final TerminalSize override;
    private volatile boolean askTerminal;
    // static hand-over: the superclass constructor asks for the settings before any field is set
    private static final ThreadLocal<TtySetup> SETUP = new ThreadLocal<>();

    public EdgeTerminal(InputStream in, OutputStream out, Charset charset, TerminalSize override, TtySetup setup)
            throws IOException {
        super(in, out, handOver(setup, charset), CtrlCBehaviour.TRAP);
        SETUP.remove();
        this.override = override;
    }

    private static Charset handOver(TtySetup setup, Charset charset) {
        SETUP.set(setup);
        return charset;
    }

    @Override
    public void eraseToEndOfLine() throws IOException {
        writeToTerminal((byte) 0x1b, (byte) '[', (byte) 'K');
    }

    /** The next measurement is made afresh (Ctrl-L); without a kernel size, by asking the terminal itself. */
    public void askTerminalNextTime() {
        known = null;
        askTerminal = true;
    }

    @Override
    protected void saveTerminalSettings() throws IOException {
        // Raw input as Lanterna sets it (no line editing, no echo, Ctrl-C as a key), then the kernel's size.
        TtySetup.Result result = SETUP.get().adopt();
        saved = result.saved();
        rawAtStart = true;
        known = result.size();
    }

    /** Gives the tty its saved settings back for a while (Ctrl-Z); {@link #resume()} takes it over again. */
    public void suspend() throws IOException {
        restoreTerminalSettings();
    }

    /** Raw input again after the shell's fg. */
    public void resume() throws IOException {
        TtySetup.stty("stty " + TtySetup.RAW);
    }

    @Override
    protected void restoreTerminalSettings() throws IOException {
        if (saved != null && !saved.isEmpty()) {
            TtySetup.stty("stty " + saved);
        }
    }

    @Override
    protected void canonicalMode(boolean enabled) throws IOException {
        if (enabled || !rawAtStart) {
            super.canonicalMode(enabled);
        }
    }

    @Override
    protected void keyEchoEnabled(boolean enabled) throws IOException {
        if (enabled || !rawAtStart) {
            super.keyEchoEnabled(enabled);
        }
    }

    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
        if (enabled || !rawAtStart) {
            super.keyStrokeSignalsEnabled(enabled);
        }
    }

    @Override
    protected void registerTerminalResizeListener(Runnable onResize) throws IOException {
        // The size is measured again only when the kernel says it changed (SIGWINCH). Registered
        // directly: Lanterna's own way builds a reflective proxy, milliseconds before the first frame.
        sun.misc.Signal.handle(new sun.misc.Signal("WINCH"), signal -> {
            known = null;
            onResize.run();
        });
    }

    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        if (override != null) {
            return override;
        }
        boolean ask = askTerminal;
        askTerminal = false;
        TerminalSize size = known;
        if (size == null) {
            try {
                size = parseSize(runSTTYCommand("size"));
            } catch (IOException | RuntimeException e) {
                size = null;
            }
            if (size == null && ask) {
                // no kernel size (a serial line): the far end's terminal may tell, up to Lanterna's 5 s
                size = super.findTerminalSize();
            }
            known = size;
        }
        // no size from either: the classic size, right away
        return size != null ? size : TerminalOptions.CLASSIC_SIZE;
    }

    @Override
    protected void writeToTerminal(byte... bytes) throws IOException {
        super.writeToTerminal(bytes);
        // a cursor position query (CSI 6n) must reach the terminal before its answer is awaited
        int n = bytes.length;
        if (n >= 4 && bytes[n - 1] == 'n' && bytes[n - 2] == '6' && bytes[n - 3] == '[' && bytes[n - 4] == 0x1b) {
            flush();
        }
    }

    /** "rows cols" as stty prints it; null when it is not a usable size. */
    static TerminalSize parseSize(String text) {
        String[] rc = text.strip().split("\\s+");
        try {
            int rows = Integer.parseInt(rc[0]);
            int cols = rc.length > 1 ? Integer.parseInt(rc[1]) : 0;
            return rows > 0 && cols > 0 ? new TerminalSize(cols, rows) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
