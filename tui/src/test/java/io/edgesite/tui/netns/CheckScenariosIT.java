package io.edgesite.tui.netns;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edgesite.checks.Offloads;
import io.edgesite.model.Cluster;
import io.edgesite.model.Host;
import io.edgesite.model.IpConfig;
import io.edgesite.model.ManagementMode;
import io.edgesite.model.Network;
import io.edgesite.model.Nic;
import io.edgesite.model.Proxy;
import io.edgesite.model.Registration;
import io.edgesite.model.Site;
import io.edgesite.palette.Vmxnet3;
import io.edgesite.render.AnswersFormat;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks against an operator's network as it behaves: three hosts in network namespaces on a bridge, host 3
 * checking, responders, firewalls, MTUs, a DNS server, a TLS server with a private CA, a captive portal, a proxy
 * with Basic auth and a time server, each a real daemon. Every scenario asserts the verdict and the remedy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckScenariosIT {
    static final Path JAR = Path.of("target", "edge-site.jar").toAbsolutePath();
    static final String ENDPOINT = "api.palette.test:8443";
    Lan lan;
    Path pki;
    String caCert;

    @TempDir
    Path dir;

    @BeforeAll
    void lan(@TempDir Path keys) throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "network namespaces need root");
        lan = new Lan("sc" + ProcessHandle.current().pid(), 3);
        pki = keys;
        Lan.sh("cd " + keys + " && openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.crt -days 30"
                + " -subj '/CN=Edge Test CA' 2>/dev/null && openssl req -newkey rsa:2048 -nodes -keyout srv.key -out srv.csr"
                + " -subj '/CN=api.palette.test' 2>/dev/null && printf 'subjectAltName=DNS:api.palette.test' > ext.cnf"
                + " && openssl x509 -req -in srv.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out srv.crt -days 30"
                + " -extfile ext.cnf 2>/dev/null");
        caCert = Files.readString(keys.resolve("ca.crt"));
        // host 1: DNS for palette.test, a captive portal on 443, a proxy with Basic auth; host 2: the TLS endpoint
        lan.resolvConf(1, "nameserver 10.99.0.1\n");
        lan.start(1, List.of("dnsmasq", "-k", "--no-resolv", "--no-hosts", "--listen-address=10.99.0.1", "--bind-interfaces",
                "--address=/api.palette.test/10.99.0.2", "--address=/portal.palette.test/10.99.0.1",
                "--pid-file=" + keys.resolve("dnsmasq.pid"), "--user=root"));
        lan.start(1, List.of("python3", "-m", "http.server", "443", "--bind", "10.99.0.1", "--directory", keys.toString()));
        Files.writeString(keys.resolve("tinyproxy.conf"), "Port 8888\nListen 10.99.0.1\nAllow 10.99.0.0/24\n"
                + "BasicAuth shop s3cret\nConnectPort 8443\nPidFile \"" + keys.resolve("tinyproxy.pid") + "\"\n");
        lan.start(1, List.of("tinyproxy", "-d", "-c", keys.resolve("tinyproxy.conf").toString()));
        lan.start(2, List.of("openssl", "s_server", "-accept", "8443", "-cert", keys.resolve("srv.crt").toString(),
                "-key", keys.resolve("srv.key").toString(), "-www", "-quiet"));
        Files.writeString(keys.resolve("chrony.conf"), "local stratum 8\nallow 10.99.0.0/24\ncmdport 0\npidfile "
                + keys.resolve("chronyd.pid") + "\ndriftfile " + keys.resolve("drift") + "\n");
        lan.start(2, List.of("chronyd", "-4", "-x", "-d", "-u", "root", "-f", keys.resolve("chrony.conf").toString()));
        lan.awaitTcp(1, "10.99.0.1", 8888);
        lan.awaitTcp(1, "10.99.0.1", 443);
        lan.awaitTcp(2, "10.99.0.2", 8443);
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

    /** `edge-site probe listen` in host i, started and listening; extra arguments go after. */
    Process responder(int i, List<String> prefix, String... extra) throws Exception {
        List<String> argv = new ArrayList<>(prefix);
        argv.addAll(edgeSite("probe", "listen", "--timeout", "60", "--host-id", "edge-" + i));
        argv.addAll(List.of(extra));
        Process p = lan.start(i, argv);
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(r.readLine()).startsWith("edge-site: answering probes on UDP 47411");
        return p;
    }

    /** A process's output, read as it comes, so that a test can wait for a line. */
    static final class Lines {
        private final StringBuffer seen = new StringBuffer();

        Lines(Process p) {
            Thread t = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        seen.append(line).append('\n');
                    }
                } catch (java.io.IOException e) {
                    // the process ended
                }
            });
            t.setDaemon(true);
            t.start();
        }

        void await(String text) throws InterruptedException {
            for (int i = 0; i < 100 && !seen.toString().contains(text); i++) {
                Thread.sleep(50);
            }
            assertThat(seen.toString()).contains(text);
        }
    }

    static void stop(Process p) throws Exception {
        if (p != null) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor();
        }
    }

    /** Host 3's answers: overlay with three nodes, local management, its NIC static; then the changes given. */
    Path answers(String name, UnaryOperator<Site> change) throws Exception {
        Site s = Site.defaults();
        s = s.withRegistration(Registration.Builder.from(s.registration()).management(ManagementMode.LOCAL)
                .hostId("edge-3").build());
        s = s.withNetwork(new Network(List.of(new Nic("veth3", IpConfig.staticAddress("10.99.0.3/24", "", ""), false)),
                List.of(), List.of(), List.of(), "", null));
        Cluster c = s.cluster();
        s = s.withCluster(new Cluster(c.distribution(), c.kubernetesVersion(), 3, c.cni(), c.podCidr(), c.serviceCidr(),
                true, "", io.edgesite.palette.Overlay.DEFAULT_CIDR));
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, AnswersFormat.write(change.apply(s)));
        return file;
    }

    static Site vip(Site s, String vip) {
        Cluster c = s.cluster();
        return s.withCluster(new Cluster(c.distribution(), c.kubernetesVersion(), c.nodes(), c.cni(), c.podCidr(),
                c.serviceCidr(), false, vip, c.overlayCidr()));
    }

    Site central(Site s, String endpoint, String nameserver, String proxy, List<String> noProxy, boolean trustCa) {
        s = s.withRegistration(Registration.Builder.from(s.registration()).management(ManagementMode.CENTRAL)
                .endpoint(endpoint).caCerts(trustCa ? List.of(caCert) : List.of()).build());
        Network n = s.network();
        return s.withNetwork(new Network(n.nics(), n.bonds(), n.vlans(), n.bridges(), nameserver,
                new Proxy("", proxy, noProxy)));
    }

    record Report(Map<String, JsonNode> checks, long elapsedMs, int exit) {
        JsonNode get(String id) {
            assertThat(checks).as("checks run").containsKey(id);
            return checks.get(id);
        }

        String verdict(String id) {
            return get(id).get("verdict").asText();
        }

        String summary(String id) {
            return get(id).get("summary").asText();
        }

        String remedy(String id) {
            return get(id).get("remedy").asText();
        }
    }

    Report check(Path answers, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--answers", answers.toString(), "--json"));
        args.addAll(List.of(extra));
        Lan.Result r = lan.run(3, edgeSite(args.toArray(String[]::new)));
        assertThat(r.exit()).as(r.err()).isIn(0, 1, 3);
        JsonNode doc = new ObjectMapper().readTree(r.out());
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        doc.get("checks").forEach(n -> byId.put(n.get("id").asText(), n));
        return new Report(byId, doc.get("elapsedMs").asLong(), r.exit());
    }

    // ---- the probe: who answered what ------------------------------------------------------------------------

    @Test
    void thisHostsOwnResponderIsNotCountedAsAPeer() throws Exception {
        Process own = null;
        Process one = null;
        try {
            one = responder(1, List.of());
            own = lan.start(3, edgeSite("probe", "listen", "--timeout", "60", "--host-id", "edge-3"));
            Lines ownLog = new Lines(own);
            ownLog.await("answering probes");
            Report r = check(answers("own", s -> s), "--peer", "10.99.0.1,10.99.0.2");
            assertThat(r.verdict("l2.broadcast")).isEqualTo("fail");
            assertThat(r.summary("l2.broadcast")).isEqualTo("10.99.0.2 is up but does not answer probes");
            assertThat(r.get("l2.broadcast").get("evidence").toString()).contains("answered the broadcast: 10.99.0.1 (edge-1)");
            // the responder on this host heard the probes and refused to answer its own host
            ownLog.await("this host's own address");
        } finally {
            stop(own);
            stop(one);
        }
    }

    @Test
    void twoHostsWithOneHostIdFailNamingBoth() throws Exception {
        Process a = null;
        Process b = null;
        try {
            a = responder(1, List.of());
            b = lan.start(2, edgeSite("probe", "listen", "--timeout", "60", "--host-id", "edge-1"));
            new BufferedReader(new InputStreamReader(b.getInputStream(), StandardCharsets.UTF_8)).readLine();
            Report r = check(answers("dup", s -> s), "--peer", "10.99.0.1,10.99.0.2");
            assertThat(r.verdict("l2.broadcast")).isEqualTo("fail");
            assertThat(r.summary("l2.broadcast")).isEqualTo("host ID edge-1 is used by 10.99.0.1 and 10.99.0.2");
            assertThat(r.remedy("l2.broadcast")).contains("registration.hostId");
        } finally {
            stop(a);
            stop(b);
        }
    }

    @Test
    void aStatefulFirewallHereIsToldFromAFilteredBroadcast() throws Exception {
        Process a = null;
        Process b = null;
        try {
            a = responder(1, List.of());
            b = responder(2, List.of());
            lan.nft(lan.ns(3), "add table inet fw", "add chain inet fw input { type filter hook input priority 0; policy drop; }",
                    "add rule inet fw input ct state established,related accept", "add rule inet fw input iif lo accept");
            Report named = check(answers("fw", s -> s), "--peer", "10.99.0.1,10.99.0.2");
            assertThat(named.summary("l2.broadcast")).isEqualTo("10.99.0.1 heard the broadcast but its answer was dropped"
                    + " here; 10.99.0.2 heard the broadcast but its answer was dropped here");
            assertThat(named.remedy("l2.broadcast")).contains("This host's firewall accepts only replies").doesNotContain("storm");
            Report unnamed = check(answers("fw", s -> s));
            assertThat(unnamed.summary("l2.broadcast")).isEqualTo("heard 0 of 2 hosts");
            assertThat(unnamed.remedy("l2.broadcast")).contains("This host's firewall accepts only replies");
            lan.nft(lan.ns(3), "delete table inet fw");

            // broadcast frames dropped on host 2's switch port only: unicast still answers there
            lan.nft(lan.bridge(), "add table bridge sw", "add chain bridge sw forward { type filter hook forward priority 0; }",
                    "add rule bridge sw forward oifname bv2 ether daddr ff:ff:ff:ff:ff:ff ether type ip drop");
            Report filtered = check(answers("filtered", s -> s), "--peer", "10.99.0.1,10.99.0.2");
            assertThat(filtered.summary("l2.broadcast"))
                    .isEqualTo("10.99.0.2 answers by unicast but not the broadcast (broadcast filtered)");
            assertThat(filtered.remedy("l2.broadcast")).contains("storm control");
            lan.nft(lan.bridge(), "delete table bridge sw");

            // host 1's answers dropped on its way out: it is up (ARP), but its probe answers never arrive
            lan.nft(lan.bridge(), "add table bridge sw", "add chain bridge sw forward { type filter hook forward priority 0; }",
                    "add rule bridge sw forward iifname bv1 udp sport 47411 drop");
            Report silent = check(answers("silent", s -> s), "--peer", "10.99.0.1,10.99.0.2,10.98.0.5");
            assertThat(silent.summary("l2.broadcast")).isEqualTo("10.99.0.1 is up but does not answer probes;"
                    + " 10.98.0.5 is on another subnet");
            assertThat(silent.remedy("l2.broadcast")).contains("On that host, run `edge-site probe listen`",
                    "one Layer-2 segment");
        } finally {
            lan.nftQuiet(lan.ns(3), "delete table inet fw");
            lan.nftQuiet(lan.bridge(), "delete table bridge sw");
            stop(a);
            stop(b);
        }
    }

    @Test
    void aSmallerMtuOnOnePortAndADroppedVxlanPortAreNamed() throws Exception {
        Process a = null;
        Process b = null;
        try {
            a = responder(1, List.of());
            b = responder(2, List.of());
            Report healthy = check(answers("mtu-ok", s -> s), "--peer", "10.99.0.1,10.99.0.2");
            assertThat(healthy.verdict("l2.broadcast")).isEqualTo("pass");
            assertThat(healthy.get("l2.broadcast").get("evidence").toString())
                    .contains("answered the broadcast: 10.99.0.1 (edge-1), 10.99.0.2 (edge-2)");
            // without named peers, nodes - 1 = 2 answers are expected from anyone
            assertThat(check(answers("unnamed", s -> s)).verdict("l2.broadcast")).isEqualTo("pass");
            assertThat(healthy.verdict("net.mtu")).isEqualTo("pass");
            assertThat(healthy.verdict("net.vxlan-ports")).isEqualTo("pass");
            assertThat(healthy.verdict("time.peers")).isEqualTo("pass");

            Lan.sh("ip -n " + lan.bridge() + " link set bv2 mtu 1400");
            lan.nft(lan.bridge(), "add table bridge sw", "add chain bridge sw forward { type filter hook forward priority 0; }",
                    "add rule bridge sw forward udp dport 8472 drop");
            Report r = check(answers("mtu", s -> s), "--peer", "10.99.0.1,10.99.0.2");
            assertThat(r.verdict("net.mtu")).isEqualTo("fail");
            assertThat(r.summary("net.mtu")).isEqualTo("1500-byte packets do not reach 10.99.0.2 (1400 do)");
            assertThat(r.remedy("net.mtu")).contains("smaller MTU", "network.nics");
            assertThat(r.verdict("net.vxlan-ports")).isEqualTo("fail");
            assertThat(r.summary("net.vxlan-ports")).isEqualTo("UDP 8472 to 10.99.0.1, UDP 8472 to 10.99.0.2 dropped");
            assertThat(r.verdict("l2.broadcast")).isEqualTo("pass");
        } finally {
            Lan.sh("ip -n " + lan.bridge() + " link set bv2 mtu 1500");
            lan.nftQuiet(lan.bridge(), "delete table bridge sw");
            stop(a);
            stop(b);
        }
    }

    @Test
    void aPeerWhoseClockIsAheadIsNamed() throws Exception {
        Process a = null;
        try {
            a = responder(1, List.of("faketime", "-f", "+45s"));
            Report r = check(answers("clock", s -> s), "--peer", "10.99.0.1");
            assertThat(r.verdict("time.peers")).isEqualTo("fail");
            assertThat(r.summary("time.peers")).matches("10\\.99\\.0\\.1 is \\+4[4-5]\\d{3} ms from this host");
            assertThat(r.remedy("time.peers")).contains("host.ntpServers");
        } finally {
            stop(a);
        }
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

    // ---- the VIP ----------------------------------------------------------------------------------------------

    @Test
    void theVipOwnedReleasedBehindALostReplyAndTheBroadcastAddress() throws Exception {
        try {
            Lan.sh("ip -n " + lan.ns(1) + " addr add 10.99.0.50/24 dev veth1");
            Report owned = check(answers("vip-owned", s -> vip(s, "10.99.0.50")));
            assertThat(owned.verdict("net.vip-free")).isEqualTo("fail");
            assertThat(owned.summary("net.vip-free")).startsWith("10.99.0.50 is in use: ");
            // the first ARP reply lost on the bridge: the later requests still find the owner
            lan.nft(lan.bridge(), "add table bridge sw", "add chain bridge sw forward { type filter hook forward priority 0; }",
                    "add rule bridge sw forward ether type arp arp operation reply quota until 50 bytes drop");
            Report lost = check(answers("vip-lost", s -> vip(s, "10.99.0.50")));
            assertThat(lost.verdict("net.vip-free")).isEqualTo("fail");
            lan.nftQuiet(lan.bridge(), "delete table bridge sw");
            // released: host 3's neighbour table still holds an entry for it (the kernel's own ARP, for a datagram
            // sent there before), which is no answer now
            lan.run(3, List.of("python3", "-c", "import socket; socket.socket(socket.AF_INET, socket.SOCK_DGRAM)"
                    + ".sendto(b'x', ('10.99.0.50', 9))"));
            Thread.sleep(200);
            Lan.sh("ip -n " + lan.ns(1) + " addr del 10.99.0.50/24 dev veth1");
            assertThat(Lan.sh("ip -n " + lan.ns(3) + " neigh show 10.99.0.50")).contains("lladdr");
            Report released = check(answers("vip-released", s -> vip(s, "10.99.0.50")));
            assertThat(released.verdict("net.vip-free")).isEqualTo("pass");
            Report broadcast = check(answers("vip-bcast", s -> vip(s, "10.99.0.255")));
            assertThat(broadcast.summary("net.vip-free")).isEqualTo("10.99.0.255 is the broadcast address of 10.99.0.0/24");
        } finally {
            lan.nftQuiet(lan.bridge(), "delete table bridge sw");
            Lan.shQuiet("ip -n " + lan.ns(1) + " addr del 10.99.0.50/24 dev veth1");
        }
    }

    @Test
    void aRouteInTable100ClashesWithThePodRange() throws Exception {
        try {
            Lan.sh("ip -n " + lan.ns(3) + " route add 192.168.50.0/24 dev veth3 table 100");
            Report r = check(answers("table100", s -> s));
            assertThat(r.verdict("net.cidr-clash")).isEqualTo("fail");
            assertThat(r.summary("net.cidr-clash")).isEqualTo("pod CIDR 192.168.0.0/16 overlaps the route"
                    + " 192.168.50.0/24 dev veth3 table 100");
        } finally {
            Lan.shQuiet("ip -n " + lan.ns(3) + " route del 192.168.50.0/24 dev veth3 table 100");
        }
    }

    // ---- the endpoint: DNS, TLS, proxy ------------------------------------------------------------------------

    @Test
    void theEndpointWithAPortAndAPrivateCaPassesOnlyWhenTheCaIsGiven() throws Exception {
        Report trusted = check(answers("tls-ca", s -> central(s, ENDPOINT, "10.99.0.1", "", List.of(), true)));
        assertThat(trusted.verdict("net.endpoint")).as(trusted.get("net.endpoint").toString()).isEqualTo("pass");
        assertThat(trusted.get("net.endpoint").get("evidence").toString()).contains("issued by CN=Edge Test CA");
        Report untrusted = check(answers("tls-no-ca", s -> central(s, ENDPOINT, "10.99.0.1", "", List.of(), false)));
        assertThat(untrusted.verdict("net.endpoint")).isEqualTo("fail");
        assertThat(untrusted.summary("net.endpoint")).isEqualTo("the certificate of api.palette.test is not trusted:"
                + " issued by CN=Edge Test CA");
        assertThat(untrusted.remedy("net.endpoint")).contains("registration.caCerts");
    }

    @Test
    void aCaptivePortalAnsweringPlainHttpFails() throws Exception {
        Report r = check(answers("portal", s -> central(s, "portal.palette.test", "10.99.0.1", "", List.of(), true)));
        assertThat(r.verdict("net.endpoint")).isEqualTo("fail");
        assertThat(r.summary("net.endpoint")).isEqualTo("portal.palette.test:443 answered, but not with TLS: a captive"
                + " portal or a filtering device");
    }

    @Test
    void aProxyWithBasicAuthGetsTheUrlsCredentialsAndNoProxyGoesDirect() throws Exception {
        Report none = check(answers("proxy-none", s -> central(s, ENDPOINT, "10.99.0.1", "http://10.99.0.1:8888", List.of(), true)));
        assertThat(none.summary("net.endpoint")).isEqualTo("the proxy asks for credentials");
        Report wrong = check(answers("proxy-wrong", s -> central(s, ENDPOINT, "10.99.0.1", "http://shop:wrong@10.99.0.1:8888",
                List.of(), true)));
        assertThat(wrong.summary("net.endpoint")).isEqualTo("the proxy refused the credentials in its URL");
        Report right = check(answers("proxy-right", s -> central(s, ENDPOINT, "10.99.0.1", "http://shop:s3cret@10.99.0.1:8888",
                List.of(), true)));
        assertThat(right.verdict("net.endpoint")).as(right.get("net.endpoint").toString()).isEqualTo("pass");
        assertThat(right.get("net.endpoint").toString()).doesNotContain("s3cret");
        Report direct = check(answers("noproxy", s -> central(s, ENDPOINT, "10.99.0.1", "http://10.99.0.1:9999",
                List.of(".palette.test"), true)));
        assertThat(direct.verdict("net.endpoint")).isEqualTo("pass");
        assertThat(direct.get("net.endpoint").get("evidence").toString()).contains("noProxy matches api.palette.test");
    }

    @Test
    void theWorstCaseStaysWithinThreeSeconds() throws Exception {
        // a silent DNS server, nobody answering the probes, a silent NTP server, next to the real time server
        Report r = check(answers("worst", s -> {
            Site c = central(s, ENDPOINT, "10.99.0.77", "", List.of(), true);
            Host h = c.host();
            return c.withHost(new Host(h.hostname(), h.deploymentMode(), h.users(), h.usersStepName(),
                    List.of("10.99.0.2", "10.99.0.78")));
        }), "--peer", "10.99.0.1,10.99.0.2");
        assertThat(r.verdict("net.endpoint")).isEqualTo("fail");
        assertThat(r.summary("net.endpoint")).isEqualTo("the DNS server 10.99.0.77 does not answer");
        assertThat(r.remedy("net.endpoint")).contains("network.nameserver");
        assertThat(r.verdict("time.ntp-servers")).isEqualTo("warn");
        assertThat(r.summary("time.ntp-servers")).isEqualTo("10.99.0.78 does not answer");
        assertThat(r.get("time.ntp-servers").get("evidence").toString()).contains("10.99.0.2: this clock is");
        assertThat(r.elapsedMs()).isLessThanOrEqualTo(3000);
    }

    // ---- the responder under hostile input --------------------------------------------------------------------

    @Test
    void theResponderSurvivesHostilePacketsAndAFlood() throws Exception {
        Process a = null;
        try {
            a = lan.start(1, edgeSite("probe", "listen", "--timeout", "60", "--host-id", "edge-1"));
            Lines log = new Lines(a);
            log.await("answering probes");
            Path tool = dir.resolve("hostile.py");
            Files.copy(Path.of("src/test/resources/hostile.py"), tool);
            for (String source : List.of("10.99.0.3:0", "10.99.0.255:40000", "10.99.0.0:40000", "203.0.113.9:40000")) {
                Lan.Result sent = lan.run(3, List.of("python3", tool.toString(), "spoof", source, "10.99.0.1:47411"));
                assertThat(sent.exit()).as(sent.err()).isZero();
            }
            Lan.Result flood = lan.run(3, List.of("python3", tool.toString(), "flood", "10.99.0.1:47411", "10000", "3"));
            assertThat(flood.exit()).as(flood.err()).isZero();
            String[] f = flood.out().strip().split(" ");
            int answers = Integer.parseInt(f[0]);
            long answerBytes = Long.parseLong(f[1]);
            long probeBytes = Long.parseLong(f[2]);
            // a burst of ten, then ten a second for the flood's three seconds, and never more bytes than asked with
            assertThat(answers).isBetween(10, 45);
            assertThat(answerBytes).isLessThanOrEqualTo((long) answers * 320);
            assertThat(answerBytes).isLessThan(probeBytes / 100);
            assertThat(a.isAlive()).isTrue();
            log.await("not answering 10.99.0.3:0: source port 0");
            log.await("not answering 10.99.0.0:40000: the network or broadcast address of 10.99.0.0/24");
            log.await("not answering 203.0.113.9:40000: not on");
            log.await("more line(s) held back");
        } finally {
            stop(a);
        }
    }
}
