package io.edgesite.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NicCheckTest {
    @TempDir
    Path dir;

    static final String ADDRS = "2: ens192    inet 10.0.10.25/24 brd 10.0.10.255 scope global ens192\\       valid_lft forever\n";

    @Test
    void aNamedNicWithLinkAndItsAddressPasses() {
        HostFixture h = new HostFixture(dir).nic("ens192", "vmxnet3", true).addresses(ADDRS);
        CheckResult r = new NicCheck().run(h.access(), Sites.nics(Sites.base(), Sites.fixed("ens192", "10.0.10.25/24")));
        assertThat(r.verdict()).as(r.toString()).isEqualTo(Verdict.PASS);
        assertThat(r.evidence()).anyMatch(e -> e.contains("ens192: link up, carrier 1, [10.0.10.25/24]"));
    }

    @Test
    void aMissingNicFailsAndNamesTheOnesThereAre() {
        HostFixture h = new HostFixture(dir).nic("ens192", "vmxnet3", true).addresses(ADDRS);
        CheckResult r = new NicCheck().run(h.access(), Sites.nics(Sites.base(), Sites.dhcp("enp1s0")));
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.summary()).isEqualTo("enp1s0 does not exist on this host");
        assertThat(r.evidence()).anyMatch(e -> e.contains("found: ens192"));
    }

    @Test
    void noLinkFails() {
        HostFixture h = new HostFixture(dir).nic("ens192", "vmxnet3", false).addresses(ADDRS);
        CheckResult r = new NicCheck().run(h.access(), Sites.nics(Sites.base(), Sites.dhcp("ens192")));
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.summary()).contains("no link");
    }

    @Test
    void aStaticAddressNotYetOnTheNicIsAWarning() {
        HostFixture h = new HostFixture(dir).nic("ens192", "vmxnet3", true).addresses(ADDRS);
        CheckResult r = new NicCheck().run(h.access(), Sites.nics(Sites.base(), Sites.fixed("ens192", "10.0.10.30/24")));
        assertThat(r.verdict()).isEqualTo(Verdict.WARN);
        assertThat(r.summary()).contains("does not carry 10.0.10.30/24 yet");
    }

    @Test
    void severalNicsOnDhcpWithoutOverlayFail() {
        HostFixture h = new HostFixture(dir).nic("enp1s0", "igb", true).nic("enp2s0", "igb", true)
                .addresses("2: enp1s0    inet 192.168.1.20/24 scope global enp1s0\n");
        CheckResult r = new NicCheck().run(h.access(), Sites.base());
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.summary()).isEqualTo("2 NICs have link and all would use DHCP without the overlay");
        CheckResult withOverlay = new NicCheck().run(h.access(), Sites.overlay(Sites.base(), 3));
        assertThat(withOverlay.verdict()).isEqualTo(Verdict.PASS);
    }
}
