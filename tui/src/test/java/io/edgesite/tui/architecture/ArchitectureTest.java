package io.edgesite.tui.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What docs/architecture.md and the package-info files promise, read off the main sources: which package
 * may import what, each Palette fact written once, and small classes.
 */
class ArchitectureTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final List<String> MODULES = List.of("model", "validators", "checks", "render", "tui");

    static Map<Path, String> sources() {
        Map<Path, String> out = new java.util.TreeMap<>();
        for (String module : MODULES) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
                files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                    try {
                        out.put(ROOT.relativize(p), Files.readString(p));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    static Map<Path, String> in(String directory) {
        Map<Path, String> out = new java.util.TreeMap<>();
        sources().forEach((p, s) -> {
            if (p.toString().contains(directory)) {
                out.put(p, s);
            }
        });
        assertThat(out).as("sources under " + directory).isNotEmpty();
        return out;
    }

    static void mayNotImport(String directory, String... prefixes) {
        in(directory).forEach((p, s) -> {
            for (String prefix : prefixes) {
                assertThat(s).as(p + " imports " + prefix).doesNotContainPattern("(?m)^import (static )?" + prefix.replace(".", "\\."));
            }
        });
    }

    @Test
    void modelIsPlainDataWithoutIo() {
        mayNotImport("model/src/main/java/", "io.edgesite.validators", "io.edgesite.render", "io.edgesite.checks",
                "io.edgesite.tui", "java.nio.file", "java.net", "java.io.File");
    }

    @Test
    void validatorsArePureRules() {
        // java.nio.file's glob matcher is pure; reading and writing files is not
        mayNotImport("validators/src/main/java/", "io.edgesite.render", "io.edgesite.checks", "io.edgesite.tui",
                "java.nio.file.Files", "java.nio.channels", "java.net", "java.io.File");
        in("validators/src/main/java/").forEach((p, s) -> assertThat(s).as(p.toString())
                .doesNotContain("ProcessBuilder", "Socket", "System.currentTimeMillis", "Instant.now"));
    }

    @Test
    void checksNeitherRenderNorDraw() {
        mayNotImport("checks/src/main/java/", "io.edgesite.render", "io.edgesite.tui", "com.googlecode.lanterna");
    }

    @Test
    void renderKnowsNoTerminalAndRunsNoChecks() {
        mayNotImport("render/src/main/java/", "io.edgesite.checks", "io.edgesite.tui", "com.googlecode.lanterna");
    }

    @Test
    void theWizardsStateHasNoLanternaAndTheTerminalNoWizard() {
        mayNotImport("tui/src/main/java/io/edgesite/tui/wizard/", "com.googlecode.lanterna", "io.edgesite.tui.view");
        mayNotImport("tui/src/main/java/io/edgesite/tui/terminal/", "io.edgesite.tui.wizard", "io.edgesite.tui.view");
    }

    @Test
    void everyPackageSaysWhatItHolds() {
        sources().keySet().stream().map(Path::getParent).distinct().forEach(dir -> assertThat(
                ROOT.resolve(dir).resolve("package-info.java")).as(dir.toString()).exists());
    }

    /** Palette facts and edge-site defaults, each in one main source file only. */
    @ParameterizedTest
    @ValueSource(strings = {"\"kairos\"", "\"sudo\"", "192.169.0.0/16", "192.170.0.0/16",
        "100.64.192.0/23", "100.64.0.0/10", "tx-udp_tnl-segmentation", "tx-udp_tnl-csum-segmentation",
        "\"Disable UDP segmentation\"", "Backup and disable Netplan", "/run/systemd/resolve/resolv.conf", "\"1.32\"",
        "\"1.33\"", "\"1.26\"", "\"vmxnet3\"", "scbr-100", "4789", "8472", "\"pxk-e\"", "\"calico\"", "\"agent\"",
        "\"appliance\"", "\"Create users\"", "\"central\"", "\"static\"", "\"dhcp\"", "47411", "\"cluster.json\""})
    void eachFactIsWrittenOnce(String fact) {
        List<Path> holders = sources().entrySet().stream().filter(e -> code(e.getValue()).contains(fact))
                .map(Map.Entry::getKey).toList();
        assertThat(holders).as(fact).hasSize(1);
    }

    /** The source without its comments, which may name a fact to say where it comes from. */
    static String code(String source) {
        return source.lines().filter(l -> !l.strip().startsWith("*") && !l.strip().startsWith("/*")
                && !l.strip().startsWith("//")).map(l -> l.replaceAll("\\s//.*$", "")).collect(java.util.stream.Collectors.joining("\n"));
    }

    @Test
    void noMainClassIsOverAbout300Lines() {
        sources().forEach((p, s) -> assertThat(s.lines().count()).as(p.toString()).isLessThanOrEqualTo(320));
    }
}
