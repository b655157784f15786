package io.edgesite.tui.netns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The networkd files of a rendered user-data, given to Debian's real systemd-networkd: in a network and mount
 * namespace of its own, with a link for every interface (and one the answers do not name), the daemon says
 * which .network file it applies to each. The host's own network and files are not touched.
 */
class NetworkdDaemonIT {
    static final Path JAR = Path.of("target", "edge-site.jar").toAbsolutePath();
    static final Path DAEMON = Path.of("/lib/systemd/systemd-networkd");
    private static final Pattern MATCHED = Pattern.compile("^(\\S+): found matching network '([^']+)'", Pattern.MULTILINE);

    @TempDir
    Path dir;

    @BeforeEach
    void needsRootAndTheDaemon() {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "namespaces need root");
        Assumptions.assumeTrue(Files.isExecutable(DAEMON), "systemd-networkd is not installed");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "vmo-bonded-vlans.yaml|enp1s0 enp2s0 enp1s1 enp2s1 bond_mgmt bond_data bond_mgmt.10 bond_data.20 br0|enp7s0:",
        "local-agent.yaml|eno1|enp7s0:20-dhcp.network eth3:20-dhcp-legacy.network"})
    void theDaemonAppliesEdgeSitesFileToEveryInterfaceTheAnswersName(String example, String named, String others)
            throws Exception {
        run("java", "-jar", JAR.toString(), "render", "--answers", "../examples/" + example, "--output",
                dir.resolve("user-data").toString(), "--no-cluster");
        Path network = Files.createDirectories(dir.resolve("network"));
        // Debian's python3-yaml reads the files out of the user-data: an independent reader of what we wrote.
        // Only the .network files: every link is a veth here, and the question is which file applies to it.
        run("python3", "-c", "import sys, yaml, os\n"
                + "doc = yaml.safe_load(open(sys.argv[1]))\n"
                + "for steps in doc.get('stages', {}).values():\n"
                + "  for step in steps:\n"
                + "    for f in step.get('files', []):\n"
                + "      if f['path'].startswith('/etc/systemd/network/') and f['path'].endswith('.network'):\n"
                + "        open(os.path.join(sys.argv[2], os.path.basename(f['path'])), 'w').write(f['content'])\n",
                dir.resolve("user-data").toString(), network.toString());
        Map<String, String> expected = new HashMap<>();
        for (String name : named.split(" ")) {
            expected.put(name, "05-edge-site-" + name + ".network");
        }
        for (String other : others.split(" ")) {
            String[] kv = other.split(":", -1);
            expected.put(kv[0], kv[1].isEmpty() ? null : kv[1]);
        }
        Map<String, String> applied = applied(network, List.copyOf(expected.keySet()));
        expected.forEach((link, file) -> assertThat(applied.get(link)).as(link + " in " + applied).isEqualTo(file));
    }

    /** Which file the real daemon applies to each link, by file name (null: none). */
    private Map<String, String> applied(Path network, List<String> links) throws Exception {
        StringBuilder script = new StringBuilder("set -e\n")
                .append("mount --bind ").append(network).append(" /etc/systemd/network\n")
                .append("mount -t tmpfs tmpfs /run\nmkdir -p /run/systemd /run/udev/data\nmount -t sysfs sysfs /sys\n");
        int n = 0;
        for (String link : links) {
            script.append("ip link add '").append(link).append("' type veth peer name p").append(n++).append('\n');
        }
        // Without udev in the namespace, networkd waits for each link to be initialised: say it is.
        script.append("for l in /sys/class/net/*; do i=$(cat $l/ifindex); printf 'I:1\\n' > /run/udev/data/n$i; done\n")
                .append("SYSTEMD_LOG_LEVEL=debug SYSTEMD_LOG_TARGET=console timeout 4 ").append(DAEMON)
                .append(" 2>&1 || true\n");
        Path sh = dir.resolve("run.sh");
        Files.writeString(sh, script);
        String out = run("unshare", "--net", "--mount", "--propagation", "private", "bash", sh.toString());
        Map<String, String> applied = new HashMap<>();
        Matcher m = MATCHED.matcher(out);
        while (m.find()) {
            applied.put(m.group(1), Path.of(m.group(2)).getFileName().toString());
        }
        assertThat(out).as("the daemon ran").contains("found matching network");
        return applied;
    }

    private String run(String... argv) throws Exception {
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", argv) + "\n" + out).isZero();
        return out;
    }
}
