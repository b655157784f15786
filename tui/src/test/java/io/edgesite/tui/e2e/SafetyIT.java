package io.edgesite.tui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher in tmux, as an unlucky or careless operator would have it: two wizards on one draft, Ctrl-Z
 * and fg in a shell, a crash, typing watched by strace.
 */
class SafetyIT {
    static final Path LAUNCHER = Path.of("..", "edge-site").toAbsolutePath().normalize();
    static final String CANARY = "Canary-3c81f";

    @TempDir
    Path dir;

    String tmuxName(String what) {
        return "edge-site-safety-" + ProcessHandle.current().pid() + "-" + what;
    }

    /** The wizard from the checkout launcher, its state under this test's folder. */
    String wizard(String... extra) {
        return "cd " + dir + " && env TERM=xterm-256color LANG=C.UTF-8 XDG_STATE_HOME=" + dir.resolve("state") + " "
                + LAUNCHER + " wizard --output " + dir.resolve("user-data") + " " + String.join(" ", extra);
    }

    /** The JVM of the wizard started for this test (its draft folder is this test's). */
    long jvm() throws Exception {
        for (int i = 0; i < 100; i++) {
            String out = Tmux.run(List.of("pgrep", "-f", "edge-site.jar wizard --output " + dir.resolve("user-data")));
            List<Long> pids = out.lines().filter(l -> l.matches("\\d+")).map(Long::parseLong)
                    .filter(p -> ProcessHandle.of(p).flatMap(h -> h.info().command()).orElse("").endsWith("java")).toList();
            if (!pids.isEmpty()) {
                return pids.get(0);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no wizard JVM found");
    }

    @Test
    void aSecondWizardOnTheSameDraftSaysWhoHoldsItAndTakesASeparateOne() throws Exception {
        try (Tmux first = new Tmux(tmuxName("a")); Tmux second = new Tmux(tmuxName("b"))) {
            first.start(wizard(), 80, 24);
            first.await("Step 1 of 8");
            first.keys("C-n");
            first.await("Step 2 of 8");
            second.start(wizard(), 80, 24);
            String held = second.await("The draft is in use by process ");
            assertThat(held).contains("Use a separate draft", "Read only");
            second.keys("Enter");
            second.keys("C-n");
            second.await("Step 2 of 8");
            second.type("x");
            // each has a draft of its own: the first's is not overwritten by the second's keystrokes
            for (int i = 0; i < 40 && !Files.exists(dir.resolve("state/edge-site/draft-2.yaml")); i++) {
                Thread.sleep(50);
            }
            assertThat(dir.resolve("state/edge-site/draft-2.yaml")).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("state/edge-site"))))
                    .isEqualTo("rwx------");
        }
    }

    @Test
    void ctrlZSuspendsCleanlyAndFgRedrawsAndTypes() throws Exception {
        try (Tmux t = new Tmux(tmuxName("z"))) {
            t.start(wizard(), 80, 24);
            t.await("Step 1 of 8");
            t.keys("C-n");
            t.await("Step 2 of 8");
            t.keys("C-z");
            t.await("Stopped");
            // the shell's terminal is as it was: its own line editing and echo
            t.type("stty -a | tr ' ' '\\n' | grep -x -e icanon -e echo | tr '\\n' ' '; echo MODE-\"DONE\"");
            t.keys("Enter");
            assertThat(t.await("MODE-DONE")).contains("icanon echo MODE-DONE");
            t.type("fg");
            t.keys("Enter");
            String back = t.await("Step 2 of 8");
            assertThat(back).contains("Registration", "Tab/arrows move");
            // Ctrl-\ does nothing visible; typing goes into the field again
            t.keys("C-\\\\");
            t.keys("Tab", "Tab", "Tab", "Tab");
            t.type("zz-typed");
            assertThat(t.await("zz-typed")).doesNotContain("Full thread dump");
        }
    }

    @Test
    void theWizardsJvmDumpsNoCoreAndACrashReportOnlyItsUserCanRead() throws Exception {
        try (Tmux t = new Tmux(tmuxName("c"))) {
            t.start(wizard() + "; echo EXIT=$?; stty -a | tr '\\n' ' '; echo", 80, 24);
            t.await("Step 1 of 8");
            long pid = jvm();
            String limits = Files.readString(Path.of("/proc/" + pid + "/limits"));
            assertThat(limits.lines().filter(l -> l.startsWith("Max core file size")).findFirst().orElseThrow())
                    .matches("Max core file size\\s+0\\s+0\\s+bytes\\s*");
            t.keys("C-n");
            t.await("Step 2 of 8");
            t.type(CANARY);
            Tmux.run(List.of("kill", "-SEGV", Long.toString(pid)));
            String end = t.await("EXIT=");
            // the launcher restored the tty whatever became of the JVM
            assertThat(end).contains(" icanon ", " echo ");
            Path state = dir.resolve("state/edge-site");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state))).isEqualTo("rwx------");
            List<Path> reports;
            try (Stream<Path> s = Files.list(state)) {
                reports = s.filter(p -> p.getFileName().toString().startsWith("hs_err_pid")).toList();
            }
            assertThat(reports).hasSize(1);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(reports.get(0)))).isEqualTo("rw-------");
            try (Stream<Path> s = Files.list(dir)) {
                assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("hs_err") || n.startsWith("core"));
            }
        }
    }

    @Test
    void typingIsSavedOffTheUiThreadAFewTimesNotAtEveryKey() throws Exception {
        try (Tmux t = new Tmux(tmuxName("s"))) {
            t.start(wizard(), 80, 24);
            t.await("Step 1 of 8");
            t.keys("C-n");
            t.await("Step 2 of 8");
            long pid = jvm();
            Path trace = dir.resolve("strace.txt");
            Process strace = new ProcessBuilder("strace", "-f", "-e", "trace=fsync,fdatasync", "-o", trace.toString(), "-p",
                    Long.toString(pid)).redirectErrorStream(true).start();
            Thread.sleep(700);
            t.keys("Tab", "Tab", "Tab", "Tab");
            for (int i = 0; i < 40; i++) {
                t.type(Character.toString('a' + i % 26));
            }
            Thread.sleep(1200);
            strace.destroy();
            strace.waitFor();
            List<String> calls = Files.readAllLines(trace).stream().filter(l -> l.matches("\\d+\\s+f(data)?sync\\(.*"))
                    .toList();
            // 40 keys: before, two fsyncs each on the UI thread; now a save per quiet moment, by the saver
            assertThat(calls).isNotEmpty().hasSizeLessThanOrEqualTo(12);
            for (String call : calls) {
                String tid = call.split("\\s+")[0];
                Path comm = Path.of("/proc/" + pid + "/task/" + tid + "/comm");
                if (Files.exists(comm)) {
                    assertThat(Files.readString(comm).strip()).as(call).isEqualTo("draft-saver");
                }
            }
        }
    }

    @Test
    void theConsoleModeIgnoresCtrlZ() throws Exception {
        try (Tmux t = new Tmux(tmuxName("k"))) {
            t.start(wizard("--console") + "; echo EXIT=$?", 80, 24);
            t.await("Step 1 of 8");
            t.keys("C-z");
            Thread.sleep(500);
            assertThat(t.screen()).doesNotContain("Stopped").contains("Step 1 of 8");
        }
    }
}
