package io.edgesite.tui.cli;

import static io.edgesite.tui.cli.CommandLineTest.edgeSite;
import static io.edgesite.tui.cli.CommandLineTest.inProcess;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edgesite.tui.cli.CommandLineTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fleet lint}, {@code fleet render} and {@code iso} as an operator runs them: exit codes, stderr, files. */
class FleetCommandLineTest {
    static final Path FLEET = Path.of("../examples/fleet");
    static final Path GOLDEN = Path.of("../render/src/test/resources/golden/fleet");

    @Test
    void everyNewCommandSaysItsVersion() {
        for (String[] command : List.of(new String[] {"fleet", "--version"}, new String[] {"fleet", "lint", "--version"},
                new String[] {"fleet", "render", "--version"}, new String[] {"iso", "--version"})) {
            assertThat(inProcess(command).out().strip()).as(String.join(" ", command))
                    .matches("edge-site (\\d+\\.\\d+\\.\\d+.*|development build)");
        }
        Run bare = inProcess("fleet");
        assertThat(bare.code()).isEqualTo(2);
        assertThat(bare.err()).contains("name a subcommand: render or lint");
    }

    @Test
    void fleetLintPassesTheExamplesInBothForms() {
        for (String file : List.of("inventory.yaml", "inventory.csv")) {
            Run r = inProcess("fleet", "lint", "--inventory", FLEET.resolve(file).toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.err()).contains("3 site(s), 6 host(s), no errors").doesNotContain("error:");
        }
    }

