package io.edgesite.validators;

import io.edgesite.properties.SiteProperties;
import io.edgesite.palette.EdgePacks;
import io.edgesite.palette.SupportMatrix;

import inet.ipaddr.ipv4.IPv4Address;
import io.edgesite.model.Cluster;
import io.edgesite.model.Cni;
import io.edgesite.model.Distribution;
import io.edgesite.model.NodeTopology;
import io.edgesite.model.Site;
import java.util.ArrayList;
import java.util.List;

/** Kubernetes version, node count and topology, CNI, and the pod / service / host CIDR clashes. */
final class ClusterRules implements Rule {

    @Override
    public List<Finding> check(Site site) {
        if (!site.hasCluster()) {
            return List.of();
        }
        Cluster c = site.cluster();
        List<Finding> out = new ArrayList<>();
        if (EdgePacks.minor(c.kubernetesVersion()) < 0) {
            out.add(Finding.error("kubernetes.version.invalid", SiteProperties.KUBERNETES.path(),
                    "\"" + Printable.of(c.kubernetesVersion()) + "\" is not a Kubernetes version like "
                            + EdgePacks.DEFAULT_KUBERNETES_VERSION));
        } else if (!EdgePacks.covers(c.kubernetesVersion())) {
            List<String> versions = EdgePacks.KUBERNETES_VERSIONS;
            out.add(Finding.warning("kubernetes.version.unsupported", SiteProperties.KUBERNETES.path(),
                    "Palette Edge packs cover Kubernetes " + versions.get(versions.size() - 1) + " to " + versions.get(0)));
        }
        if (c.nodes() < 1) {
            out.add(Finding.error("nodes.invalid", SiteProperties.NODES.path(), "a cluster has at least one node"));
        } else if (c.topology() == NodeTopology.TWO_NODE) {
            for (String b : SupportMatrix.twoNodeBlockers(c.distribution(), site.host().deploymentMode(),
                    site.registration().managementMode())) {
                out.add(Finding.error("topology.two-node", SiteProperties.NODES.path(), "a two-node cluster cannot use " + b));
            }
        }
        checkCni(c, out);
        IPv4Address pod = cidr(c.podCidr(), SiteProperties.POD_CIDR.path(), "pod-cidr.invalid", out);
        IPv4Address service = cidr(c.serviceCidr(), SiteProperties.SERVICE_CIDR.path(), "service-cidr.invalid", out);
        if (pod != null && service != null && pod.overlaps(service)) {
            out.add(Finding.error("cidr.pod-service-overlap", SiteProperties.SERVICE_CIDR.path(),
                    "the service CIDR " + service + " overlaps the pod CIDR " + pod + "; they must be disjoint"));
        }
        for (HostSubnets.Assigned a : HostSubnets.of(site.network())) {
            if (pod != null && pod.overlaps(a.subnet())) {
                out.add(Finding.error("cidr.pod-host-overlap", SiteProperties.POD_CIDR.path(),
                        "the pod CIDR " + pod + " overlaps the host subnet " + a.subnet() + " of "
                                + a.interfaceName() + "; pick a pod range the site does not use"));
            }
            if (service != null && service.overlaps(a.subnet())) {
                out.add(Finding.error("cidr.service-host-overlap", SiteProperties.SERVICE_CIDR.path(),
                        "the service CIDR " + service + " overlaps the host subnet " + a.subnet() + " of "
                                + a.interfaceName() + "; pick a service range the site does not use"));
            }
        }
        return out;
    }

    static IPv4Address cidr(String text, String path, String rule, List<Finding> out) {
        Ipv4.Parsed p = Ipv4.cidr(text);
        if (!p.ok()) {
            out.add(Finding.error(rule, path, p.problem()));
            return null;
        }
        return p.value();
    }

    private static void checkCni(Cluster c, List<Finding> out) {
        boolean canonical = c.distribution() == Distribution.CANONICAL;
        if (c.cni() == Cni.CILIUM && !canonical) {
            out.add(Finding.warning("cni.unusual", SiteProperties.CNI.path(),
                    "Palette offers Cilium with Palette Optimized Canonical; for " + c.distribution().title()
                            + " the edge packs are Calico and Flannel"));
        } else if (canonical && (c.cni() == Cni.CALICO || c.cni() == Cni.FLANNEL)) {
            out.add(Finding.warning("cni.unusual", SiteProperties.CNI.path(),
                    "Palette Optimized Canonical comes with Cilium"));
        }
    }
}
