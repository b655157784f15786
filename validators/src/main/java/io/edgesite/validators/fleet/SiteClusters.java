package io.edgesite.validators.fleet;

import inet.ipaddr.ipv4.IPv4Address;
import io.edgesite.model.Cluster;
import io.edgesite.model.Site;
import io.edgesite.properties.SiteProperties;
import io.edgesite.validators.Finding;
import io.edgesite.validators.HostSubnets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The hosts of a site make one cluster: they agree on its settings, there are as many as its node count, and
 * with the overlay on they share one subnet (the overlay's VXLAN needs one Layer-2 segment).
 */
final class SiteClusters {
    private SiteClusters() {
    }

    static List<FleetFinding> check(String site, List<FleetHost> hosts) {
        List<FleetFinding> out = new ArrayList<>();
        FleetHost first = hosts.get(0);
        for (FleetHost h : hosts.subList(1, hosts.size())) {
            String differs = firstDifference(first.answers(), h.answers());
            if (differs != null) {
                out.add(FleetFinding.ofHost(h, Finding.error("fleet.cluster.differs", differs, "differs from "
                        + first.name() + "'s: the hosts of a site form one cluster, so its settings belong in the"
                        + " site's answers")));
            }
        }
        if (!out.isEmpty() || !first.answers().hasCluster()) {
            return out;
        }
        Cluster c = first.answers().cluster();
        if (c.nodes() >= 1 && c.nodes() != hosts.size()) {
            out.add(FleetFinding.ofSite(site, Finding.error("fleet.nodes.count", SiteProperties.NODES.path(),
                    "the cluster has " + c.nodes() + " node" + (c.nodes() == 1 ? "" : "s") + " but the site lists "
                            + hosts.size() + " host" + (hosts.size() == 1 ? "" : "s"))));
        }
        if (c.overlay()) {
            oneSegment(hosts, out);
        }
        return out;
    }

    /** The path of the first cluster setting that differs, or null when the two agree. */
    private static String firstDifference(Site a, Site b) {
        if (a.hasCluster() != b.hasCluster()) {
            return "cluster";
        }
        if (!a.hasCluster()) {
            return null;
        }
        Cluster x = a.cluster();
        Cluster y = b.cluster();
        Map<String, Boolean> same = new LinkedHashMap<>();
        same.put(SiteProperties.DISTRIBUTION.path(), x.distribution() == y.distribution());
        same.put(SiteProperties.KUBERNETES.path(), x.kubernetesVersion().equals(y.kubernetesVersion()));
        same.put(SiteProperties.NODES.path(), x.nodes() == y.nodes());
        same.put(SiteProperties.CNI.path(), x.cni() == y.cni());
        same.put(SiteProperties.POD_CIDR.path(), Objects.equals(x.podCidr(), y.podCidr()));
        same.put(SiteProperties.SERVICE_CIDR.path(), Objects.equals(x.serviceCidr(), y.serviceCidr()));
        same.put(SiteProperties.OVERLAY.path(), x.overlay() == y.overlay());
        same.put(SiteProperties.VIP.path(), x.overlay() || x.vip().equals(y.vip()));
        same.put(SiteProperties.OVERLAY_CIDR.path(), !x.overlay() || x.overlayCidr().equals(y.overlayCidr()));
        return same.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** Hosts with static addresses share a subnet with the first such host; DHCP hosts cannot be judged here. */
    private static void oneSegment(List<FleetHost> hosts, List<FleetFinding> out) {
        FleetHost anchor = null;
        Set<IPv4Address> anchorSubnets = Set.of();
        for (FleetHost h : hosts) {
            List<HostSubnets.Assigned> assigned = HostSubnets.of(h.answers().network());
            if (assigned.isEmpty()) {
                continue;
            }
            Set<IPv4Address> subnets = assigned.stream().map(HostSubnets.Assigned::subnet).collect(Collectors.toSet());
            if (anchor == null) {
                anchor = h;
                anchorSubnets = subnets;
                continue;
            }
            if (subnets.stream().noneMatch(anchorSubnets::contains)) {
                HostSubnets.Assigned a = assigned.get(0);
                out.add(FleetFinding.ofHost(h, Finding.error("fleet.overlay.segments", a.path() + ".address",
                        "the overlay needs the cluster's hosts on one Layer-2 segment: this host is on " + a.subnet()
                                + ", " + anchor.name() + " on " + anchorSubnets.stream().map(String::valueOf).sorted()
                                        .collect(Collectors.joining(", ")))));
            }
        }
    }
}
