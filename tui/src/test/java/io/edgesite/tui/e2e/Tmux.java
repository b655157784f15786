package io.edgesite.tui.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A real terminal emulator for end-to-end runs: a tmux session on its own socket, typed into and read back. */
final class Tmux implements AutoCloseable {
    private final String socket;
    private final String session = "e2e";

    Tmux(String socket) {
        this.socket = socket;
    }

    static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + command);
        }
        return out;
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        return run(cmd);
    }

    /** Starts {@code shellCommand} in a new session of the given size; the pane stays after it exits. */
    void start(String shellCommand, int cols, int rows) throws IOException, InterruptedException {
        tmux("-f", "/dev/null", "new-session", "-d", "-s", session, "-x", Integer.toString(cols), "-y",
                Integer.toString(rows), "bash --norc --noprofile");
        tmux("set-option", "-t", session, "remain-on-exit", "on");
        tmux("set-option", "-g", "status", "off");
        type(shellCommand);
        keys("Enter");
    }

    void keys(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    void type(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", session, "-l", text);
    }

    String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-t", session);
    }

    /** The screen with each cell's colours and attributes, as escape sequences. */
    String screenWithAttributes() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-e", "-t", session);
    }

    void resize(int cols, int rows) throws IOException, InterruptedException {
        tmux("resize-window", "-t", session, "-x", Integer.toString(cols), "-y", Integer.toString(rows));
    }

    /** Waits until the screen shows {@code text}; fails with the screen when it never does. */
    String await(String text) throws IOException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String screen = "";
        while (System.nanoTime() < end) {
            screen = screen();
            if (screen.contains(text)) {
                return screen;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("never saw \"" + text + "\" on the screen:\n" + screen);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        tmux("kill-server");
    }
}
