package io.edgesite.tui.view;

import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import io.edgesite.tui.terminal.EdgeTerminal;
import io.edgesite.tui.terminal.TerminalLayers;
import io.edgesite.tui.terminal.TerminalOptions;
import io.edgesite.tui.terminal.TtySetup;
import io.edgesite.tui.wizard.WizardSession;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Runs the wizard on this process's terminal, and leaves the terminal as it found it however the run ends. */
public final class ConsoleRunner {
    private static boolean restored;

    private ConsoleRunner() {
    }

    /** Runs until the operator quits; returns the exit code: 0 when the files were written, 1 when not. */
    public static int run(WizardSession session, TerminalOptions options, TtySetup setup) throws IOException {
        WizardUi ui = new WizardUi(session, options.mono(),
                options.charset().equals(java.nio.charset.StandardCharsets.US_ASCII));
        ui.prepare(); // the first screen is laid out while stty runs
        OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        InputStream in = new FileInputStream(FileDescriptor.in);
        EdgeTerminal tty = new EdgeTerminal(in, out, options.charset(), options.size(), setup);
        Terminal terminal = TerminalLayers.lean(tty);
        TerminalScreen screen = TerminalLayers.screen(terminal);
        Thread restore = new Thread(() -> restore(screen, terminal));
        Runtime.getRuntime().addShutdownHook(restore);
        restored = false;
        try {
            screen.startScreen();
            screen.setCursorPosition(null);
            WizardUi.Session s = ui.start(screen, terminal);
            s.window().onRedraw(() -> {
                tty.askTerminalNextTime();
                try {
                    ui.resize(terminal.getTerminalSize());
                    screen.refresh(Screen.RefreshType.COMPLETE);
                } catch (IOException e) {
                    // keep the current layout
                }
            });
            if (options.suspendable()) {
                s.window().onSuspend(() -> suspend(screen, terminal, tty, ui));
            }
            while (session.running()) {
                if (!s.step()) {
                    sleep();
                }
            }
            return session.written() ? 0 : 1;
        } finally {
            restore(screen, terminal);
            try {
                Runtime.getRuntime().removeShutdownHook(restore);
            } catch (IllegalStateException shuttingDown) {
                // already on the way out: the hook does the same
            }
        }
    }

    /**
     * Ctrl-Z: the screen cleared and the tty as it was, the process stopped as the shell's job control stops
     * it; after fg, raw input again and the whole screen drawn anew.
     */
    private static void suspend(TerminalScreen screen, Terminal terminal, EdgeTerminal tty, WizardUi ui) {
        try {
            terminal.clearScreen();
            terminal.setCursorPosition(0, 0);
            terminal.setCursorVisible(true);
            terminal.flush();
            tty.suspend();
            // the whole job stops (the launcher script too), so that the shell sees it stopped and gets the terminal
            Process stop = new ProcessBuilder("kill", "-TSTP", "--", "-" + processGroup()).start();
            stop.waitFor();
            // stopped here until the shell continues this job
            tty.resume();
            terminal.setCursorVisible(false);
            tty.askTerminalNextTime();
            ui.resize(terminal.getTerminalSize());
            screen.refresh(Screen.RefreshType.COMPLETE);
        } catch (IOException e) {
            // the terminal went away while stopped: the next step finds out
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** This process's group, the shell's job: the fifth field of /proc/self/stat, after the command's name. */
    private static long processGroup() throws IOException {
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[2]);
    }

    private static void sleep() {
        try {
            // 10 ms keeps an idle wizard near 0 % CPU and still feels instant
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void restore(TerminalScreen screen, Terminal terminal) {
        // Runs from the finally block and from the shutdown hook (SIGTERM, SIGHUP): only once.
        synchronized (ConsoleRunner.class) {
            if (restored) {
                return;
            }
            restored = true;
        }
        try {
            screen.clear();
            screen.refresh(Screen.RefreshType.COMPLETE);
            screen.stopScreen();
            terminal.clearScreen();
            terminal.setCursorPosition(0, 0);
            terminal.setCursorVisible(true);
            terminal.flush();
            terminal.close();
        } catch (IOException | RuntimeException e) {
            // the terminal is gone (SIGHUP): nothing left to restore
        }
    }
}