    @Test
    void fleetLintNamesSiteAndHostWithTheLineAndExitsOne(@TempDir Path dir) throws Exception {
        Path inventory = dir.resolve("inventory.yaml");
        // store-0043-b given store-0043-a's address
        Files.writeString(inventory, Files.readString(FLEET.resolve("inventory.yaml")).replace("10.43.0.12/24", "10.43.0.11/24"));
        Run r = inProcess("fleet", "lint", "--inventory", inventory.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).containsPattern(inventory + ":\\d+:\\d+: store-0043/store-0043-b: network\\.nics\\[0\\]\\.address: error: ")
                .contains("with errors");

        Run json = inProcess("fleet", "lint", "--inventory", inventory.toString(), "--format", "json");
        assertThat(json.code()).isEqualTo(1);
        JsonNode findings = new ObjectMapper().readTree(json.out());
        assertThat(findings.isArray()).isTrue();
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("site").asText()).isEqualTo("store-0043");
            assertThat(f.get("host").asText()).isEqualTo("store-0043-b");
            assertThat(f.get("severity").asText()).isEqualTo("error");
            assertThat(f.get("line").asInt()).isPositive();
        });
    }

    @Test
    void strictMakesAFleetWarningAnError(@TempDir Path dir) throws Exception {
        Path inventory = dir.resolve("inventory.yaml");
        // store-0042's VIP is a host address of store-0043: a warning (chains reuse LANs), an error with --strict
        Files.writeString(inventory, Files.readString(FLEET.resolve("inventory.yaml")).replace("vip: 10.1.10.250", "vip: 10.43.0.11"));
        Run plain = inProcess("fleet", "lint", "--inventory", inventory.toString());
        assertThat(plain.code()).as(plain.err()).isZero();
        assertThat(plain.err()).containsPattern("store-0042[^:]*: cluster\\.vip: warning: ");
        Run strict = inProcess("fleet", "lint", "--inventory", inventory.toString(), "--strict");
        assertThat(strict.code()).isEqualTo(1);
        assertThat(strict.err()).containsPattern("store-0042[^:]*: cluster\\.vip: error: ");

        // a key the inventory does not know is an error: a typo there would silently drop settings
        Files.writeString(inventory, Files.readString(FLEET.resolve("inventory.yaml")).replace("version: 1\n", "version: 1\nowner: ops\n"));
        Run unknown = inProcess("fleet", "lint", "--inventory", inventory.toString());
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains(":6:1: owner: error: unknown key; see docs/inventory.md");
    }

    @Test
    void notAnInventoryIsExitTwoWithItsLine(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("inventory.yaml");
        Files.writeString(broken, "sites:\n  - name: [unclosed\n");
        Run r = inProcess("fleet", "lint", "--inventory", broken.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).containsPattern(broken + ":\\d+:\\d+: ");
        Run missing = inProcess("fleet", "render", "--inventory", dir.resolve("none.yaml").toString(), "--output", dir.toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("none.yaml");
    }

    @Test
    void fleetRenderWritesTheGoldenTreePrivatelyAndTheSameImagesTwice(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("sites");
        Run r = edgeSite("fleet", "render", "--inventory", FLEET.resolve("inventory.csv").toString(), "--output",
                out.toString(), "--iso", "--jobs", "2");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("wrote 3 site(s), 6 host(s)");
        try (Stream<Path> golden = Files.walk(GOLDEN)) {
            for (Path file : golden.filter(Files::isRegularFile).toList()) {
                Path written = out.resolve(GOLDEN.relativize(file).toString());
                assertThat(written).as(written.toString()).hasSameTextualContentAs(file);
            }
        }
        Path iso = out.resolve("store-0043/store-0043-b/site-user-data.iso");
        try (Stream<Path> all = Files.walk(out)) {
            for (Path p : all.toList()) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                assertThat(mode).as(p.toString()).isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
            }
        }
        String first = sha256(iso);
        assertThat(inProcess("fleet", "render", "--inventory", FLEET.resolve("inventory.yaml").toString(), "--output",
                out.toString(), "--iso").code()).isZero();
        assertThat(sha256(iso)).isEqualTo(first);
    }

    @Test
    void fleetRenderWritesNothingWithErrorsAndRefusesAFileAsOutput(@TempDir Path dir) throws Exception {
        Path inventory = dir.resolve("inventory.yaml");
        Files.writeString(inventory, Files.readString(FLEET.resolve("inventory.yaml")).replace("vip: 10.60.0.100", "vip: 10.60.0.21"));
        Path out = dir.resolve("sites");
        Run r = inProcess("fleet", "render", "--inventory", inventory.toString(), "--output", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("warehouse-east/wh-east-1", "nothing written");
        assertThat(out).doesNotExist();
        Run json = inProcess("fleet", "render", "--inventory", inventory.toString(), "--output", out.toString(),
                "--format", "json");
        assertThat(json.code()).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(json.out())).anySatisfy(f -> assertThat(f.get("host").asText()).isEqualTo("wh-east-1"));
        assertThat(json.err()).contains("nothing written").doesNotContain("[");

        Path file = dir.resolve("plain-file");
        Files.writeString(file, "keep me");
        Run onFile = inProcess("fleet", "render", "--inventory", FLEET.resolve("inventory.yaml").toString(), "--output", file.toString());
        assertThat(onFile.code()).isEqualTo(2);
        assertThat(onFile.err()).contains("--output names a folder");
        assertThat(file).hasContent("keep me");
        assertThat(inProcess("fleet", "render", "--inventory", FLEET.resolve("inventory.yaml").toString(), "--output",
                out.toString(), "--jobs", "0").code()).isEqualTo(2);
    }

    @Test
    void isoWritesTheSameImageTwiceWithMode0600(@TempDir Path dir) throws Exception {
        Path userData = GOLDEN.resolve("store-0042/store-0042-edge/user-data");
        Path iso = dir.resolve("site-user-data.iso");
        Run r = edgeSite("iso", "--user-data", userData.toString(), "--output", iso.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(iso))).isEqualTo("rw-------");
        byte[] head = Files.readAllBytes(iso);
        // the primary volume descriptor at sector 16: type 1, "CD001", the volume id "cidata"
        assertThat(new String(head, 16 * 2048 + 1, 5, "US-ASCII")).isEqualTo("CD001");
        assertThat(new String(head, 16 * 2048 + 40, 6, "US-ASCII")).isEqualTo("cidata");
        String first = sha256(iso);
        Files.writeString(dir.resolve("meta-data"), "instance-id: store-0042-edge\n");
        assertThat(inProcess("iso", "--user-data", userData.toString(), "--output", iso.toString()).code()).isZero();
        assertThat(sha256(iso)).isEqualTo(first);
        assertThat(inProcess("iso", "--user-data", userData.toString(), "--meta-data", dir.resolve("meta-data").toString(),
                "--output", iso.toString()).code()).isZero();
        assertThat(sha256(iso)).isNotEqualTo(first);
    }

    @Test
    void isoRefusesAUserDataWithErrors(@TempDir Path dir) throws Exception {
        Path userData = dir.resolve("user-data");
        Files.writeString(userData, "#cloud-config\nstylus:\n  site:\n    edgeHostToken: 12\n    name: [a, b]\n");
        Path iso = dir.resolve("seed.iso");
        Run r = inProcess("iso", "--user-data", userData.toString(), "--output", iso.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).containsPattern(userData + ":\\d+:\\d+: ").contains("nothing written");
        assertThat(iso).doesNotExist();
        Files.writeString(userData, "#cloud-config\nstylus: [unclosed\n");
        assertThat(inProcess("iso", "--user-data", userData.toString(), "--output", iso.toString()).code()).isEqualTo(2);
        assertThat(iso).doesNotExist();
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
