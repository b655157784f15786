package io.edgesite.checks;

import io.edgesite.model.Cluster;
import io.edgesite.model.Cni;
import io.edgesite.model.DeploymentMode;
import io.edgesite.model.Host;
import io.edgesite.model.IpConfig;
import io.edgesite.model.Network;
import io.edgesite.model.Nic;
import io.edgesite.model.Proxy;
import io.edgesite.model.Registration;
import io.edgesite.model.Site;
import java.util.List;

/** Sites for the check tests, built the way the answers file would build them. */
final class Sites {
    private Sites() {
    }

    static Site base() {
        return Site.defaults().withRegistration(Registration.Builder.from(Registration.empty())
                .endpoint("api.spectrocloud.com").hostId("edge-3").build());
    }

    static Site overlay(Site s, int nodes) {
        Cluster c = s.cluster();
        return s.withCluster(new Cluster(c.distribution(), c.kubernetesVersion(), nodes, c.cni(), c.podCidr(),
                c.serviceCidr(), true, "", io.edgesite.palette.Overlay.DEFAULT_CIDR));
    }

    static Site vip(Site s, String vip) {
        Cluster c = s.cluster();
        return s.withCluster(new Cluster(c.distribution(), c.kubernetesVersion(), c.nodes(), c.cni(), c.podCidr(),
                c.serviceCidr(), false, vip, ""));
    }

    static Site cidrs(Site s, String pod, String service) {
        Cluster c = s.cluster();
        return s.withCluster(new Cluster(c.distribution(), c.kubernetesVersion(), c.nodes(), c.cni(), pod, service,
                c.overlay(), c.vip(), c.overlayCidr()));
    }

    static Site flannel(Site s) {
        Cluster c = s.cluster();
        return s.withCluster(new Cluster(c.distribution(), c.kubernetesVersion(), c.nodes(), Cni.FLANNEL, c.podCidr(),
                c.serviceCidr(), c.overlay(), c.vip(), c.overlayCidr()));
    }

    static Site nics(Site s, Nic... nics) {
        Network n = s.network();
        return s.withNetwork(new Network(List.of(nics), n.bonds(), n.vlans(), n.bridges(), n.nameserver(), n.proxy()));
    }

    static Site proxy(Site s, String https, String... noProxy) {
        Network n = s.network();
        return s.withNetwork(new Network(n.nics(), n.bonds(), n.vlans(), n.bridges(), n.nameserver(),
                new Proxy("", https, List.of(noProxy))));
    }

    static Site nameserver(Site s, String server) {
        Network n = s.network();
        return s.withNetwork(new Network(n.nics(), n.bonds(), n.vlans(), n.bridges(), server, n.proxy()));
    }

    static Site endpoint(Site s, String endpoint, boolean insecure, String... caCerts) {
        return s.withRegistration(Registration.Builder.from(s.registration()).endpoint(endpoint).insecure(insecure)
                .caCerts(List.of(caCerts)).build());
    }

    static Site agent(Site s) {
        Host h = s.host();
        return s.withHost(new Host(h.hostname(), DeploymentMode.AGENT, h.users(), h.usersStepName(), h.ntpServers()));
    }

    static Nic dhcp(String name) {
        return new Nic(name, IpConfig.dhcp(), false);
    }

    static Nic fixed(String name, String address) {
        return new Nic(name, IpConfig.staticAddress(address, "", ""), false);
    }
}
