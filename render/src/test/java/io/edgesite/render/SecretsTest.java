package io.edgesite.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgesite.model.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTest {
    static final String ANSWERS = "registration: {paletteEndpoint: api.spectrocloud.com, edgeHostToken: TOKEN-123}\n"
            + "host: {users: [{name: kairos, password: PASSWORD-456}]}\n"
            + "cluster: {vip: 10.0.0.9}\n"
            + "userData: {stylus: {registryCredentials: {domain: r.example, username: bob, password: REGISTRY-789}}}\n";

    @Test
    void redactedRenderMasksEverySecret() throws Exception {
        Site site = AnswersFormat.read(ANSWERS);
        String full = UserDataRenderer.render(site);
        assertThat(full).contains("TOKEN-123", "PASSWORD-456", "REGISTRY-789");
        String preview = UserDataRenderer.render(site, UserDataRenderer.Mode.REDACTED);
        assertThat(preview).doesNotContain("TOKEN-123", "PASSWORD-456", "REGISTRY-789")
                .contains("edgeHostToken: '********'", "passwd: '********'", "password: '********'");
    }

    @Test
    void modelToStringNeverShowsSecrets() throws Exception {
        Site site = AnswersFormat.read(ANSWERS);
        assertThat(site.toString()).doesNotContain("TOKEN-123", "PASSWORD-456");
    }

    @Test
    void atomicWriteGivesMode0600AndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("user-data");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        FileSet.write(target, "#cloud-config\nnew\n");
        assertThat(Files.readString(target)).isEqualTo("#cloud-config\nnew\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("user-data");
        }
    }
}
