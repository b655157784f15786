package io.edgesite.tui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.edgesite.tui.Main;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edge-site command line as an operator runs it: a real JVM, real files, exit codes and stderr. */
class CommandLineTest {
    static final Path EXAMPLES = Path.of("../examples");
    static final Path PUBLISHED = Path.of("../render/src/test/resources/published");
    static final Path GOLDEN = Path.of("../render/src/test/resources/golden");

    record Run(int code, String out, String err) {
    }

    /** Runs edge-site in its own JVM, as the launcher does. */
    static Run edgeSite(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    /** The same in-process, for the many table cases. */
    static Run inProcess(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theWizardsOptionsWorkOnTheBareCommandAndEveryCommandSaysItsVersion() throws Exception {
        // the wizard needs a terminal: that it says so proves the options were taken as the wizard's
        Run bare = inProcess("--output", "/tmp/x/user-data", "--ascii");
        assertThat(bare.code()).isEqualTo(2);
        assertThat(bare.err()).contains("the wizard needs a terminal").doesNotContain("Unknown option");
        for (String[] command : List.of(new String[] {"--version"}, new String[] {"wizard", "--version"},
                new String[] {"render", "--version"}, new String[] {"lint", "--version"}, new String[] {"import", "--version"},
                new String[] {"check", "--version"}, new String[] {"probe", "--version"},
                new String[] {"probe", "listen", "--version"})) {
            Run r = inProcess(command);
            assertThat(r.out().strip()).as(String.join(" ", command)).matches("edge-site (\\d+\\.\\d+\\.\\d+.*|development build)");
        }
        Run both = inProcess("check", "--answers", EXAMPLES.resolve("single-dhcp-vip.yaml").toString(), "--from", "x");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("give --answers or --from, not both");
        Run typo = inProcess("rendr", "--answers", "a.yaml");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("did you mean render?");
    }

    @Test
    void helpListsTheSubcommands() throws Exception {
        Run r = edgeSite("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("render", "lint", "import");
    }

    @Test
    void renderWritesUserDataAndClusterJsonWithMode0600(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("user-data");
        Run r = edgeSite("render", "--answers", EXAMPLES.resolve("static-multi-nic-overlay.yaml").toString(),
                "--output", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out)).isEqualTo(Files.readString(GOLDEN.resolve("static-multi-nic-overlay.user-data")));
        assertThat(Files.readString(dir.resolve("cluster.json")))
                .isEqualTo(Files.readString(GOLDEN.resolve("static-multi-nic-overlay.cluster.json")));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
        assertThat(r.err()).contains("cluster.overlay.cidr: note: the overlay VIP will be 100.64.192.1");
    }

    @Test
    void renderToStdoutAndNoCluster(@TempDir Path dir) throws Exception {
        Run r = inProcess("render", "--answers", EXAMPLES.resolve("single-dhcp-vip.yaml").toString(), "--output", "-");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(Files.readString(GOLDEN.resolve("single-dhcp-vip.user-data")));
        Path out = dir.resolve("ud");
        assertThat(inProcess("render", "--answers", EXAMPLES.resolve("single-dhcp-vip.yaml").toString(), "--output",
                out.toString(), "--no-cluster").code()).isZero();
        assertThat(dir.resolve("cluster.json")).doesNotExist();
    }

    @Test
    void renderRefusesInvalidAnswersAndWritesNothing(@TempDir Path dir) throws Exception {
        Path answers = dir.resolve("a.yaml");
        Files.writeString(answers, "registration: {paletteEndpoint: api.spectrocloud.com, edgeHostToken: SECRET-TOKEN}\n"
                + "network: {nics: [{name: eth0, addressing: static, address: 10.0.0.5/24}]}\n"
                + "cluster: {overlay: {enabled: true, cidr: 100.64.193.0/23}}\n");
        Path out = dir.resolve("user-data");
        Run r = edgeSite("render", "--answers", answers.toString(), "--output", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("cluster.overlay.cidr: error: the overlay range host bits are set in 100.64.193.0/23;"
                + " did you mean 100.64.192.0/23? [overlay.cidr.invalid]");
        assertThat(r.err()).doesNotContain("SECRET-TOKEN").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
        assertThat(dir.resolve("cluster.json")).doesNotExist();
    }

    @Test
    void renderRefusesToOverwriteItsOwnUserDataWithClusterJson(@TempDir Path dir) throws Exception {
        Run r = inProcess("render", "--answers", EXAMPLES.resolve("single-dhcp-vip.yaml").toString(),
                "--output", dir.resolve("cluster.json").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("named cluster.json");
        assertThat(dir.resolve("cluster.json")).doesNotExist();
    }

    @Test
    void renderChecksWhatTheUserDataSectionAddsAndHidesProxyPasswords(@TempDir Path dir) throws Exception {
        Path answers = dir.resolve("a.yaml");
        Files.writeString(answers, Files.readString(EXAMPLES.resolve("single-dhcp-vip.yaml"))
                + "userData: {install: {reboot: true}}\n");
        Run r = inProcess("render", "--answers", answers.toString(), "--output", dir.resolve("u").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("[install.poweroff-reboot]");
        assertThat(dir.resolve("u")).doesNotExist();

        Files.writeString(answers, Files.readString(EXAMPLES.resolve("single-dhcp-vip.yaml"))
                .replace("network:\n", "network:\n  proxy: {http: \"http://ops:PROXY-PW@proxy example:3128\"}\n"));
        Run leaked = inProcess("render", "--answers", answers.toString(), "--output", dir.resolve("u").toString());
        assertThat(leaked.code()).isEqualTo(1);
        assertThat(leaked.err()).contains("network.proxy.http: error:").doesNotContain("PROXY-PW");
    }

    @Test
    void renderReportsAnswersTyposWithTheirPath(@TempDir Path dir) throws Exception {
        Path answers = dir.resolve("a.yaml");
        Files.writeString(answers, "cluster: {overlay: {enable: true}}\n");
        Run r = inProcess("render", "--answers", answers.toString(), "--output", dir.resolve("u").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("cluster.overlay.enable: error: unknown key; see docs/answers.md [answers.unknown-key]");
    }

    @Test
    void lintAcceptsPublishedExamplesAndRejectsBadOnesWithFileLineAndColumn(@TempDir Path dir) throws Exception {
        for (String name : List.of("28-canvos-basic-heredoc.yaml",
                "03-prep-single.yaml", "04-prep-proxy-certs.yaml", "07-prep-management-mode-local.yaml",
                "41-agent-connected-cat-output.yaml", "43-agent-overlay-networkd.yaml")) {
            Run r = inProcess("lint", PUBLISHED.resolve(name).toString());
            assertThat(r.code()).as(name + "\n" + r.err()).isZero();
        }
        Path bad = dir.resolve("user-data");
        Files.writeString(bad, "#cloud-config\nstylus:\n  site:\n    paletteEndpoint: api.spectrocloud.com\n"
                + "    edgeHostToken: t\n    network:\n      interfaces:\n        \"eth0;reboot\": {type: static, ipAddress: 10.0.0.0/24}\n");
        Run r = edgeSite("lint", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(bad + ":8:9: stylus.site.network.interfaces.eth0;reboot: error:")
                .contains("[interface.name.invalid]")
                .contains(":8:50: stylus.site.network.interfaces.eth0;reboot.ipAddress: error: 10.0.0.0 is the network address");
    }

    @Test
    void renderPrintsOneJsonArrayOnStderr(@TempDir Path dir) throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        Path answers = dir.resolve("a.yaml");
        Files.writeString(answers, "cluster: {overlay: {enable: true}}\n");
        Run bad = inProcess("render", "--format", "json", "--answers", answers.toString(), "--output", dir.resolve("u").toString());
        assertThat(bad.code()).isEqualTo(1);
        JsonNode rows = mapper.readTree(bad.err());
        assertThat(rows.isArray()).isTrue();
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get("file").asText()).isEqualTo(answers.toString());
            assertThat(row.get("path").asText()).isEqualTo("cluster.overlay.enable");
            assertThat(row.get("line").asInt()).isEqualTo(1);
            assertThat(row.get("rule").asText()).isEqualTo("answers.unknown-key");
        });
        assertThat(dir.resolve("u")).doesNotExist();
        // read, then refused by the rules: the findings and the refusal in one array
        Path invalid = dir.resolve("c.yaml");
        Files.writeString(invalid, Files.readString(EXAMPLES.resolve("single-dhcp-vip.yaml")).replace("vip: 10.1.10.250", "vip: 10.1.10.300"));
        Run refused = inProcess("render", "--format", "json", "--answers", invalid.toString(), "--output", dir.resolve("u").toString());
        assertThat(refused.code()).isEqualTo(1);
        JsonNode all = mapper.readTree(refused.err());
        assertThat(all).anySatisfy(row -> {
            assertThat(row.get("path").asText()).isEqualTo("cluster.vip");
            assertThat(row.get("severity").asText()).isEqualTo("error");
        });
        assertThat(all).anySatisfy(row -> assertThat(row.get("rule").asText()).isEqualTo("render.nothing-written"));
        assertThat(dir.resolve("u")).doesNotExist();

        // written without cluster settings: the note that no cluster.json was written is in the array too
        Path userDataOnly = dir.resolve("b.yaml");
        Files.writeString(userDataOnly, Files.readString(EXAMPLES.resolve("single-dhcp-vip.yaml")).replaceAll("(?s)\ncluster:.*?(\n[a-z]|$)", "$1"));
        Run good = inProcess("render", "--format", "json", "--answers", userDataOnly.toString(), "--output", dir.resolve("v").toString());
        assertThat(good.code()).as(good.err()).isZero();
        assertThat(mapper.readTree(good.err())).anySatisfy(row -> {
            assertThat(row.get("rule").asText()).isEqualTo("render.note");
            assertThat(row.get("message").asText()).contains("no cluster.json was written");
        });
        assertThat(dir.resolve("v")).exists();
    }

    @Test
    void lintPrintsJsonAndStrictMakesWarningsErrors(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("user-data");
        Files.writeString(file, "#cloud-config\nstylus:\n  reboot: true\n  site:\n    paletteEndpoint: api.spectrocloud.com\n"
                + "    edgeHostToken: t\n    \"na\\u0007me\": x\n");
        Run json = inProcess("lint", "--format", "json", file.toString());
        assertThat(json.code()).isZero();
        JsonNode rows = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get("path").asText()).isEqualTo("stylus.reboot");
            assertThat(row.get("line").asInt()).isEqualTo(3);
            assertThat(row.get("column").asInt()).isEqualTo(3);
            assertThat(row.get("severity").asText()).isEqualTo("warning");
            assertThat(row.get("rule").asText()).isEqualTo("userdata.misplaced");
            assertThat(row.get("message").asText()).contains("belongs under install");
        });
        assertThat(json.out()).doesNotContain("\u0007").contains("na\\\\u0007me");
        Run strict = inProcess("lint", "--strict", file.toString());
        assertThat(strict.code()).isEqualTo(1);
        assertThat(strict.err()).contains("stylus.reboot: error: reboot belongs under install");
    }

