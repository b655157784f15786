package io.edgesite.validators;

import inet.ipaddr.ipv4.IPv4Address;
import io.edgesite.model.Cluster;
import io.edgesite.model.Cni;
import io.edgesite.model.Distribution;
import io.edgesite.model.NodeTopology;
import io.edgesite.model.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Kubernetes version, node count and topology, CNI, and the pod / service / host CIDR clashes. */
final class ClusterRules implements Rule {
    private static final Pattern VERSION = Pattern.compile("1\\.(\\d{1,2})(\\.\\d{1,3})?");
    static final int OLDEST_MINOR = 26;
    static final int NEWEST_MINOR = 33;

    @Override
    public List<Finding> check(Site site) {
        if (!site.hasCluster()) {
            return List.of();
        }
        Cluster c = site.cluster();
        List<Finding> out = new ArrayList<>();
        Matcher m = VERSION.matcher(c.kubernetesVersion());
        if (!m.matches()) {
            out.add(Finding.error("kubernetes.version.invalid", "cluster.kubernetesVersion",
                    "\"" + Printable.of(c.kubernetesVersion()) + "\" is not a Kubernetes version like 1.32"));
        } else {
            int minor = Integer.parseInt(m.group(1));
            if (minor < OLDEST_MINOR || minor > NEWEST_MINOR) {
                out.add(Finding.warning("kubernetes.version.unsupported", "cluster.kubernetesVersion",
                        "Palette Edge packs cover Kubernetes 1." + OLDEST_MINOR + " to 1." + NEWEST_MINOR));
            }
        }
        if (c.nodes() < 1) {
            out.add(Finding.error("nodes.invalid", "cluster.nodes", "a cluster has at least one node"));
        } else if (c.topology() == NodeTopology.TWO_NODE) {
            for (String b : SupportMatrix.twoNodeBlockers(c.distribution(), site.host().deploymentMode(),
                    site.registration().managementMode())) {
                out.add(Finding.error("topology.two-node", "cluster.nodes", "a two-node cluster cannot use " + b));
            }
        }
        checkCni(c, out);
        IPv4Address pod = cidr(c.podCidr(), "cluster.podCidr", "pod-cidr.invalid", out);
        IPv4Address service = cidr(c.serviceCidr(), "cluster.serviceCidr", "service-cidr.invalid", out);
        if (pod != null && service != null && pod.overlaps(service)) {
            out.add(Finding.error("cidr.pod-service-overlap", "cluster.serviceCidr",
                    "the service CIDR " + service + " overlaps the pod CIDR " + pod + "; they must be disjoint"));
        }
        for (HostSubnets.Assigned a : HostSubnets.of(site.network())) {
            if (pod != null && pod.overlaps(a.subnet())) {
                out.add(Finding.error("cidr.pod-host-overlap", "cluster.podCidr",
                        "the pod CIDR " + pod + " overlaps the host subnet " + a.subnet() + " of "
                                + a.interfaceName() + "; pick a pod range the site does not use"));
            }
            if (service != null && service.overlaps(a.subnet())) {
                out.add(Finding.error("cidr.service-host-overlap", "cluster.serviceCidr",
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
            out.add(Finding.warning("cni.unusual", "cluster.cni",
                    "Palette offers Cilium with Palette Optimized Canonical; for " + c.distribution().title()
                            + " the edge packs are Calico and Flannel"));
        } else if (canonical && (c.cni() == Cni.CALICO || c.cni() == Cni.FLANNEL)) {
            out.add(Finding.warning("cni.unusual", "cluster.cni",
                    "Palette Optimized Canonical comes with Cilium"));
        }
    }
}
