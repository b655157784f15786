package io.edgesite.tui.terminal;

import com.googlecode.lanterna.TerminalSize;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Saves the tty settings, switches to raw input and measures the kernel's size in one {@code stty} run,
 * on a thread of its own: the JVM's first process start costs about 20 ms, which the wizard spends
 * building its first screen meanwhile.
 */
public final class TtySetup {
    /** The launcher's hand-over of a tty it already set up. */
    static final String HANDOVER = "EDGE_SITE_TTY";
    private final FutureTask<Result> run;
    private volatile boolean adopted;
    private final AtomicBoolean released = new AtomicBoolean();

    private TtySetup(FutureTask<Result> run) {
        this.run = run;
    }

    /**
     * Raw input as the wizard reads it: no line editing, no echo, and Ctrl-C, Ctrl-Z and Ctrl-\ as keys (the
     * wizard asks before quitting, suspends cleanly, and never lets the JVM print its threads on the screen).
     * The packaged launcher sets the same.
     */
    public static final String RAW = "-icanon min 1 -echo intr undef susp undef quit undef";

    /**
     * Starts the stty run now, unless the launcher did it and handed over the saved settings and the
     * size ({@code EDGE_SITE_TTY="<stty -g> <rows> <cols>"}); {@link #release()} undoes it if no
     * terminal ever takes it over.
     */
    public static TtySetup start(Map<String, String> env) {
        String handedOver = env.getOrDefault(HANDOVER, "").strip();
        FutureTask<Result> task = new FutureTask<>(handedOver.isEmpty()
                ? () -> Result.of(stty("stty -g && stty " + RAW + " && stty size"))
                : () -> Result.of(handedOver));
        if (handedOver.isEmpty()) {
            Thread thread = new Thread(task, "tty-setup");
            thread.setDaemon(true);
            thread.start();
        } else {
            task.run();
        }
        TtySetup setup = new TtySetup(task);
        // SIGTERM or SIGHUP before a terminal adopts the settings must not leave the tty raw
        Runtime.getRuntime().addShutdownHook(new Thread(setup::release, "tty-release"));
        return setup;
    }

    /** The saved settings and the kernel's size (null when it has none, as on a serial line). */
    record Result(String saved, TerminalSize size) {
        /** From "settings rows cols", whether on one line (the hand-over) or two (stty's output). */
        static Result of(String text) {
            String[] parts = text.strip().split("\\s+", 2);
            return new Result(parts[0], parts.length > 1 ? EdgeTerminal.parseSize(parts[1]) : null);
        }
    }

    /** Waits for the stty run; from here the terminal that called this restores the settings. */
    Result adopt() throws IOException {
        adopted = true;
        return await();
    }

    /** Puts the saved settings back when the wizard ended before its terminal took them over. */
    public void release() {
        if (adopted || released.getAndSet(true)) {
            return;
        }
        try {
            String saved = await().saved();
            if (!saved.isEmpty()) {
                stty("stty " + saved);
            }
        } catch (IOException e) {
            // nothing was changed, or nothing more can be done
        }
    }

    private Result await() throws IOException {
        try {
            return run.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while setting up the terminal", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException("stty failed", e.getCause());
        }
    }

    /** Runs a shell snippet with the controlling terminal as its input; returns what it printed. */
    static String stty(String script) throws IOException {
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