    @Test
    void lintOfASiteFileAloneAndMergedOverTheInstallersFile() throws Exception {
        Path site = PUBLISHED.resolve("02-prep-site-partial.yaml");
        assertThat(inProcess("lint", "--site", site.toString()).code()).isZero();
        assertThat(inProcess("lint", site.toString()).err()).contains("[token.required]");
        Run merged = inProcess("lint", "--base", PUBLISHED.resolve("01-prep-staging.yaml").toString(), "--site", site.toString());
        assertThat(merged.code()).as(merged.err()).isZero();
        assertThat(merged.err()).doesNotContain("token.required");
    }

    @Test
    void aSiteFileThatCannotBeMergedIsAnErrorAtItsLine(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("base");
        Path site = dir.resolve("site");
        Files.writeString(base, "#cloud-config\nstylus:\n  site:\n    paletteEndpoint: api.spectrocloud.com\n"
                + "    edgeHostToken: t\n    projectUid: 12345\n");
        Files.writeString(site, "#cloud-config\nstylus:\n  site:\n    projectUid: abc\n");
        Run r = inProcess("lint", "--base", base.toString(), "--site", site.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(site + ":4:17: stylus.site.projectUid: error: the site file has text where the"
                + " installer's user-data has a number");
    }

    @Test
    void lintSaysUnreadableWithExitTwo(@TempDir Path dir) throws Exception {
        Path asPublished = PUBLISHED.resolve("as-published/41-agent-connected-cat-output.yaml");
        int line = Files.readAllLines(asPublished).indexOf("    edgeHostToken: ****************") + 1;
        Run published = edgeSite("lint", asPublished.toString());
        assertThat(published.code()).isEqualTo(2);
        assertThat(published.err()).contains(":" + line + ": error: not valid YAML").contains("put it in quotes")
                .doesNotContain("\tat ").doesNotContain("****");
        Path binary = dir.resolve("bin");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        assertThat(inProcess("lint", binary.toString())).satisfies(r -> {
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("not UTF-8 text");
        });
        assertThat(inProcess("lint", dir.toString()).err()).contains("not a regular file (a directory)");
        assertThat(inProcess("lint", dir.resolve("missing").toString()).err()).contains("no such file");
    }

    @Test
    void importThenRenderGivesBackPublishedFilesWithoutClusterSettings(@TempDir Path dir) throws Exception {
        for (String name : List.of("04-prep-proxy-certs.yaml", "08-prep-central-registration.yaml", "43-agent-overlay-networkd.yaml",
                "42-agent-airgap.yaml", "53-canvos-readme-aws-user-data.yaml")) {
            Path answers = dir.resolve(name + ".answers.yaml");
            Run r = edgeSite("import", PUBLISHED.resolve(name).toString(), "--output", answers.toString());
            assertThat(r.code()).as(name + r.err()).isZero();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(answers))).isEqualTo("rw-------");
            Path out = dir.resolve(name + ".user-data");
            Run render = inProcess("render", "--answers", answers.toString(), "--output", out.toString());
            assertThat(render.code()).as(name + render.err()).isZero();
            assertThat(render.err()).contains("no cluster.json was written");
            assertThat(Files.exists(dir.resolve("cluster.json"))).isFalse();
            assertThat(pythonYaml(out)).as(name).isEqualTo(pythonYaml(PUBLISHED.resolve(name)));
        }
    }

    /** The file as Debian's python3-yaml reads it, as JSON: data and types, not spelling. */
    static JsonNode pythonYaml(Path file) throws Exception {
        Process p = new ProcessBuilder("/usr/bin/python3", "-c",
                "import sys, json, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1])), default=str))", file.toString())
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(out);
    }

    @Test
    void importOfAFileWithErrorsStillWritesTheAnswersAndExitsOne(@TempDir Path dir) throws Exception {
        Path answers = dir.resolve("answers.yaml");
        Run r = inProcess("import", PUBLISHED.resolve("52-canvos-user-data-template.yaml").toString(), "--output", answers.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("[userdata.no-value]");
        assertThat(Files.readString(answers)).contains("registration:");
    }

    @Test
    void usageErrorsAreOneLineWithExitTwo() throws Exception {
        Run missing = edgeSite("render", "--answers", "x.yaml");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().strip().lines()).hasSize(1);
        assertThat(missing.err()).contains("--output");
        Run unknown = inProcess("frobnicate");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err().strip().lines()).hasSize(1);
    }

    @Test
    void checkReportsAsJsonAndAppliesTheVmxnet3FixToTheAnswers(@TempDir Path dir) throws Exception {
        Path root = io.edgesite.tui.view.FixtureHost.vmwareRoot(dir.resolve("root"));
        Path answers = dir.resolve("answers.yaml");
        Files.writeString(answers, Files.readString(EXAMPLES.resolve("single-dhcp-vip.yaml"))
                .replace("  overlay:\n    enabled: false", "  overlay:\n    enabled: true\n    cidr: 100.64.192.0/23")
                .replace("  vip: 10.1.10.250\n", "").replace("managementMode: central", "managementMode: local")
                .replace("  nics:\n    - name: enp1s0", "  nics:\n    - name: ens192"));
        Run r = edgeSite("check", "--answers", answers.toString(), "--root", root.toString(), "--json");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("\"id\" : \"nic.vmxnet3-offload\"", "\"verdict\" : \"fail\"",
                "\"fix\" : \"mark ens192 as VMXNET3");
        Run fixed = edgeSite("check", "--answers", answers.toString(), "--root", root.toString(), "--apply-fixes");
        assertThat(fixed.err()).contains("nic.vmxnet3-offload: mark ens192 as VMXNET3");
        assertThat(Files.readString(answers)).contains("vmxnet3: true");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(answers))).isEqualTo("rw-------");
        Run again = edgeSite("check", "--answers", answers.toString(), "--root", root.toString());
        assertThat(again.out()).contains("PASS          nic.vmxnet3-offload");
        Path userData = dir.resolve("user-data");
        assertThat(edgeSite("render", "--answers", answers.toString(), "--output", userData.toString(), "--no-cluster").code()).isZero();
        assertThat(Files.readString(userData)).contains("Disable UDP segmentation",
                "ethtool --offload ens192 tx-udp_tnl-segmentation off");
    }

    @Test
    void aFixtureRootGivesEveryToolsOutputAndNothingOfThisHostIsTouched(@TempDir Path dir) throws Exception {
        Path root = io.edgesite.tui.view.FixtureHost.vmwareRoot(dir.resolve("root"));
        Files.createDirectories(root.resolve("commands"));
        Files.writeString(root.resolve("commands/ip -4 -j route show table all"),
                "[{\"dst\":\"192.168.50.0/24\",\"dev\":\"wg0\",\"table\":\"100\",\"flags\":[]}]\n");
        Files.writeString(root.resolve("commands/ip -o -4 addr show"),
                "2: ens192    inet 10.1.10.5/24 brd 10.1.10.255 scope global ens192\\       valid_lft forever\n");
        Path answers = dir.resolve("answers.yaml");
        Files.writeString(answers, Files.readString(EXAMPLES.resolve("single-dhcp-vip.yaml"))
                .replace("  overlay:\n    enabled: false", "  overlay:\n    enabled: true\n    cidr: 100.64.192.0/23")
                .replace("  vip: 10.1.10.250\n", "").replace("nodes: 1", "nodes: 3")
                .replace("  nics:\n    - name: enp1s0", "  nics:\n    - name: ens192"));
        Run r = edgeSite("check", "--answers", answers.toString(), "--root", root.toString(), "--json");
        com.fasterxml.jackson.databind.JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> byId = new java.util.HashMap<>();
        doc.get("checks").forEach(n -> byId.put(n.get("id").asText(), n));
        // the route of table 100 comes from the fixture's ip, not from this machine's
        assertThat(byId.get("net.cidr-clash").get("summary").asText())
                .isEqualTo("pod CIDR 192.168.0.0/16 overlaps the route 192.168.50.0/24 dev wg0 table 100");
        // no packet leaves: the probes and the endpoint say why they did not look
        assertThat(byId.get("l2.broadcast").get("verdict").asText()).isEqualTo("could-not-run");
        assertThat(byId.get("l2.broadcast").get("summary").asText()).contains("not probed: the host is a fixture (--root)");
        assertThat(byId.get("net.endpoint").get("summary").asText()).isEqualTo("not probed: the host is a fixture (--root)");
    }

    @Test
    void checkAndProbeRefuseBadArgumentsWithExit2() throws Exception {
        assertThat(inProcess("check", "--apply-fixes").code()).isEqualTo(2);
        Run peer = inProcess("check", "--peer", "10.0.0.300");
        assertThat(peer.code()).isEqualTo(2);
        assertThat(peer.err()).contains("--peer 10.0.0.300: not an IPv4 address");
        assertThat(inProcess("check", "--root", "/nonexistent-root").code()).isEqualTo(2);
        assertThat(inProcess("probe", "listen", "--port", "70000").code()).isEqualTo(2);
        Run nic = inProcess("probe", "listen", "--interface", "nosuchnic0");
        assertThat(nic.code()).isEqualTo(2);
        assertThat(nic.err()).contains("--interface nosuchnic0: no such interface");
    }
}
