package io.edgesite.tui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard through a real SSH session on loopback: sshd on a free high port with throw-away keys. */
class WizardSshIT {
    @TempDir
    Path dir;

    @Test
    void aRunOverSshWritesTheFile() throws Exception {
        Path hostKey = dir.resolve("host_key");
        Path userKey = dir.resolve("user_key");
        Tmux.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", hostKey.toString()));
        Tmux.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", userKey.toString()));
        Path authorized = dir.resolve("authorized_keys");
        Files.copy(dir.resolve("user_key.pub"), authorized);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path config = dir.resolve("sshd_config");
        Files.writeString(config, String.join("\n",
                "Port " + port, "ListenAddress 127.0.0.1", "HostKey " + hostKey, "PidFile " + dir.resolve("sshd.pid"),
                "AuthorizedKeysFile " + authorized, "PasswordAuthentication no", "PermitRootLogin yes",
                "StrictModes no", "UsePAM no", "AcceptEnv LANG LC_*", "") );
        Files.createDirectories(Path.of("/run/sshd"));
        Process sshd = new ProcessBuilder("/usr/sbin/sshd", "-D", "-e", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("sshd.log").toFile()).start();
        try (Tmux t = new Tmux("edge-site-e2e-ssh-" + ProcessHandle.current().pid())) {
            awaitPort(port);
            Path output = dir.resolve("user-data");
            String remote = "cd " + dir + " && TERM=xterm-256color LANG=C.UTF-8 " + WizardTmuxIT.LAUNCHER
                    + " wizard --draft " + dir.resolve("draft.yaml") + " --output " + output
                    + " --answers " + WizardTmuxIT.EXAMPLE;
            t.start("ssh -tt -p " + port + " -i " + userKey + " -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null"
                    + " -o LogLevel=ERROR root@127.0.0.1 '" + remote + "'; echo SSH_EXIT=$?", 80, 24);
            t.await("Step 1 of 8");
            for (int step = 2; step <= 8; step++) {
                t.keys("C-n");
                t.await("Step " + step + " of 8");
            }
            t.keys("C-n");
            t.await("The files are written");
            t.keys("Enter");
            t.await("SSH_EXIT=0");
            assertThat(Files.readString(output)).startsWith("#cloud-config\n").contains("paletteEndpoint: api.spectrocloud.com");
        } finally {
            sshd.destroy();
            sshd.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static void awaitPort(int port) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("sshd did not start on port " + port);
    }
}
