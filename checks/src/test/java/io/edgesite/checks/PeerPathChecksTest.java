package io.edgesite.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgesite.checks.ProbeExchange.Probe;
import io.edgesite.model.Site;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MTU, VXLAN-port and clock checks, read from one probe exchange. */
class PeerPathChecksTest {
    @TempDir
    Path dir;

    HostFixture host() {
        return new HostFixture(dir).nic("veth3", null, true).addresses(HostFixture.captured("ip-o-4-addr-show.txt"))
                .file("/sys/class/net/veth3/mtu", "1500");
    }

    static Site threeNodes() {
        return Sites.overlay(Sites.nics(Sites.base(), Sites.dhcp("veth3")), 3);
    }

    @Test
    void oneExchangeServesEveryCheckOfARun() {
        HostFixture h = host();
        h.network.healthy("10.99.0.1", "edge-1", 1500).healthy("10.99.0.2", "edge-2", 1500);
        HostAccess access = h.access();
        assertThat(new PathMtuCheck().run(access, threeNodes()).verdict()).isEqualTo(Verdict.PASS);
        assertThat(new VxlanPortsCheck().run(access, threeNodes()).verdict()).isEqualTo(Verdict.PASS);
        assertThat(new PeerClockCheck().run(access, threeNodes()).verdict()).isEqualTo(Verdict.PASS);
        assertThat(h.network.asked).hasSize(1);
        new PathMtuCheck().run(access.fresh(), threeNodes());
        assertThat(h.network.asked).hasSize(2);
    }

    @Test
    void aSmallerMtuOnThePathIsNamedWithTheLargestSizeThatPassed() {
        HostFixture h = host();
        h.network.healthy("10.99.0.1", "edge-1", 1500);
        h.network.answers("10.99.0.2", "edge-2", Probe.UNICAST, 0, "n-b0", "-", 100, 100_005)
                .answers("10.99.0.2", "edge-2", Probe.MTU, 1372, "-", "-", 100, 100_005)
                .answers("10.99.0.2", "edge-2", Probe.MTU, 1372, "-", "-", 1372, 100_005);
        CheckResult r = new PathMtuCheck().run(h.access(), threeNodes());
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.summary()).isEqualTo("1500-byte packets do not reach 10.99.0.2 (1400 do)");
        assertThat(r.settings()).containsExactly("network.nics");
    }

    @Test
    void aProbeThatArrivesWhoseFullAnswerDoesNotIsTheWayBack() {
        HostFixture h = host();
        h.network.answers("10.99.0.2", "edge-2", Probe.UNICAST, 0, "n-b0", "-", 100, 100_005)
                .answers("10.99.0.2", "edge-2", Probe.MTU, 1472, "-", "-", 100, 100_005);
        assertThat(new PathMtuCheck().run(h.access(), threeNodes()).summary())
                .isEqualTo("1500-byte packets from 10.99.0.2 do not come back");
    }

    @Test
    void aDroppedVxlanPortIsNamedAndAnUnadvertisedOneIsOnlyNotTested() {
        HostFixture h = host();
        h.network.answers("10.99.0.1", "edge-1", Probe.UNICAST, 0, "-", "4789,8472", 100, 100_005)
                .answers("10.99.0.1", "edge-1", Probe.PORT, 4789, "-", "4789,8472", 100, 100_005)
                .answers("10.99.0.2", "edge-2", Probe.UNICAST, 0, "-", "-", 100, 100_005);
        CheckResult r = new VxlanPortsCheck().run(h.access(), threeNodes());
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.summary()).isEqualTo("UDP 8472 to 10.99.0.1 dropped");
        HostFixture quiet = host();
        quiet.network.answers("10.99.0.2", "edge-2", Probe.UNICAST, 0, "-", "-", 100, 100_005);
        CheckResult untested = new VxlanPortsCheck().run(quiet.access(), threeNodes());
        assertThat(untested.verdict()).isEqualTo(Verdict.WARN);
        assertThat(untested.summary()).isEqualTo("not tested: 10.99.0.2 UDP 4789, 10.99.0.2 UDP 8472");
    }

    @Test
    void clocksAreJudgedFromTheMiddleOfTheRoundTrip() {
        HostFixture h = host();
        // sent at 100000, back at 100010: the peer read its clock at 100005 of ours, so +2000 means 2 s ahead
        h.network.answers("10.99.0.1", "edge-1", Probe.UNICAST, 0, "-", "-", 100, 102_005);
        CheckResult warn = new PeerClockCheck().run(h.access(), threeNodes());
        assertThat(warn.verdict()).isEqualTo(Verdict.WARN);
        assertThat(warn.summary()).isEqualTo("10.99.0.1 is +2000 ms from this host");
        HostFixture far = host();
        far.network.answers("10.99.0.1", "edge-1", Probe.UNICAST, 0, "-", "-", 100, 100_005 - 45_000);
        assertThat(new PeerClockCheck().run(far.access(), threeNodes()).verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void nobodyAnsweringMeansTheseChecksCouldNotRun() {
        HostFixture h = host();
        assertThat(new PathMtuCheck().run(h.access(), threeNodes()).verdict()).isEqualTo(Verdict.COULD_NOT_RUN);
        assertThat(new VxlanPortsCheck().run(h.access(), threeNodes()).verdict()).isEqualTo(Verdict.COULD_NOT_RUN);
        assertThat(new PeerClockCheck().run(h.access(), threeNodes()).verdict()).isEqualTo(Verdict.COULD_NOT_RUN);
    }
}
