package io.edgesite.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The VIP check on a fixture host: the rules, then arping's replies (on a real LAN: CheckScenariosIT). */
class VipCheckTest {
    @TempDir
    Path dir;

    HostFixture host() {
        return new HostFixture(dir).file("/proc/net/route", HostFixture.captured("proc-net-route.txt"))
                .file("/proc/net/fib_trie", HostFixture.captured("proc-net-fib_trie.txt"));
    }

    static String[] arping(String address) {
        return new String[] {"arping", "-c", "1", "-w", "1", "-I", "veth3", address};
    }

    @Test
    void noReplyToThreeRequestsIsFree() {
        HostFixture h = host().failing(1, "", arping("10.99.0.60"));
        CheckResult r = new VipCheck().run(h.access(), Sites.vip(Sites.base(), "10.99.0.60"));
        assertThat(r.verdict()).as(r.toString()).isEqualTo(Verdict.PASS);
        assertThat(h.ran).filteredOn(a -> a.get(0).equals("arping")).hasSize(3);
        assertThat(r.evidence()).contains("10.99.0.60 is on 10.99.0.0/24 dev veth3", "ARP: no reply to 3 requests over 800 ms");
    }

    @Test
    void aReplyDuringTheCheckIsInUseWithTheMac() {
        HostFixture h = host().command("ARPING 10.99.0.50 from 10.99.0.3 veth3\nUnicast reply from 10.99.0.50"
                + " [52:54:00:AB:CD:EF]  0.6ms\nSent 1 probes (1 broadcast(s))\nReceived 1 response(s)\n", arping("10.99.0.50"));
        CheckResult r = new VipCheck().run(h.access(), Sites.vip(Sites.base(), "10.99.0.50"));
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.summary()).isEqualTo("10.99.0.50 is in use: 52:54:00:ab:cd:ef answers for it");
        assertThat(r.settings()).containsExactly("cluster.vip");
    }

    @Test
    void theHostsOwnAddressAnotherSubnetAndTheSubnetsOwnAddressesFailWithoutAsking() {
        HostFixture h = host();
        assertThat(new VipCheck().run(h.access(), Sites.vip(Sites.base(), "10.99.0.3")).summary())
                .isEqualTo("10.99.0.3 is this host's own address");
        assertThat(new VipCheck().run(h.access(), Sites.vip(Sites.base(), "172.16.5.5")).summary())
                .isEqualTo("172.16.5.5 is not on a subnet this host is connected to");
        assertThat(new VipCheck().run(h.access(), Sites.vip(Sites.base(), "10.99.0.255")).summary())
                .isEqualTo("10.99.0.255 is the broadcast address of 10.99.0.0/24");
        assertThat(new VipCheck().run(h.access(), Sites.vip(Sites.base(), "10.99.0.0")).summary())
                .isEqualTo("10.99.0.0 is the network address of 10.99.0.0/24");
        assertThat(h.ran).noneMatch(a -> a.get(0).equals("arping"));
    }

    @Test
    void theAnswersOwnVipRulesApplyHereToo() {
        CheckResult r = new VipCheck().run(host().access(), Sites.vip(Sites.base(), "192.168.4.4"));
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.summary()).contains("inside the pod CIDR");
    }

    @Test
    void withoutArpingItSaysSo() {
        CheckResult r = new VipCheck().run(host().access(), Sites.vip(Sites.base(), "10.99.0.60"));
        assertThat(r.verdict()).isEqualTo(Verdict.COULD_NOT_RUN);
        assertThat(r.evidence()).containsExactly("arping is not installed (Debian and Ubuntu: iputils-arping)");
    }

    @Test
    void appliesWhenTheOverlayIsOffAndAVipIsSet() {
        assertThat(new VipCheck().appliesTo(Sites.vip(Sites.base(), "10.99.0.60"))).isTrue();
        assertThat(new VipCheck().appliesTo(Sites.overlay(Sites.base(), 3))).isFalse();
    }
}
