package io.edgesite.palette;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgesite.model.Cni;
import io.edgesite.model.Distribution;
import org.junit.jupiter.api.Test;

class PaletteFactsTest {
    @Test
    void theKubernetesVersionsAreNewestFirstAndHoldTheDefault() {
        assertThat(EdgePacks.KUBERNETES_VERSIONS).contains(EdgePacks.DEFAULT_KUBERNETES_VERSION).doesNotHaveDuplicates();
        assertThat(EdgePacks.KUBERNETES_VERSIONS).extracting(EdgePacks::minor)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(EdgePacks.covers("1.32.4")).isTrue();
        assertThat(EdgePacks.covers("1.25")).isFalse();
        assertThat(EdgePacks.minor("v1.32")).isEqualTo(-1);
        assertThat(EdgePacks.minor("1.9")).isEqualTo(9);
    }

    @Test
    void eachDistributionHasItsRangesAndCni() {
        assertThat(EdgePacks.podCidr(Distribution.K3S)).isEqualTo("192.170.0.0/16");
        assertThat(EdgePacks.podCidr(Distribution.RKE2)).isEqualTo("192.168.0.0/16");
        assertThat(EdgePacks.serviceCidr(Distribution.PXK_E)).isEqualTo("192.169.0.0/16");
        assertThat(EdgePacks.defaultCni(Distribution.CANONICAL)).isEqualTo(Cni.CILIUM);
        assertThat(EdgePacks.defaultCni(Distribution.PXK_E)).isEqualTo(Cni.CALICO);
    }

    @Test
    void dhcpOnSeveralNicsNeedsTheOverlay() {
        assertThat(DhcpNics.unsupported(2, 0, false)).isTrue();
        assertThat(DhcpNics.unsupported(2, 0, true)).isFalse();
        assertThat(DhcpNics.unsupported(2, 1, false)).isFalse();
        assertThat(DhcpNics.unsupported(1, 0, false)).isFalse();
    }

    @Test
    void theVmxnet3StepTurnsOffBothFeaturesPerNic() {
        assertThat(Vmxnet3.commands("ens192")).containsExactly(
                "ethtool --offload ens192 tx-udp_tnl-segmentation off",
                "ethtool --offload ens192 tx-udp_tnl-csum-segmentation off");
    }

    @Test
    void theNetworkdPreparationIsTheDocsSevenStepsEndingWithResolvConf() {
        assertThat(NetworkdPreparation.steps()).hasSize(7).first().extracting(NetworkdPreparation.Step::name)
                .isEqualTo(NetworkdPreparation.FIRST_STEP);
        assertThat(NetworkdPreparation.steps().get(6).commands())
                .containsExactly("ln -sf " + NetworkdPreparation.RESOLVED_FILE + " /etc/resolv.conf");
        assertThat(NetworkdPreparation.steps()).flatExtracting(NetworkdPreparation.Step::files)
                .extracting(NetworkdPreparation.File::path)
                .containsExactly("/etc/systemd/network/20-dhcp.network", "/etc/systemd/network/20-dhcp-legacy.network");
    }
}
