package io.edgesite.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgesite.checks.ProbeExchange.Probe;
import io.edgesite.model.Site;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The broadcast check's verdicts and remedies, from what the probe exchange heard (between real hosts: CheckScenariosIT). */
class BroadcastCheckTest {
    @TempDir
    Path dir;

    static final String NFT_STATEFUL = """
            {"nftables": [{"metainfo": {"version": "1.0.6"}},
             {"table": {"family": "inet", "name": "filter", "handle": 1}},
             {"chain": {"family": "inet", "table": "filter", "name": "input", "handle": 1, "type": "filter",
               "hook": "input", "prio": 0, "policy": "drop"}},
             {"rule": {"family": "inet", "table": "filter", "chain": "input", "handle": 2, "expr": [
               {"match": {"op": "in", "left": {"ct": {"key": "state"}}, "right": ["established", "related"]}},
               {"accept": null}]}}]}
            """;

    HostFixture host() {
        return new HostFixture(dir).nic("veth3", null, true).addresses(HostFixture.captured("ip-o-4-addr-show.txt"))
                .file("/sys/class/net/veth3/mtu", "1500");
    }

    static Site threeNodes() {
        return Sites.overlay(Sites.nics(Sites.base(), Sites.dhcp("veth3")), 3);
    }

    HostFixture named(String... peers) {
        HostFixture h = host();
        h.peers.addAll(List.of(peers));
        return h;
    }

    CheckResult run(HostFixture h) {
        return new BroadcastCheck().run(h.access(), threeNodes());
    }

    @Test
    void appliesOnlyToOverlayClustersOfSeveralHosts() {
        assertThat(new BroadcastCheck().appliesTo(threeNodes())).isTrue();
        assertThat(new BroadcastCheck().appliesTo(Sites.overlay(Sites.base(), 1))).isFalse();
        assertThat(new BroadcastCheck().appliesTo(Sites.base())).isFalse();
    }

    @Test
    void probesFromTheNicAndPassesWhenEveryNamedPeerAnswersTheBroadcast() {
        HostFixture h = named("10.99.0.1", "10.99.0.2");
        h.network.healthy("10.99.0.1", "edge-1", 1500).healthy("10.99.0.2", "edge-2", 1500);
        CheckResult r = run(h);
        assertThat(r.verdict()).as(r.toString()).isEqualTo(Verdict.PASS);
        assertThat(h.network.asked).containsExactly("probe from 10.99.0.3 to [255.255.255.255, 10.99.0.255] and"
                + " [10.99.0.1, 10.99.0.2] port 47411 sizes [1472, 1422, 1372, 1252] overlay ports [4789, 8472]");
        assertThat(r.evidence()).contains("answered the broadcast: 10.99.0.1 (edge-1), 10.99.0.2 (edge-2)");
    }

