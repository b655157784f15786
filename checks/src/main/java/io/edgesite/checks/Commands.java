package io.edgesite.checks;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the host's tools (ethtool, ip, systemctl); tests give canned output instead. */
@FunctionalInterface
public interface Commands {
    /** What a command printed and how it ended; {@code missing} when the program is not installed. */
    record Output(int exit, String out, String err, boolean missing) {
        public static Output notInstalled(String program) {
            return new Output(127, "", program + ": not installed", true);
        }

        public boolean ok() {
            return exit == 0 && !missing;
        }
    }

    Output run(Duration timeout, List<String> argv);

    /** The real system: PATH plus the sbin directories, where ethtool and ip live. */
    static Commands system() {
        return (timeout, argv) -> {
            String program = find(argv.get(0));
            if (program == null) {
                return Output.notInstalled(argv.get(0));
            }
            List<String> command = new java.util.ArrayList<>(argv);
            command.set(0, program);
            try {
                Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .start();
                CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
                CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
                if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly();
                    return new Output(124, "", argv.get(0) + ": no answer within " + timeout.toMillis() + " ms", false);
                }
                return new Output(p.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
                        new String(err.join(), StandardCharsets.UTF_8), false);
            } catch (IOException e) {
                return new Output(126, "", argv.get(0) + ": " + e.getMessage(), false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Output(124, "", argv.get(0) + ": interrupted", false);
            }
        };
    }

    /**
     * A fixture host's tools: the output of a command line is the file {@code DIR/commands/<command line>}
     * (its exit code in the same name with {@code .exit}, 0 when absent); a command without a file is not
     * installed there. Nothing runs.
     */
    static Commands fixtures(io.edgesite.checks.host.HostRoot root) {
        return (timeout, argv) -> {
            String line = String.join(" ", argv);
            java.util.Optional<String> out = root.readRaw("/commands/" + line);
            if (out.isEmpty()) {
                return new Output(127, "", argv.get(0) + ": no output for `" + line + "` under commands/", true);
            }
            int exit = root.read("/commands/" + line + ".exit").map(String::strip).filter(x -> x.matches("\\d{1,3}"))
                    .map(Integer::parseInt).orElse(0);
            return new Output(exit, out.get(), "", false);
        };
    }

    private static byte[] readAll(java.io.InputStream in) {
        try (in) {
            return in.readNBytes(1 << 20);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static String find(String name) {
        if (name.contains("/")) {
            return new File(name).canExecute() ? name : null;
        }
        String path = System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/sbin:/usr/bin:/bin";
        for (String dir : path.split(":")) {
            if (!dir.isEmpty() && new File(dir, name).canExecute()) {
                return new File(dir, name).getPath();
            }
        }
        return null;
    }
}
