package io.edgesite.tui.view;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A Unix terminal that learns its size from the kernel ({@code stty size}) or from an override, and
 * falls back to 80x24 at once instead of waiting seconds for a serial terminal that never answers.
 * It saves the tty settings, switches to raw input and measures the size in one {@code stty} run:
 * each process the JVM starts costs milliseconds before the first frame.
 */
final class EdgeTerminal extends UnixTerminal {
    // Set while the superclass constructor runs (it acquires the terminal), so these have no initialisers.
    private String saved;
    private volatile TerminalSize known;
    private boolean rawAtStart;
    private final TerminalSize override;
    private volatile boolean askTerminal;

    EdgeTerminal(InputStream in, OutputStream out, Charset charset, TerminalSize override) throws IOException {
        super(in, out, charset, CtrlCBehaviour.TRAP);
        this.override = override;
    }

    /** The next measurement asks the terminal itself (Ctrl-L), which a serial line may need. */
    void askTerminalNextTime() {
        known = null;
        askTerminal = true;
    }

    @Override
    protected void saveTerminalSettings() throws IOException {
        // Raw input as Lanterna sets it (no line editing, no echo, Ctrl-C as a key), then the kernel's size.
        String[] lines = stty("stty -g && stty -icanon min 1 -echo intr undef && stty size").split("\n");
        saved = lines[0].strip();
        rawAtStart = true;
        known = lines.length > 1 ? parseSize(lines[1]) : null;
    }

    @Override
    protected void restoreTerminalSettings() throws IOException {
        if (saved != null && !saved.isEmpty()) {
            stty("stty " + saved);
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
        // The size is measured again only when the kernel says it changed (SIGWINCH).
        super.registerTerminalResizeListener(() -> {
            known = null;
            onResize.run();
        });
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
        TerminalSize size = known;
        if (size == null) {
            try {
                size = parseSize(runSTTYCommand("size"));
            } catch (IOException | RuntimeException e) {
                size = null;
            }
            known = size;
        }
        // no kernel size (a serial line): the classic size, right away
        return size != null ? size : new TerminalSize(WizardView.MIN_COLUMNS, WizardView.MIN_ROWS);
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

    private static String stty(String script) throws IOException {
        Process p = new ProcessBuilder("/bin/sh", "-c", script)
                .redirectInput(new File("/dev/tty"))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while setting up the terminal", e);
        }
    }
}
