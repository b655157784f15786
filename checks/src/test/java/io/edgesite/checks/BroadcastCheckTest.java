package io.edgesite.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgesite.model.Site;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BroadcastCheckTest {
    @TempDir
    Path dir;

    HostFixture host() {
        return new HostFixture(dir).nic("veth3", null, true).addresses(HostFixture.captured("ip-o-4-addr-show.txt"));
    }

    static Site threeNodes() {
        return Sites.overlay(Sites.nics(Sites.base(), Sites.dhcp("veth3")), 3);
    }

    @Test
    void appliesOnlyToOverlayClustersOfSeveralHosts() {
        assertThat(new BroadcastCheck().appliesTo(threeNodes())).isTrue();
        assertThat(new BroadcastCheck().appliesTo(Sites.overlay(Sites.base(), 1))).isFalse();
        assertThat(new BroadcastCheck().appliesTo(Sites.base())).isFalse();
    }

    @Test
    void probesFromTheNicToBothBroadcastAddressesAndPassesWhenEveryPeerAnswers() {
        HostFixture h = host();
        h.network.answering = List.of(new Peer("10.99.0.1", "edge-1"), new Peer("10.99.0.2", "edge-2"));
        CheckResult r = new BroadcastCheck().run(h.access(), threeNodes());
        assertThat(r.verdict()).as(r.toString()).isEqualTo(Verdict.PASS);
        assertThat(h.network.asked).containsExactly("broadcast from 10.99.0.3 to [255.255.255.255, 10.99.0.255] port 47411");
        assertThat(r.evidence()).contains("heard: 10.99.0.1 (edge-1), 10.99.0.2 (edge-2)");
    }

    @Test
    void namedPeersThatStaySilentAreListedWithTheSwitchRemedy() {
        HostFixture h = host();
        h.peers.addAll(List.of("10.99.0.1", "10.99.0.2"));
        h.network.answering = List.of(new Peer("10.99.0.1", "edge-1"));
        CheckResult r = new BroadcastCheck().run(h.access(), threeNodes());
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.summary()).isEqualTo("no answer from 10.99.0.2");
        assertThat(r.evidence()).contains("missing: 10.99.0.2");
        assertThat(r.remedy()).contains("edge-site probe listen", "broadcast filtering").doesNotContain("VMware");
    }

    @Test
    void onVmwareTheRemedyNamesThePortGroupSecuritySettings() {
        HostFixture h = host().file("/sys/class/dmi/id/sys_vendor", "VMware, Inc.");
        CheckResult r = new BroadcastCheck().run(h.access(), threeNodes());
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.summary()).isEqualTo("heard 0 of 2 hosts");
        assertThat(r.remedy()).contains("VMware", "Promiscuous mode", "Forged transmits");
    }

    @Test
    void withoutAnAddressToProbeFromItCannotRun() {
        HostFixture h = new HostFixture(dir).nic("veth3", null, true);
        CheckResult r = new BroadcastCheck().run(h.access(), threeNodes());
        assertThat(r.verdict()).isEqualTo(Verdict.COULD_NOT_RUN);
        assertThat(h.network.asked).isEmpty();
    }
}
