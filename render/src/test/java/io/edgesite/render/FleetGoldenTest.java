package io.edgesite.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example fleet renders to its golden files byte for byte; each user-data passes lint; each main.tf is as
 * {@code terraform fmt} writes it and uses only what the provider's schema declares, with what it requires.
 * Run with {@code -Dgolden.update=true} to rewrite the golden files after a deliberate change.
 */
class FleetGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/fleet");

    @TempDir
    Path dir;

    @Test
    void theExampleFleetRendersToItsGoldenFiles() throws IOException {
        Map<String, String> files = InventoryTest.files(Inventory.read(InventoryTest.FLEET.resolve("inventory.yaml")));
        if (Boolean.getBoolean("golden.update")) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Files.createDirectories(GOLDEN.resolve(f.getKey()).getParent());
                Files.writeString(GOLDEN.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            }
        }
        Map<String, String> golden = new TreeMap<>();
        try (Stream<Path> all = Files.walk(GOLDEN)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                golden.put(GOLDEN.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        assertThat(files).isEqualTo(golden);
    }

    @Test
    void everyUserDataOfTheFleetPassesLint() throws Exception {
        Map<String, String> files = InventoryTest.files(Inventory.read(InventoryTest.FLEET.resolve("inventory.yaml")));
        List<String> userData = files.keySet().stream().filter(k -> k.endsWith("/" + FleetFiles.USER_DATA)).toList();
        assertThat(userData).hasSize(6);
        for (String k : userData) {
            assertThat(UserDataParser.parse(files.get(k)).findings(false)).as(k).noneMatch(io.edgesite.validators.Finding::isError);
        }
    }

    @Test
    void everyMainTfUsesOnlyTheProvidersSchemaAndAllItRequires() throws IOException {
        Map<String, Set<String>> allowed = new HashMap<>();
        Map<String, Set<String>> required = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/terraform/provider-schema.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String block = line.substring(0, line.indexOf(':'));
            for (String name : line.substring(line.indexOf(':') + 1).strip().split(" ")) {
                allowed.computeIfAbsent(block, k -> new HashSet<>()).add(name.replace("!", ""));
                if (name.startsWith("!")) {
                    required.computeIfAbsent(block, k -> new HashSet<>()).add(name.substring(1));
                }
            }
        }
        Map<String, String> files = InventoryTest.files(Inventory.read(InventoryTest.FLEET.resolve("inventory.yaml")));
        List<String> mainTfs = files.keySet().stream().filter(k -> k.endsWith(FleetFiles.MAIN_TF)).toList();
        assertThat(mainTfs).hasSize(3);
        for (String k : mainTfs) {
            Map<String, Set<String>> used = used(files.get(k));
            assertThat(used.get("resource.spectrocloud_cluster_edge_native.machine_pool.edge_host")).as(k)
                    .containsExactlyInAnyOrder("host_uid", "host_name");
            assertThat(used.get("resource.spectrocloud_cluster_edge_native.cloud_config")).as(k)
                    .containsAnyOf("vip", "overlay_cidr_range");
            used.forEach((block, names) -> assertThat(allowed).as(k + ": block " + block).containsKey(block));
            used.forEach((block, names) -> assertThat(allowed.get(block)).as(k + ": in " + block).containsAll(names));
            required.forEach((block, names) -> {
                if (used.containsKey(block)) {
                    assertThat(used.get(block)).as(k + ": required in " + block).containsAll(names);
                }
            });
        }
    }

    /** Block path to the names used in it, read by braces: {@code resource "type" "label" {} is the block resource.type. */
    static Map<String, Set<String>> used(String hcl) {
        Map<String, Set<String>> out = new HashMap<>();
        Deque<String> blocks = new ArrayDeque<>();
        int objectDepth = 0;
        for (String raw : hcl.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (objectDepth > 0) {
                objectDepth += line.endsWith("{") ? 1 : line.equals("}") ? -1 : 0;
                continue;
            }
            if (line.equals("}")) {
                blocks.pop();
                continue;
            }
            String path = blocks.isEmpty() ? "" : blocks.peek();
            if (line.contains(" = ")) {
                String name = line.substring(0, line.indexOf(' '));
                out.computeIfAbsent(path, k -> new HashSet<>()).add(name);
                objectDepth = line.endsWith("{") ? 1 : 0;
                continue;
            }
            String[] words = line.substring(0, line.length() - 1).strip().split(" ");
            String type = words[0];
            if (!path.isEmpty()) {
                out.computeIfAbsent(path, k -> new HashSet<>()).add(type);
            }
            String name = words.length > 1 && Set.of("resource", "data", "provider").contains(type)
                    ? type + "." + words[1].replace("\"", "") : type;
            blocks.push(path.isEmpty() ? name : path + "." + name);
        }
        return out;
    }

    @Test
    void terraformFmtLeavesEveryMainTfAsItIs() throws Exception {
        assumeTrue(onPath("terraform"), "terraform is not installed (it is not a Debian package)");
        Map<String, String> files = InventoryTest.files(Inventory.read(InventoryTest.FLEET.resolve("inventory.yaml")));
        for (Map.Entry<String, String> f : files.entrySet()) {
            if (f.getKey().endsWith(FleetFiles.MAIN_TF)) {
                Path tf = Files.createDirectories(dir.resolve(f.getKey()).getParent()).resolve(FleetFiles.MAIN_TF);
                Files.writeString(tf, f.getValue());
            }
        }
        Process p = new ProcessBuilder("terraform", "fmt", "-check", "-diff", "-recursive", dir.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
    }

    @Test
    void hclStringsEscapeQuotesControlsAndTemplates() {
        assertThat(Hcl.string("a\"b\\c\n${x}%{y}$z\u0001")).isEqualTo("\"a\\\"b\\\\c\\n$${x}%%{y}$z\\u0001\"");
    }

    static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, tool)));
    }
}
