package io.edgesite.tui.cli;

import static io.edgesite.tui.cli.CommandLineTest.EXAMPLES;
import static io.edgesite.tui.cli.CommandLineTest.edgeSite;
import static io.edgesite.tui.cli.CommandLineTest.inProcess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.edgesite.tui.cli.CommandLineTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line writes and reads, against devices, FIFOs, links, a full disk and secrets in input. */
class SafeFilesTest {
    static final String ANSWERS = EXAMPLES.resolve("static-multi-nic-overlay.yaml").toString();
    static final String CANARY = "Canary-77d0e";

    @TempDir
    Path dir;

    static String sh(String command) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(command + ": " + out).isZero();
        return out;
    }

    @Test
    void anOutputThatIsNotARegularFileIsRefusedAndLeftAsItWas() throws Exception {
        sh("mkfifo " + dir.resolve("fifo"));
        Files.createSymbolicLink(dir.resolve("link"), Path.of("/dev/stdout"));
        Files.createDirectories(dir.resolve("folder"));
        for (String[] row : List.of(new String[] {"/dev/null", "it is a character device"},
                new String[] {dir.resolve("fifo").toString(), "it is a FIFO (named pipe)"},
                new String[] {dir.resolve("link").toString(), "it is a symbolic link to /dev/stdout"},
                new String[] {dir.resolve("folder").toString(), "it is a directory"})) {
            Run r = inProcess("render", "--answers", ANSWERS, "--output", row[0], "--no-cluster");
            assertThat(r.code()).as(row[0]).isNotZero();
            assertThat(r.err()).as(row[0]).contains(row[0] + ": " + row[1]).doesNotContain(".tmp");
        }
        assertThat(sh("stat -c %F /dev/null").strip()).isEqualTo("character special file");
        assertThat(Files.isSymbolicLink(dir.resolve("link"))).isTrue();
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp") || n.endsWith(".old"));
        }
    }

    @Test
    void aMissingFolderIsMadeForTheOutputWithMode0700() throws Exception {
        Path out = dir.resolve("site-7/files/user-data");
        Run r = inProcess("render", "--answers", ANSWERS, "--output", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(out).exists();
        assertThat(out.resolveSibling("cluster.json")).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.getParent()))).isEqualTo("rwx------");
    }

    /** A 1 MB tmpfs with room for one file of the pair: neither is replaced, and the message names the one that failed. */
    @Test
    void aDiskThatFillsBetweenTheTwoFilesReplacesNeither() throws Exception {
        Path mnt = dir.resolve("small");
        Files.createDirectories(mnt);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String script = String.join(" && ",
                "mount -t tmpfs -o size=1m tmpfs " + mnt,
                "printf 'old user-data\\n' > " + mnt + "/user-data",
                "printf 'old cluster\\n' > " + mnt + "/cluster.json",
                "(dd if=/dev/zero of=" + mnt + "/fill bs=4096 2>/dev/null || true)",
                // one page free: room for the first file of the pair, not for the second
                "truncate -s -4096 " + mnt + "/fill",
                "(" + java + " -cp " + System.getProperty("java.class.path") + " io.edgesite.tui.Main render --answers "
                        + ANSWERS + " --output " + mnt + "/user-data; echo EXIT=$?)",
                "cat " + mnt + "/user-data " + mnt + "/cluster.json",
                "ls -a " + mnt);
        Process p = new ProcessBuilder("unshare", "-m", "sh", "-c", script).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).contains("EXIT=2", "nothing written: " + mnt + "/cluster.json: No space left on device",
                "old user-data", "old cluster").doesNotContain(".tmp\n", ".old\n", "cloud-config");
    }

    @Test
    void inputsThatAreNotFilesAreRefusedAtOnce() throws Exception {
        sh("mkfifo " + dir.resolve("fifo"));
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            Run fifo = inProcess("lint", dir.resolve("fifo").toString());
            assertThat(fifo.code()).isEqualTo(2);
            assertThat(fifo.err()).contains("not a regular file (a FIFO (named pipe))");
            Run zero = inProcess("lint", "/dev/zero");
            assertThat(zero.code()).isEqualTo(2);
            assertThat(zero.err()).contains("/dev/zero: not a regular file (a character device)");
        });
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, "#cloud-config\n#" + "x".repeat(1024 * 1024) + "\n");
        assertThat(inProcess("lint", big.toString()).err()).contains("larger than 1 MiB");
    }

    @Test
    void proxyCredentialsAndPrivateKeysAreNeverEchoed() throws Exception {
        Path userData = dir.resolve("user-data");
        Files.writeString(userData, "#cloud-config\nstylus:\n  site:\n    paletteEndpoint: api.spectrocloud.com\n"
                + "    edgeHostToken: abcdef0123456789\n    network:\n      httpsProxy: http://bob:" + CANARY
                + "@bad host:3128\n");
        Run lint = edgeSite("lint", userData.toString());
        assertThat(lint.code()).isEqualTo(1);
        assertThat(lint.err()).contains("http://****@bad host:3128").doesNotContain(CANARY);
        Path answers = dir.resolve("answers.yaml");
        Files.writeString(answers, Files.readString(Path.of(ANSWERS)).replace("registration:\n",
                "registration:\n  caCerts:\n    - |\n      -----BEGIN PRIVATE KEY-----\n      " + CANARY
                        + "\n      -----END PRIVATE KEY-----\n"));
        Run render = inProcess("render", "--answers", answers.toString(), "--output", dir.resolve("out").toString());
        assertThat(render.code()).isEqualTo(1);
        assertThat(render.err()).contains("holds a private key").doesNotContain(CANARY);
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
