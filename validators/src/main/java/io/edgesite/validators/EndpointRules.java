package io.edgesite.validators;

import io.edgesite.palette.Vmxnet3;
import io.edgesite.properties.SiteProperties;
import io.edgesite.palette.SupportMatrix;

import inet.ipaddr.ipv4.IPv4Address;
import io.edgesite.model.Cluster;
import io.edgesite.model.Cni;
import io.edgesite.model.DeploymentMode;
import io.edgesite.model.Site;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The cluster endpoint: a VIP on the hosts' segment, or the overlay CIDR range and its derived VIP. */
final class EndpointRules implements Rule {

    @Override
    public List<Finding> check(Site site) {
        if (!site.hasCluster()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        if (site.cluster().overlay()) {
            checkOverlay(site, out);
        } else {
            checkVip(site, out);
        }
        List<String> offload = OffloadNics.of(site);
        if (!offload.isEmpty()) {
            out.add(Finding.note("vmxnet3.offload", SiteProperties.NICS.path(),
                    "VMXNET3 NIC" + (offload.size() > 1 ? "s " : " ") + String.join(", ", offload)
                            + ": the \"" + Vmxnet3.STEP_NAME + "\" step is added to user-data ("
                            + (!OffloadNics.needed(site) ? "as marked; it matters only with the overlay or Flannel"
                                    : site.cluster().overlay() ? "needed with the overlay" : "needed with Flannel") + ")"));
        }
        return out;
    }

    private static void checkVip(Site site, List<Finding> out) {
        String path = SiteProperties.VIP.path();
        Cluster c = site.cluster();
        if (skipsKubeVip(site)) {
            // An external load balancer holds the endpoint: it need not be on the hosts' segment.
            if (!c.vip().isEmpty() && !Ipv4.address(c.vip()).ok()) {
                out.add(Finding.error("vip.invalid", path, "the VIP " + Ipv4.address(c.vip()).problem()));
            }
            out.add(Finding.note("vip.external", path, "stylus.vip.skip is true: kube-vip is left out, and the"
                    + " cluster endpoint is an external load balancer's address"));
            return;
        }
        if (c.vip().isEmpty()) {
            out.add(Finding.error("vip.required", path,
                    "the cluster needs a VIP: an unused address on the hosts' subnet (or enable the overlay)"));
            return;
        }
        Ipv4.Parsed p = Ipv4.address(c.vip());
        if (!p.ok()) {
            out.add(Finding.error("vip.invalid", path, "the VIP " + p.problem()));
            return;
        }
        IPv4Address vip = p.value();
        for (String[] range : new String[][] {{c.podCidr(), "pod", "vip.in-pod-cidr"},
                {c.serviceCidr(), "service", "vip.in-service-cidr"}}) {
            Ipv4.Parsed block = Ipv4.cidr(range[0]);
            if (block.ok() && block.value().contains(vip)) {
                out.add(Finding.error(range[2], path, vip + " is inside the " + range[1] + " CIDR " + block.value()
                        + "; the VIP must be on the hosts' network, outside the cluster's own ranges"));
                return;
            }
        }
        List<HostSubnets.Assigned> subnets = HostSubnets.of(site.network());
        if (subnets.isEmpty()) {
            out.add(Finding.note("vip.unverified", path,
                    "no static address is set, so the VIP cannot be checked against the host subnet here;"
                            + " the prerequisite checks verify it on the host"));
            return;
        }
        boolean inside = false;
        for (HostSubnets.Assigned a : subnets) {
            if (a.address().equals(vip)) {
                out.add(Finding.error("vip.is-host-address", path,
                        vip + " is the address of " + a.interfaceName() + "; the VIP must be an unused address"));
                return;
            }
            if (vip.equals(a.gateway())) {
                out.add(Finding.error("vip.is-gateway", path,
                        vip + " is the gateway of " + a.interfaceName() + "; the VIP must be an unused address"));
                return;
            }
            if (a.subnet().contains(vip)) {
                inside = true;
                java.util.Optional<String> reserved = Ipv4.reservedIn(a.subnet(), vip);
                if (reserved.isPresent()) {
                    out.add(Finding.error(reserved.get().equals("network") ? "vip.is-network-address"
                            : "vip.is-broadcast-address", path,
                            vip + " is the " + reserved.get() + " address of " + a.subnet()));
                    return;
                }
            }
        }
        if (!inside) {
            out.add(Finding.error("vip.outside-subnet", path,
                    vip + " is not inside any host subnet ("
                            + subnets.stream().map(a -> a.subnet().toString()).distinct()
                                    .collect(Collectors.joining(", "))
                            + "); kube-vip announces it on the hosts' Layer-2 segment"));
        }
    }

    /** {@code stylus.vip.skip: true} (kept as written in the user-data): no kube-vip on the hosts. */
    static boolean skipsKubeVip(Site site) {
        Object skip = site.passthrough().at("stylus", "vip", "skip");
        return skip instanceof io.edgesite.model.PlainScalar p && p.text().equalsIgnoreCase("true")
                || Boolean.TRUE.equals(skip);
    }

    private static void checkOverlay(Site site, List<Finding> out) {
        Cluster c = site.cluster();
        String path = SiteProperties.OVERLAY_CIDR.path();
        for (String cell : SupportMatrix.overlayBlockers(c.distribution(), site.host().deploymentMode(),
                site.registration().managementMode(), c.topology())) {
            out.add(Finding.error("overlay.unsupported", SiteProperties.OVERLAY.path(),
                    "the overlay network is not supported for " + cell + " (Palette's support matrix)"));
        }
        Ipv4.Parsed p = Ipv4.cidr(c.overlayCidr());
        if (!p.ok()) {
            out.add(Finding.error("overlay.cidr.invalid", path, "the overlay range " + p.problem()));
        } else {
            OverlayNetwork overlay = new OverlayNetwork(p.value());
            IPv4Address block = p.value();
            if (!Ipv4.isPrivateOrShared(block)) {
                out.add(Finding.error("overlay.cidr.not-private", path,
                        block + " is not private; use a range inside " + String.join(", ", Ipv4.PRIVATE_RANGES)
                                + " or " + Ipv4.SHARED_RANGE + ", such as " + io.edgesite.palette.Overlay.DEFAULT_CIDR));
            }
            BigInteger needed = BigInteger.valueOf(Math.max(c.nodes(), 1) + 1L);
            if (overlay.usableAddresses().compareTo(needed) < 0) {
                out.add(Finding.error("overlay.cidr.too-small", path,
                        block + " has " + overlay.usableAddresses() + " usable addresses; the cluster needs "
                                + needed + " (one per host plus the VIP)"));
            } else {
                out.add(Finding.note("overlay.vip", path,
                        "the overlay VIP will be " + overlay.vipText()
                                + "; neither the range nor the VIP can be changed after the cluster is created"));
            }
            for (HostSubnets.Assigned a : HostSubnets.of(site.network())) {
                if (block.overlaps(a.subnet())) {
                    out.add(Finding.error("overlay.cidr.host-overlap", path,
                            block + " overlaps the host subnet " + a.subnet() + " of " + a.interfaceName()
                                    + "; the overlay range must be unused on the site network"));
                }
            }
            overlapWith(block, c.podCidr(), "pod", "overlay.cidr.pod-overlap", out);
            overlapWith(block, c.serviceCidr(), "service", "overlay.cidr.service-overlap", out);
        }
        if (site.network().interfaces().stream().anyMatch(i -> i.ip().isStatic())) {
            out.add(Finding.note("overlay.static-ip", SiteProperties.NICS.path(),
                    "static addresses with the overlay work because they are written to the user-data"
                            + " network block; do not set a static address in the on-host TUI instead"));
        }
        if (c.cni() == Cni.OTHER) {
            out.add(Finding.warning("overlay.cni.scbr", SiteProperties.CNI.path(),
                    "with the overlay, a CNI other than Calico, Cilium or Flannel must be told to use the"
                            + " interface " + io.edgesite.palette.Overlay.INTERFACE + " (agent 4.7.9 or later); older"
                            + " agents also need cluster.kubevipArgs.vip_interface: \"" + io.edgesite.palette.Overlay.INTERFACE
                            + "\" in the Kubernetes layer"));
        }
        if (site.host().deploymentMode() == DeploymentMode.AGENT) {
            out.add(Finding.warning("overlay.agent.networkd", SiteProperties.DEPLOYMENT_MODE.path(),
                    "agent mode with the overlay needs systemd-networkd and systemd-resolved on the host,"
                            + " with /etc/resolv.conf pointing at " + io.edgesite.palette.NetworkdPreparation.RESOLVED_FILE));
        }
    }

    private static void overlapWith(IPv4Address block, String other, String what, String rule, List<Finding> out) {
        Ipv4.Parsed p = Ipv4.cidr(other);
        if (p.ok() && block.overlaps(p.value())) {
            out.add(Finding.error(rule, SiteProperties.OVERLAY_CIDR.path(),
                    block + " overlaps the " + what + " CIDR " + p.value() + "; pick a range that does not"));
        }
    }

}
