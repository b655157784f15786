package io.edgesite.tui.netns;

import io.edgesite.palette.Vmxnet3;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edgesite.model.Cluster;
import io.edgesite.model.IpConfig;
import io.edgesite.model.ManagementMode;
import io.edgesite.model.Network;
import io.edgesite.model.Nic;
import io.edgesite.model.Registration;
import io.edgesite.model.Site;
import io.edgesite.render.AnswersFormat;
import io.edgesite.checks.Offloads;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks between real hosts: three network namespaces on a Linux bridge, probe responders in two of
 * them, the check run from the third by the real command line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChecksOnALanIT {
    static final Path JAR = Path.of("target", "edge-site.jar").toAbsolutePath();
    Lan lan;

    @TempDir
    Path dir;

    @BeforeAll
    void lan() throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "network namespaces need root");
        lan = new Lan("es" + ProcessHandle.current().pid(), 3);
    }

    @AfterAll
    void cleanUp() throws Exception {
        if (lan != null) {
            lan.close();
            assertThat(Lan.sh("ip netns list")).doesNotContain(lan.prefix);
        }
    }

    List<String> edgeSite(String... args) {
        List<String> argv = new ArrayList<>(List.of("java", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", JAR.toString()));
        argv.addAll(List.of(args));
        return argv;
    }

    /** Starts `edge-site probe listen` in host i and waits until it says it listens. */
    Process responder(int i) throws Exception {
        Process p = lan.start(i, edgeSite("probe", "listen", "--timeout", "120", "--host-id", "edge-" + i,
                "--interface", "veth" + i));
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = r.readLine();
        assertThat(line).startsWith("edge-site: answering probes on UDP 47411 from veth" + i);
        return p;
    }

    Path answers(boolean overlay, String vip) throws Exception {
        Site s = Site.defaults();
        s = s.withRegistration(Registration.Builder.from(s.registration()).management(ManagementMode.LOCAL)
                .hostId("edge-3").build());
        s = s.withNetwork(new Network(List.of(new Nic("veth3", IpConfig.staticAddress("10.99.0.3/24", "", ""), false)),
                List.of(), List.of(), List.of(), "", null));
        Cluster c = s.cluster();
        s = s.withCluster(new Cluster(c.distribution(), c.kubernetesVersion(), 3, c.cni(), c.podCidr(), c.serviceCidr(),
                overlay, overlay ? "" : vip, overlay ? io.edgesite.palette.Overlay.DEFAULT_CIDR : ""));
        Path file = dir.resolve("answers-" + overlay + "-" + vip + ".yaml");
        Files.writeString(file, AnswersFormat.write(s));
        return file;
    }

    Map<String, JsonNode> check(Path answers, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--answers", answers.toString(), "--json"));
        args.addAll(List.of(extra));
        Lan.Result r = lan.run(3, edgeSite(args.toArray(String[]::new)));
        assertThat(r.exit()).as(r.err()).isIn(0, 1, 3);
        Map<String, JsonNode> byId = new java.util.LinkedHashMap<>();
        new ObjectMapper().readTree(r.out()).get("checks").forEach(n -> byId.put(n.get("id").asText(), n));
        return byId;
    }

    @Test
    void broadcastIsHeardThenBlockedOnTheBridgeThenAPeerGoesAway() throws Exception {
        Process second = null;
        try {
            responder(1);
            second = responder(2);
            Path overlay = answers(true, "");
            JsonNode ok = check(overlay, "--peer", "10.99.0.1,10.99.0.2").get("l2.broadcast");
            assertThat(ok.get("verdict").asText()).as(ok.toString()).isEqualTo("pass");
            assertThat(ok.get("evidence").toString()).contains("10.99.0.1 (edge-1)", "10.99.0.2 (edge-2)");
            // without named peers, nodes - 1 = 2 answers are expected from anyone
            assertThat(check(overlay).get("l2.broadcast").get("verdict").asText()).isEqualTo("pass");

            lan.dropBroadcasts();
            JsonNode blocked = check(overlay, "--peer", "10.99.0.1,10.99.0.2").get("l2.broadcast");
            assertThat(blocked.get("verdict").asText()).isEqualTo("fail");
            assertThat(blocked.get("summary").asText()).isEqualTo("no answer from 10.99.0.1, 10.99.0.2");
            assertThat(blocked.get("remedy").asText()).contains("edge-site probe listen", "broadcast");
            lan.passBroadcasts();

            second.descendants().forEach(ProcessHandle::destroyForcibly);
            second.destroyForcibly();
            second.waitFor();
            JsonNode absent = check(overlay, "--peer", "10.99.0.1,10.99.0.2").get("l2.broadcast");
            assertThat(absent.get("verdict").asText()).isEqualTo("fail");
            assertThat(absent.get("summary").asText()).isEqualTo("no answer from 10.99.0.2");
            assertThat(absent.get("evidence").toString()).contains("heard: 10.99.0.1 (edge-1)");
        } finally {
            if (second != null) {
                second.destroyForcibly();
            }
        }
    }

    @Test
    void theVipProbeFindsTheHostThatOwnsTheAddress() throws Exception {
        Lan.sh("ip -n " + lan.ns(1) + " addr add 10.99.0.50/24 dev veth1");
        JsonNode taken = check(answers(false, "10.99.0.50")).get("net.vip-free");
        assertThat(taken.get("verdict").asText()).as(taken.toString()).isEqualTo("fail");
        assertThat(taken.get("summary").asText()).startsWith("10.99.0.50 is in use: ");
        JsonNode free = check(answers(false, "10.99.0.60")).get("net.vip-free");
        assertThat(free.get("verdict").asText()).as(free.toString()).isEqualTo("pass");
    }

    @Test
    void ethtoolOutputOfARealVethParses() throws Exception {
        Lan.Result r = lan.run(1, List.of("ethtool", "-k", "veth1"));
        assertThat(r.exit()).as(r.err()).isZero();
        Map<String, Offloads.State> f = Offloads.parse(r.out());
        assertThat(f).containsKeys(Vmxnet3.FEATURES.get(0), Vmxnet3.FEATURES.get(1));
        assertThat(f.get(Vmxnet3.FEATURES.get(0)).fixed()).isFalse();
        Lan.sh("ip netns exec " + lan.ns(1) + " ethtool -K veth1 tx-udp_tnl-segmentation off");
        Lan.Result after = lan.run(1, List.of("ethtool", "-k", "veth1"));
        assertThat(Offloads.parse(after.out()).get(Vmxnet3.FEATURES.get(0)).on()).isFalse();
    }
}
