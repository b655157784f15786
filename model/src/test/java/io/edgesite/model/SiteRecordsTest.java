package io.edgesite.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgesite.palette.EdgePacks;
import io.edgesite.palette.Overlay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteRecordsTest {
    @Test
    void aNewSiteHasPalettesDefaultsAndNothingEntered() {
        Site s = Site.defaults();
        assertThat(s.hasCluster()).isTrue();
        assertThat(s.cluster().distribution()).isEqualTo(Distribution.PXK_E);
        assertThat(s.cluster().kubernetesVersion()).isEqualTo(EdgePacks.DEFAULT_KUBERNETES_VERSION);
        assertThat(s.cluster().podCidr()).isEqualTo(EdgePacks.podCidr(Distribution.PXK_E));
        assertThat(s.cluster().overlayCidr()).isEqualTo(Overlay.DEFAULT_CIDR);
        assertThat(s.cluster().overlay()).isFalse();
        assertThat(s.registration().managementMode()).isEqualTo(ManagementMode.CENTRAL);
        assertThat(s.registration().edgeHostToken().isEmpty()).isTrue();
        assertThat(s.host().deploymentMode()).isEqualTo(DeploymentMode.APPLIANCE);
        assertThat(s.network().interfaces()).isEmpty();
        assertThat(s.passthrough().isEmpty()).isTrue();
    }

    @Test
    void k3sGetsItsOwnPodRangeWhenNoneIsGiven() {
        Cluster c = new Cluster(Distribution.K3S, "1.31", 3, null, null, null, true, null, null);
        assertThat(c.podCidr()).isEqualTo("192.170.0.0/16");
        assertThat(c.cni()).isEqualTo(Cni.CALICO);
        assertThat(c.vip()).isEmpty();
        assertThat(c.topology()).isEqualTo(NodeTopology.MULTI_NODE);
        assertThat(new Cluster(null, null, 2, null, null, null, false, null, null).topology()).isEqualTo(NodeTopology.TWO_NODE);
    }

    @Test
    void withersChangeOnePartAndKeepTheRest() {
        Site s = Site.defaults();
        Host h = new Host("edge-9", DeploymentMode.AGENT, List.of(), null, List.of("pool.ntp.org"));
        Site changed = s.withHost(h);
        assertThat(changed.host()).isEqualTo(h);
        assertThat(changed.withHost(s.host())).isEqualTo(s);
        assertThat(s.withoutCluster().hasCluster()).isFalse();
        assertThat(s.withoutCluster().withCluster(s.cluster())).isEqualTo(s);
        assertThat(h.usersStepName()).isEqualTo(Host.DEFAULT_USERS_STEP);
    }

    @Test
    void interfacesListEveryKindWithTheAnswersPathItCameFrom() {
        Network n = new Network(List.of(new Nic("eth0", IpConfig.none(), false), new Nic("eth1", IpConfig.none(), false)),
                List.of(new Bond("bond0", List.of("eth0", "eth1"), BondMode.ACTIVE_BACKUP, IpConfig.dhcp())),
                List.of(new Vlan("bond0", 20, "", IpConfig.staticAddress("10.0.20.5/24", "10.0.20.1", ""))),
                List.of(), "", null);
        assertThat(n.interfaces()).extracting(Network.NamedInterface::name).containsExactly("eth0", "eth1", "bond0", "bond0.20");
        assertThat(n.interfaces()).extracting(Network.NamedInterface::path)
                .containsExactly("network.nics[0]", "network.nics[1]", "network.bonds[0]", "network.vlans[0]");
        assertThat(n.find("bond0.20")).get().extracting(i -> i.ip().gateway()).isEqualTo("10.0.20.1");
        assertThat(n.find("eth9")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(classes = {Addressing.class, BondMode.class, Cni.class, DeploymentMode.class, Distribution.class,
        ManagementMode.class, RegistrationMode.class})
    @SuppressWarnings({"unchecked", "rawtypes"})
    void everyEnumWordParsesBackToItsConstant(Class<?> type) {
        Class<Enum> e = (Class<Enum>) type;
        List<String> words = Keyword.words((Class) e);
        assertThat(words).doesNotHaveDuplicates().allSatisfy(w -> assertThat(w).isNotBlank().isLowerCase());
        for (Object constant : e.getEnumConstants()) {
            assertThat(Keyword.parse((Class) e, ((Keyword) constant).value())).contains(constant);
        }
        assertThat(Keyword.parse((Class) e, "no-such-word")).isEmpty();
        assertThat(Keyword.parse((Class) e, words.get(0).toUpperCase(java.util.Locale.ROOT))).isEmpty();
    }
}
