package io.edgesite.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tarball and the .deb as an operator gets them: unpacked, run without any Java on the machine. */
class PackageIT {
    static final Path TARGET = Path.of("target").toAbsolutePath();
    static final Path EXAMPLE = Path.of("..", "examples", "static-multi-nic-overlay.yaml").toAbsolutePath().normalize();
    static final Path GOLDEN = Path.of("..", "render", "src", "test", "resources", "golden",
            "static-multi-nic-overlay.user-data").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(List<String> command, Map<String, String> env, Path cwd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        if (env != null) {
            pb.environment().clear();
            pb.environment().putAll(env);
        }
        Process p = pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out, err);
    }

    static Path tarball() throws IOException {
        try (Stream<Path> s = Files.list(TARGET)) {
            return s.filter(p -> p.getFileName().toString().matches("edge-site-.*-linux-.*\\.tar\\.gz")).findFirst().orElseThrow();
        }
    }

    /**
     * A PATH with only the tools the launcher and tmux's shell use, and no java: the image must bring its own.
     */
    Map<String, String> withoutJava() throws Exception {
        Path tools = dir.resolve("tools");
        Files.createDirectories(tools);
        for (String t : List.of("sh", "bash", "readlink", "dirname", "mkdir", "rm", "stty", "cat", "env", "tr", "clear")) {
            Path real = Path.of("/usr/bin", t);
            if (!Files.exists(real)) {
                real = Path.of("/bin", t);
            }
            Files.createSymbolicLink(tools.resolve(t), real);
        }
        Map<String, String> env = new java.util.HashMap<>();
        env.put("PATH", tools.toString());
        env.put("HOME", dir.toString());
        env.put("LANG", "C.UTF-8");
        Run which = run(List.of("/usr/bin/sh", "-c", "command -v java || echo none"), env, dir);
        assertThat(which.out().strip()).isEqualTo("none");
        return env;
    }

    Path unpack() throws Exception {
        Path into = dir.resolve("unpacked");
        Files.createDirectories(into);
        assertThat(run(List.of("tar", "-xzf", tarball().toString(), "-C", into.toString()), null, dir).code()).isZero();
        return into.resolve("edge-site");
    }

    @Test
    void theTarballRunsWithNoJavaOnTheMachine() throws Exception {
        Path home = unpack();
        Map<String, String> env = withoutJava();
        String launcher = home.resolve("bin/edge-site").toString();
        Run help = run(List.of(launcher, "--help"), env, dir);
        assertThat(help.code()).as(help.err()).isZero();
        assertThat(help.out()).contains("render", "lint", "check", "probe");
        Path out = dir.resolve("user-data");
        Run render = run(List.of(launcher, "render", "--answers", EXAMPLE.toString(), "--output", out.toString()), env, dir);
        assertThat(render.code()).as(render.err()).isZero();
        assertThat(Files.readString(out)).isEqualTo(Files.readString(GOLDEN));
        // a JDK 25 runtime carries the AOT cache from the build's training run, and maps it wherever unpacked
        assertThat(Files.getLastModifiedTime(home.resolve("lib/edge-site.jar")))
                .isEqualTo(Files.getLastModifiedTime(TARGET.resolve("image/edge-site/lib/edge-site.jar")));
        int feature = feature(home.resolve("runtime"));
        assertThat(feature).isIn(17, 25);
        assertThat(Files.exists(home.resolve("lib/edge-site.aot"))).isEqualTo(feature >= 25);
        if (feature >= 25) {
            assertTheAotCacheIsUsed(home, env);
        }
    }

    static int feature(Path runtime) throws IOException {
        String release = Files.readString(runtime.resolve("release"));
        String version = release.substring(release.indexOf("JAVA_VERSION=\"") + 14);
        return Integer.parseInt(version.substring(0, version.indexOf('.') > 0 ? version.indexOf('.') : version.indexOf('"')));
    }

    /** The JVM's own log says which AOT cache it opened; AOTMode=on makes one it cannot map fatal. */
    static Run withAotLog(Path home, Map<String, String> env) throws Exception {
        Map<String, String> strict = new java.util.HashMap<>(env);
        strict.put("EDGE_SITE_JAVA_OPTIONS", "-XX:AOTMode=on -Xlog:aot=info");
        return run(List.of(home.resolve("bin/edge-site").toString(), "--version"), strict, home);
    }

    static void assertTheAotCacheIsUsed(Path home, Map<String, String> env) throws Exception {
        Run version = withAotLog(home, env);
        assertThat(version.code()).as(version.out() + version.err()).isZero();
        assertThat(version.out()).contains("Opened AOT cache " + home.resolve("lib/edge-site.aot"), "edge-site 0.1.0");
    }

    @Test
    void fleetCommandsAloneGetHugePagesAndOnlyWhereTheKernelOffersThem() throws Exception {
        Path home = unpack();
        Map<String, String> env = withoutJava();
        env.put("EDGE_SITE_JAVA_OPTIONS", "-XX:+PrintFlagsFinal");
        String offered = Files.readString(Path.of("/sys/kernel/mm/transparent_hugepage/enabled"));
        boolean kernel = offered.contains("[always]") || offered.contains("[madvise]");
        Run fleet = run(List.of(home.resolve("bin/edge-site").toString(), "fleet", "--version"), env, dir);
        assertThat(fleet.code()).as(fleet.err()).isZero();
        assertThat(fleet.out()).containsPattern("UseTransparentHugePages\\s+= " + kernel);
        assertThat(fleet.out() + fleet.err()).doesNotContain("warning");
        Run render = run(List.of(home.resolve("bin/edge-site").toString(), "render", "--version"), env, dir);
        assertThat(render.out()).containsPattern("UseTransparentHugePages\\s+= false");
    }

    @Test
    void aJarReplacedAfterTheCacheWasMadeRunsWithoutIt() throws Exception {
        Path home = unpack();
        Map<String, String> env = withoutJava();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(home.resolve("lib/edge-site.aot")), "a JDK 25 runtime");
        Path jar = home.resolve("lib/edge-site.jar");
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Run version = withAotLog(home, env);
        assertThat(version.code()).as(version.err()).isZero();
        assertThat(version.out()).contains("edge-site 0.1.0").doesNotContain("edge-site.aot");
    }

    @Test
    void aBuildMachineWithOnlyJdk17MakesAnAppCdsRuntimeThatTheFirstWizardRunRecords() throws Exception {
        Path jdk = Path.of(System.getProperty("java.home"));
        org.junit.jupiter.api.Assumptions.assumeTrue(feature(jdk) == 17, "the build runs on JDK 17");
        Path out = dir.resolve("jdk17");
        Map<String, String> build = new java.util.HashMap<>(System.getenv());
        build.put("EDGE_SITE_RUNTIME_JDK", jdk.toString());
        Run image = run(List.of(Path.of("src/build/image").toAbsolutePath().toString(), "0.1.0",
                TARGET.resolve("image/edge-site/lib/edge-site.jar").toString(), out.toString()), build, dir);
        assertThat(image.code()).as(image.out() + image.err()).isZero();
        Path home = out.resolve("image/edge-site");
        assertThat(feature(home.resolve("runtime"))).isEqualTo(17);
        assertThat(home.resolve("lib/edge-site.aot")).doesNotExist();
        Map<String, String> env = withoutJava();
        Run help = run(List.of(home.resolve("bin/edge-site").toString(), "--version"), env, dir);
        assertThat(help.code()).as(help.err()).isZero();
        String socket = "pkg17-" + ProcessHandle.current().pid();
        try {
            tmux(socket, "-f", "/dev/null", "new-session", "-d", "-s", "p", "-x", "80", "-y", "24", "bash --norc --noprofile");
            tmux(socket, "send-keys", "-t", "p", "-l", "env -i PATH=" + env.get("PATH") + " HOME=" + dir
                    + " TERM=vt220 LANG=C " + home.resolve("bin/edge-site") + " wizard --draft " + dir.resolve("d.yaml")
                    + " --output " + dir.resolve("u") + "; echo EXIT=$?");
            tmux(socket, "send-keys", "-t", "p", "Enter");
            await(socket, "Step 1 of 8");
            tmux(socket, "send-keys", "-t", "p", "C-c");
            await(socket, "Press y to quit");
            tmux(socket, "send-keys", "-t", "p", "y");
            // quitting without writing: exit 1, and it says so
            await(socket, "EXIT=1");
            assertThat(await(socket, "EXIT=1")).contains("edge-site: nothing written");
        } finally {
            run(List.of("tmux", "-L", socket, "kill-server"), null, dir);
        }
        assertThat(home.resolve("lib/edge-site.jsa")).isRegularFile();
    }

    @Test
    void theWizardStartsFromTheTarballInATerminalAndAKilledJvmLeavesTheTtySane() throws Exception {
        Path home = unpack();
        Map<String, String> env = withoutJava();
        String socket = "pkg-" + ProcessHandle.current().pid();
        String command = "env -i PATH=" + env.get("PATH") + " HOME=" + dir + " TERM=xterm-256color LANG=C.UTF-8 "
                + home.resolve("bin/edge-site") + " wizard --draft " + dir.resolve("draft.yaml") + " --output "
                + dir.resolve("u") + "; echo EXIT=$?; stty -a | tr '\\n' ' '; echo; echo DONE";
        try {
            tmux(socket, "-f", "/dev/null", "new-session", "-d", "-s", "p", "-x", "80", "-y", "24", "bash --norc --noprofile");
            tmux(socket, "send-keys", "-t", "p", "-l", command);
            tmux(socket, "send-keys", "-t", "p", "Enter");
            String first = await(socket, "Step 1 of 8");
            assertThat(first).contains("Welcome");
            // the JVM dies without any chance to clean up: the launcher must restore the terminal
            for (ProcessHandle h : ProcessHandle.allProcesses().toList()) {
                if (h.info().command().orElse("").equals(home.resolve("runtime/bin/java").toString())) {
                    h.destroyForcibly();
                }
            }
            String after = await(socket, "DONE");
            assertThat(after).contains("EXIT=137");
            assertThat(after).contains(" icanon ", " echo ").doesNotContain("-icanon", "-echo ");
        } finally {
            run(List.of("tmux", "-L", socket, "kill-server"), null, dir);
        }
    }

    static String tmux(String socket, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        return run(cmd, null, Path.of(".")).out();
    }

    static String await(String socket, String text) throws Exception {
        String screen = "";
        for (int i = 0; i < 300; i++) {
            screen = tmux(socket, "capture-pane", "-p", "-J", "-t", "p");
            if (screen.contains(text)) {
                return screen;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("never showed " + text + "\n" + screen);
    }

    @Test
    void theDebInstallsUnderOptWithItsCommandAndUnitsThatSystemdAccepts() throws Exception {
        Path deb;
        try (Stream<Path> s = Files.list(TARGET)) {
            deb = s.filter(p -> p.getFileName().toString().endsWith(".deb")).findFirst().orElseThrow();
        }
        Run info = run(List.of("dpkg-deb", "--field", deb.toString(), "Package", "Version", "Architecture"), null, dir);
        assertThat(info.out()).contains("Package: edge-site", "Version: 0.1.0", "Architecture: amd64");
        Path root = dir.resolve("root");
        assertThat(run(List.of("dpkg", "-x", deb.toString(), root.toString()), null, dir).code()).isZero();
        assertThat(mode(root.resolve("opt/edge-site/bin/edge-site"))).isEqualTo("rwxr-xr-x");
        assertThat(mode(root.resolve("opt/edge-site/runtime/bin/java"))).isEqualTo("rwxr-xr-x");
        assertThat(mode(root.resolve("opt/edge-site/runtime/lib/jspawnhelper"))).isEqualTo("rwxr-xr-x");
        assertThat(mode(root.resolve("opt/edge-site/lib/edge-site.jar"))).isEqualTo("rw-r--r--");
        // the jar keeps the time it had when the AOT cache was made from it, which the JVM may check
        assertThat(Files.getLastModifiedTime(root.resolve("opt/edge-site/lib/edge-site.jar")))
                .isEqualTo(Files.getLastModifiedTime(TARGET.resolve("image/edge-site/lib/edge-site.jar")));
        if (Files.exists(root.resolve("opt/edge-site/lib/edge-site.aot"))) {
            assertThat(mode(root.resolve("opt/edge-site/lib/edge-site.aot"))).isEqualTo("rw-r--r--");
            // every file in the .deb has the build's one timestamp: the cache is not older than the jar, so it is used
            assertTheAotCacheIsUsed(root.resolve("opt/edge-site"), withoutJava());
        }
        assertThat(Files.readSymbolicLink(root.resolve("usr/bin/edge-site"))).isEqualTo(Path.of("/opt/edge-site/bin/edge-site"));
        Path units = root.resolve("lib/systemd/system");
        assertThat(mode(units.resolve("edge-site-console.service"))).isEqualTo("rw-r--r--");
        assertThat(units.resolve("edge-site-serial@.service")).content()
                .contains("TTYPath=/dev/%I", "Environment=TERM=vt220", "115200", "Conflicts=serial-getty@%i.service");
        assertThat(units.resolve("edge-site-console.service")).content()
                .contains("TTYPath=/dev/tty1", "Conflicts=getty@tty1.service");
        // neither is enabled by default: no wants links, and the maintainer scripts enable nothing
        assertThat(root.resolve("etc")).doesNotExist();
        Run scripts = run(List.of("dpkg-deb", "-I", deb.toString(), "postinst"), null, dir);
        assertThat(scripts.out()).doesNotContain("enable");
        // systemd-analyze verify against the unpacked root, with the host's own units beside ours
        try (Stream<Path> s = Files.list(Path.of("/usr/lib/systemd/system"))) {
            for (Path u : s.toList()) {
                Path to = units.resolve(u.getFileName().toString());
                if (!Files.exists(to, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.copy(u, to, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                }
            }
        }
        for (String unit : List.of("edge-site-console.service", "edge-site-serial@ttyS0.service")) {
            Run verify = run(List.of("systemd-analyze", "verify", "--man=no", "--root=" + root, unit), null, dir);
            assertThat(verify.code()).as(verify.err()).isZero();
            assertThat(verify.err() + verify.out()).as(unit).isEmpty();
        }
    }

    static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }
}
