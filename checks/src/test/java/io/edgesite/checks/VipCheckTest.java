package io.edgesite.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VipCheckTest {
    @TempDir
    Path dir;

    static final String ARP_HEADER = "IP address       HW type     Flags       HW address            Mask     Device\n";

    HostFixture host() {
        return new HostFixture(dir).file("/proc/net/route", HostFixture.captured("proc-net-route.txt"))
                .file("/proc/net/fib_trie", HostFixture.captured("proc-net-fib_trie.txt"))
                .file("/proc/net/arp", ARP_HEADER);
    }

    @Test
    void aFreeAddressOnTheHostsSubnetPasses() {
        HostFixture h = host();
        CheckResult r = new VipCheck().run(h.access(), Sites.vip(Sites.base(), "10.99.0.60"));
        assertThat(r.verdict()).as(r.toString()).isEqualTo(Verdict.PASS);
        assertThat(h.network.asked).containsExactly("poke 10.99.0.60");
        assertThat(r.evidence()).contains("10.99.0.60 is on 10.99.0.0/24 dev veth3", "ARP: no answer for 10.99.0.60 within 500 ms");
    }

    @Test
    void anAddressSomeoneAnswersForFailsWithTheirMac() {
        HostFixture h = host();
        // the neighbour answers the kernel's ARP request: the entry the captured table shows appears
        h.network.onPoke = () -> h.file("/proc/net/arp", HostFixture.captured("proc-net-arp.txt"));
        CheckResult r = new VipCheck().run(h.access(), Sites.vip(Sites.base(), "10.99.0.50"));
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.summary()).startsWith("10.99.0.50 is in use: ").endsWith(" answers for it");
    }

    @Test
    void anIncompleteEntryIsNotAnAnswer() {
        HostFixture h = host();
        h.network.onPoke = () -> h.file("/proc/net/arp", HostFixture.captured("proc-net-arp.txt"));
        assertThat(new VipCheck().run(h.access(), Sites.vip(Sites.base(), "10.99.0.60")).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void theHostsOwnAddressOrAnotherSubnetFailWithoutProbing() {
        HostFixture h = host();
        assertThat(new VipCheck().run(h.access(), Sites.vip(Sites.base(), "10.99.0.3")).summary())
                .isEqualTo("10.99.0.3 is this host's own address");
        assertThat(new VipCheck().run(h.access(), Sites.vip(Sites.base(), "172.16.5.5")).summary())
                .isEqualTo("172.16.5.5 is not on a subnet this host is connected to");
        assertThat(h.network.asked).isEmpty();
    }

    @Test
    void appliesWhenTheOverlayIsOffAndAVipIsSet() {
        assertThat(new VipCheck().appliesTo(Sites.vip(Sites.base(), "10.99.0.60"))).isTrue();
        assertThat(new VipCheck().appliesTo(Sites.overlay(Sites.base(), 3))).isFalse();
    }
}
