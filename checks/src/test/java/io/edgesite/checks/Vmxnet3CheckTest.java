package io.edgesite.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgesite.model.Nic;
import io.edgesite.model.Site;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Vmxnet3CheckTest {
    @TempDir
    Path dir;

    HostFixture vmware() {
        return new HostFixture(dir).nic("ens192", "vmxnet3", true).nic("ens224", "vmxnet3", true)
                .nic("eth9", "e1000e", true).file("/sys/class/dmi/id/sys_vendor", "VMware, Inc.")
                .command(HostFixture.captured("ethtool-k-veth.txt"), "ethtool", "-k", "ens192")
                .command(HostFixture.captured("ethtool-k-virtio.txt"), "ethtool", "-k", "ens224");
    }

    @Test
    void appliesWithTheOverlayOrFlannel() {
        assertThat(new Vmxnet3Check().appliesTo(Sites.base())).isFalse();
        assertThat(new Vmxnet3Check().appliesTo(Sites.overlay(Sites.base(), 1))).isTrue();
        assertThat(new Vmxnet3Check().appliesTo(Sites.flannel(Sites.base()))).isTrue();
    }

    @Test
    void unmarkedVmxnet3NicsFailWithAFixForExactlyThoseNics() {
        HostFixture h = vmware();
        Site site = Sites.overlay(Sites.nics(Sites.base(), Sites.dhcp("ens192"), Sites.dhcp("eth9")), 1);
        CheckResult r = new Vmxnet3Check().run(h.access(), site);
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.summary()).startsWith("ens192, ens224 need UDP segmentation turned off");
        assertThat(r.evidence()).contains("VMXNET3 NICs (sysfs device/driver): ens192, ens224", "DMI vendor: VMware, Inc.",
                "ens192: tx-udp_tnl-segmentation on, tx-udp_tnl-csum-segmentation on",
                "ens224: tx-udp_tnl-segmentation off [fixed], tx-udp_tnl-csum-segmentation off [fixed]");
        Site fixed = r.fix().orElseThrow().apply().apply(site);
        assertThat(fixed.network().nics()).extracting(Nic::name, Nic::vmxnet3)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ens192", true),
                        org.assertj.core.groups.Tuple.tuple("eth9", false), org.assertj.core.groups.Tuple.tuple("ens224", true));
        assertThat(new Vmxnet3Check().run(h.access(), fixed).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void withoutEthtoolTheStateIsUnknownButTheVerdictStands() {
        HostFixture h = new HostFixture(dir).nic("ens192", "vmxnet3", true);
        CheckResult r = new Vmxnet3Check().run(h.access(), Sites.overlay(Sites.base(), 1));
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.evidence()).contains("ens192: ethtool is not installed, the offload state is unknown");
    }

    @Test
    void aNicMarkedVmxnet3ThatIsNotIsAWarning() {
        HostFixture h = new HostFixture(dir).nic("eth9", "e1000e", true);
        Site site = Sites.overlay(Sites.nics(Sites.base(), new Nic("eth9", null, true)), 1);
        assertThat(new Vmxnet3Check().run(h.access(), site).verdict()).isEqualTo(Verdict.WARN);
        assertThat(new Vmxnet3Check().run(new HostFixture(dir.resolve("x")).access(), Sites.overlay(Sites.base(), 1)).verdict())
                .isEqualTo(Verdict.PASS);
    }
}