    @Test
    void unicastWithoutTheBroadcastIsAFilteredBroadcast() {
        HostFixture h = named("10.99.0.1");
        h.network.answers("10.99.0.1", "edge-1", Probe.UNICAST, 0, "-", "-", 100, 100_005);
        CheckResult r = run(h);
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.summary()).isEqualTo("10.99.0.1 answers by unicast but not the broadcast (broadcast filtered)");
        assertThat(r.remedy()).contains("storm control").doesNotContain("firewall accepts only replies");
    }

    @Test
    void aPeerThatHeardTheBroadcastWhoseAnswerIsLostPointsAtThisHostsFirewall() {
        HostFixture h = named("10.99.0.1").command(NFT_STATEFUL, "nft", "-j", "list", "ruleset");
        h.network.answers("10.99.0.1", "edge-1", Probe.UNICAST, 0, "n-b0", "-", 100, 100_005);
        CheckResult r = run(h);
        assertThat(r.summary()).isEqualTo("10.99.0.1 heard the broadcast but its answer was dropped here");
        assertThat(r.remedy()).contains("This host's firewall accepts only replies", "UDP 47411", "4789, 8472")
                .doesNotContain("storm control");
        assertThat(r.evidence()).anyMatch(e -> e.contains("nft: chain inet filter input accepts established"));
    }

    @Test
    void withoutNamedPeersAStatefulFirewallHereIsNamedRatherThanTheSwitch() {
        HostFixture h = host().command(NFT_STATEFUL, "nft", "-j", "list", "ruleset");
        CheckResult r = run(h);
        assertThat(r.summary()).isEqualTo("heard 0 of 2 hosts");
        assertThat(r.remedy()).contains("This host's firewall accepts only replies");
        CheckResult open = run(host());
        assertThat(open.remedy()).contains("--peer", "storm control").doesNotContain("This host's firewall");
    }

    @Test
    void aSilentPeerIsToldApartByItsArpReply() {
        HostFixture h = named("10.99.0.1", "10.99.0.2")
                .command("Unicast reply from 10.99.0.1 [AA:BB:CC:00:00:01]  0.5ms\n", "arping", "-c", "1", "-w", "1",
                        "-I", "veth3", "10.99.0.1")
                .failing(1, "", "arping", "-c", "1", "-w", "1", "-I", "veth3", "10.99.0.2");
        CheckResult r = run(h);
        assertThat(r.summary()).isEqualTo("10.99.0.1 is up but does not answer probes; 10.99.0.2 does not answer at all");
        assertThat(r.evidence()).contains("10.99.0.1: answers ARP (aa:bb:cc:00:00:01) but no probe, broadcast or unicast",
                "10.99.0.2: no answer to broadcast or unicast probes; no ARP reply either");
        assertThat(r.remedy()).contains("On that host, run `edge-site probe listen`", "The host is down");
    }

    @Test
    void aPeerOnAnotherSubnetIsNamedAsSuch() {
        CheckResult r = run(named("10.98.0.5"));
        assertThat(r.summary()).isEqualTo("10.98.0.5 is on another subnet");
        assertThat(r.remedy()).contains("one Layer-2 segment");
    }

    @Test
    void thisHostsOwnAnswerIsReportedAndNotCounted() {
        HostFixture h = host();
        h.network.answers("10.99.0.3", "edge-3", Probe.BROADCAST, 0, "-", "-", 100, 100_005)
                .healthy("10.99.0.1", "edge-1", 1500);
        CheckResult r = run(h);
        assertThat(r.summary()).isEqualTo("heard 1 of 2 hosts");
        assertThat(r.evidence()).contains("this host answered its own probe from 10.99.0.3 (edge-3) (probe listen runs"
                + " here): not counted");
    }

    @Test
    void twoHostsWithOneHostIdFail() {
        HostFixture h = host();
        h.network.healthy("10.99.0.1", "edge-1", 1500).healthy("10.99.0.2", "edge-1", 1500);
        CheckResult r = run(h);
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.summary()).isEqualTo("host ID edge-1 is used by 10.99.0.1 and 10.99.0.2");
        assertThat(r.settings()).containsExactly("registration.hostId");
    }

    @Test
    void onVmwareTheFilteredBroadcastRemedyNamesThePortGroupSecuritySettings() {
        HostFixture h = named("10.99.0.1").file("/sys/class/dmi/id/sys_vendor", "VMware, Inc.");
        h.network.answers("10.99.0.1", "edge-1", Probe.UNICAST, 0, "-", "-", 100, 100_005);
        assertThat(run(h).remedy()).contains("VMware", "Promiscuous mode", "Forged transmits");
    }

    @Test
    void withoutAnAddressToProbeFromItCannotRun() {
        HostFixture h = new HostFixture(dir).nic("veth3", null, true);
        CheckResult r = run(h);
        assertThat(r.verdict()).isEqualTo(Verdict.COULD_NOT_RUN);
        assertThat(h.network.asked).isEmpty();
    }
}
