package io.edgesite.tui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real launcher in tmux at 80x24, as an operator at a console, a serial line or an SSH session. */
class WizardTmuxIT {
    static final Path LAUNCHER = Path.of("..", "edge-site").toAbsolutePath().normalize();
    static final Path EXAMPLE = Path.of("..", "examples", "single-dhcp-vip.yaml").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    String wizard(String env, Path draft, Path output, String answers) {
        return "cd " + dir + " && env " + env + " " + LAUNCHER + " wizard --draft " + draft + " --output " + output
                + (answers == null ? "" : " --answers " + answers) + "; echo EXIT=$?; stty -a | tr '\\n' ' '; echo";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"TERM=linux LANG=C.UTF-8", "TERM=vt100 LANG=C", "TERM=xterm-256color LANG=C.UTF-8"})
    void fullRunWithOverlayWritesWhatRenderWrites(String env) throws Exception {
        Path output = dir.resolve("user-data");
        try (Tmux t = new Tmux("edge-site-e2e-" + ProcessHandle.current().pid() + "-" + env.hashCode())) {
            t.start(wizard(env, dir.resolve("draft.yaml"), output, EXAMPLE.toString()), 80, 24);
            t.await("Step 1 of 8");
            redrawChangesNothing(t);
            t.keys("C-n");
            t.await("Step 2 of 8");
            redrawChangesNothing(t);
            t.keys("C-n");
            t.await("Step 3 of 8");
            redrawChangesNothing(t);
            t.keys("C-n");
            t.await("Step 4 of 8");
            redrawChangesNothing(t);
            t.keys("C-n");
            t.await("Step 5 of 8");
            redrawChangesNothing(t);
            // the help page and back, then a choice stepped right and left again: nothing changes
            t.keys("F1");
            t.await("Help: Cluster Config");
            t.keys("Escape");
            t.await("Step 5 of 8");
            t.keys("Right");
            t.await("pxk-e-fips");
            t.keys("Left");
            // Distribution, Kubernetes, Nodes, CNI, Pod CIDR, Service CIDR, then the overlay toggle
            t.keys("Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Space");
            String cluster = t.await("Overlay CIDR range");
            // the VIP field is replaced: only the overlay's derived VIP is shown
            assertThat(cluster).contains("100.64.192.0/23", " Overlay VIP          100.64.192.1")
                    .doesNotContainPattern("(?m)^ VIP ");
            redrawChangesNothing(t);
            t.keys("C-n");
            t.await("Step 6 of 8");
            // the checks are still running for a moment; the screen is compared once they are done
            t.await("checks done");
            redrawChangesNothing(t);
            t.keys("C-n");
            t.await("Step 7 of 8");
            redrawChangesNothing(t);
            t.keys("C-n");
            t.await("Step 8 of 8");
            redrawChangesNothing(t);
            t.keys("C-n");
            t.await("The files are written");
            t.keys("Enter");
            t.await("EXIT=0");
            String end = t.await("icanon"); // stty's report follows the exit status
            assertThat(end).contains(" icanon ", " echo ").doesNotContain("-icanon");
        }
        Path answers = dir.resolve("answers.yaml");
        Files.writeString(answers, Files.readString(EXAMPLE).replace("  overlay:\n    enabled: false",
                "  overlay:\n    enabled: true\n    cidr: 100.64.192.0/23"));
        Path expected = dir.resolve("expected");
        Process render = new ProcessBuilder(LAUNCHER.toString(), "render", "--answers", answers.toString(), "--output",
                expected.toString(), "--no-cluster").redirectErrorStream(true).start();
        String log = new String(render.getInputStream().readAllBytes());
        assertThat(render.waitFor()).as(log).isZero();
        assertThat(Files.readString(output)).isEqualTo(Files.readString(expected));
    }

    /**
     * Only changes are sent between screens (erased row ends, rewritten gaps): Ctrl-L draws the screen
     * whole, and must find every cell, with its attributes, already as it should be.
     */
    static void redrawChangesNothing(Tmux t) throws Exception {
        Thread.sleep(150);
        String shown = t.screenWithAttributes();
        t.keys("C-l");
        Thread.sleep(400);
        assertThat(cells(t.screenWithAttributes())).isEqualTo(cells(shown));
    }

    /**
     * Each character with the attributes in force on it, without trailing blanks. tmux places attribute
     * codes, and drops trailing blanks, by whether cells were written or erased, which looks the same.
     */
    static String cells(String capture) {
        StringBuilder seen = new StringBuilder();
        java.util.TreeSet<String> attributes = new java.util.TreeSet<>();
        for (int i = 0; i < capture.length(); i++) {
            char c = capture.charAt(i);
            if (c == 0x1b && i + 1 < capture.length() && capture.charAt(i + 1) == '[') {
                int end = capture.indexOf('m', i);
                for (String code : capture.substring(i + 2, end).split(";")) {
                    switch (code) {
                        case "", "0" -> attributes.clear();
                        case "39" -> attributes.removeIf(a -> a.startsWith("3"));
                        case "49" -> attributes.removeIf(a -> a.startsWith("4") && a.length() == 2);
                        case "22" -> attributes.remove("1");
                        case "24" -> attributes.remove("4");
                        case "27" -> attributes.remove("7");
                        default -> attributes.add(code);
                    }
                }
                i = end;
            } else {
                seen.append(c);
                if (c != '\n' && !attributes.isEmpty()) {
                    seen.append(attributes);
                }
            }
        }
        return seen.toString().replaceAll("( (\\[[0-9, ]*\\])?)+\n", "\n");
    }

    @Test
    void resizeReLaysOutAndATooSmallTerminalRecovers() throws Exception {
        try (Tmux t = new Tmux("edge-site-e2e-resize-" + ProcessHandle.current().pid())) {
            t.start(wizard("TERM=xterm-256color LANG=C.UTF-8", dir.resolve("draft.yaml"), dir.resolve("u"), null), 80, 24);
            t.await("Step 1 of 8");
            t.resize(60, 20);
            t.await("Terminal too small: 60x20");
            t.resize(100, 30);
            String big = t.await("Step 1 of 8");
            assertThat(big).doesNotContain("too small");
            t.keys("C-n");
            t.await("Step 2 of 8");
        }
    }

    @ParameterizedTest(name = "SIG{0}")
    @CsvSource({"HUP, 129", "TERM, 143"})
    void aHangUpOrTerminationKeepsTheDraftAndTheNextStartResumesIt(String signal, int status) throws Exception {
        Path draft = dir.resolve("draft.yaml");
        try (Tmux t = new Tmux("edge-site-e2e-" + signal + "-" + ProcessHandle.current().pid())) {
            t.start(wizard("TERM=vt220 LANG=C", draft, dir.resolve("u"), null), 80, 24);
            t.await("Step 1 of 8");
            t.keys("C-n");
            t.await("Step 2 of 8");
            t.keys("Tab", "Tab", "Tab", "Tab");
            t.type("stores-hup");
            t.await("stores-hup");
            // the session drops (SIGHUP) or the system shuts the wizard down (SIGTERM)
            String pids = Tmux.run(List.of("pgrep", "-f", "--", "--draft " + draft));
            for (String pid : pids.strip().split("\\s+")) {
                Tmux.run(List.of("kill", "-" + signal, pid));
            }
            // 128 + the signal's number; the command line itself shows "EXIT=$?", never a number
            t.await("EXIT=" + status);
            String after = t.await("icanon"); // stty's report follows the exit status
            assertThat(after).contains(" icanon ").doesNotContain("-icanon");
            assertThat(Files.readString(draft)).contains("registration.projectName: stores-hup");

            t.keys("clear", "Enter");
            t.type(wizard("TERM=vt220 LANG=C", draft, dir.resolve("u"), null));
            t.keys("Enter");
            t.await("Resume draft");
            t.keys("Enter");
            String resumed = t.await("Step 2 of 8");
            assertThat(resumed).contains("stores-hup");
        }
    }
}
