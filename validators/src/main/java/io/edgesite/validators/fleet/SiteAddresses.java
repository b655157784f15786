package io.edgesite.validators.fleet;

import inet.ipaddr.format.util.AssociativeAddressTrie.AssociativeTrieNode;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv4.IPv4AddressAssociativeTrie;
import io.edgesite.properties.SiteProperties;
import io.edgesite.validators.Finding;
import io.edgesite.validators.HostSubnets;
import io.edgesite.validators.Ipv4;
import io.edgesite.validators.OverlayNetwork;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Host addresses across the inventory. Within a site an address is one host's; across sites the same address is
 * only a warning, since a chain of shops often gives every shop the same LAN behind its own router, which is
 * fine until two of them share a WAN. The same holds for a VIP and for an overlay range that covers another
 * site's hosts. (A VIP equal to an address of its own site is each host's own rule, which sees the site's VIP.)
 * Addresses are looked up by value and subnets in a trie, so that a fleet of thousands of sites is not compared
 * site by site.
 */
final class SiteAddresses {
    private SiteAddresses() {
    }

    /** One static address of a host; {@code order} is its place in the inventory, for findings in that order. */
    private record Held(int order, FleetHost host, HostSubnets.Assigned where) {
    }

    static List<FleetFinding> check(List<FleetHost> hosts) {
        List<FleetFinding> out = new ArrayList<>();
        List<Held> all = new ArrayList<>();
        for (FleetHost h : hosts) {
            HostSubnets.of(h.answers().network()).forEach(a -> all.add(new Held(all.size(), h, a)));
        }
        Map<IPv4Address, List<Held>> byAddress = new HashMap<>();
        IPv4AddressAssociativeTrie<List<Held>> bySubnet = new IPv4AddressAssociativeTrie<>();
        for (Held h : all) {
            byAddress.computeIfAbsent(h.where().address(), a -> new ArrayList<>()).add(h);
            List<Held> holders = bySubnet.get(h.where().subnet());
            if (holders == null) {
                holders = new ArrayList<>();
                bySubnet.put(h.where().subnet(), holders);
            }
            holders.add(h);
        }
        duplicates(all, byAddress, out);
        for (Map.Entry<String, List<FleetHost>> site : FleetRules.bySite(hosts).entrySet()) {
            FleetHost first = site.getValue().get(0);
            if (!first.answers().hasCluster()) {
                continue;
            }
            if (first.answers().cluster().overlay()) {
                overlayOverOtherSites(site.getKey(), first, bySubnet, out);
            } else {
                vipOfOtherSites(site.getKey(), first, byAddress, out);
            }
        }
        return out;
    }

    /** Each address against the hosts listed before it: one of its own site first (an error), else another site's. */
    private static void duplicates(List<Held> all, Map<IPv4Address, List<Held>> byAddress, List<FleetFinding> out) {
        for (Held h : all) {
            Held sameSite = null;
            Held otherSite = null;
            for (Held e : byAddress.get(h.where().address())) {
                if (e.order() >= h.order()) {
                    break;
                }
                if (e.host() == h.host()) {
                    continue; // two interfaces of one host: that host's own rule
                }
                if (e.host().site().equals(h.host().site())) {
                    sameSite = sameSite == null ? e : sameSite;
                } else {
                    otherSite = otherSite == null ? e : otherSite;
                }
            }
            String path = h.where().path() + ".address";
            if (sameSite != null) {
                out.add(FleetFinding.ofHost(h.host(), Finding.error("fleet.address.duplicate", path,
                        "the address " + h.where().address() + " is also " + whose(sameSite) + "'s: each host needs its own")));
            } else if (otherSite != null) {
                out.add(FleetFinding.ofHost(h.host(), Finding.warning("fleet.address.other-site", path,
                        "the address " + h.where().address() + " is also " + whose(otherSite) + "'s at another site; fine"
                                + " only while the two sites do not share a network")));
            }
        }
    }

    private static String whose(Held h) {
        return h.host().site() + "/" + h.host().name() + " (" + h.where().interfaceName() + ")";
    }

    private static void vipOfOtherSites(String site, FleetHost first, Map<IPv4Address, List<Held>> byAddress,
            List<FleetFinding> out) {
        Ipv4.Parsed vip = Ipv4.address(first.answers().cluster().vip());
        if (!vip.ok()) {
            return;
        }
        for (Held h : byAddress.getOrDefault(Ipv4.bare(vip.value()), List.of())) {
            if (!h.host().site().equals(site) && h.where().address().equals(vip.value())) {
                out.add(FleetFinding.ofSite(site, Finding.warning("fleet.vip.other-site", SiteProperties.VIP.path(),
                        "the VIP " + vip.value() + " is the address of " + h.host().site() + "/" + h.host().name()
                                + "; fine only while the two sites do not share a network")));
            }
        }
    }

    private static void overlayOverOtherSites(String site, FleetHost first, IPv4AddressAssociativeTrie<List<Held>> bySubnet,
            List<FleetFinding> out) {
        OverlayNetwork overlay = OverlayNetwork.parse(first.answers().cluster().overlayCidr()).orElse(null);
        if (overlay == null) {
            return;
        }
        // two prefix blocks overlap when one holds the other: the subnets inside the range, and those around it
        Set<Held> overlapping = new TreeSet<>(Comparator.comparingInt(Held::order));
        for (AssociativeTrieNode<IPv4Address, List<Held>> found : Arrays.asList(
                bySubnet.elementsContainedBy(overlay.block()), bySubnet.elementsContaining(overlay.block()))) {
            if (found == null) {
                continue; // none that side
            }
            for (Iterator<? extends AssociativeTrieNode<IPv4Address, List<Held>>> it = found.nodeIterator(true); it.hasNext(); ) {
                overlapping.addAll(it.next().getValue());
            }
        }
        Set<String> reported = new LinkedHashSet<>();
        for (Held h : overlapping) {
            if (h.host().site().equals(site) || !reported.add(h.host().site() + " " + h.where().subnet())) {
                continue;
            }
            out.add(FleetFinding.ofSite(site, Finding.warning("fleet.overlay.other-site", SiteProperties.OVERLAY_CIDR.path(),
                    "the overlay range " + overlay.block() + " overlaps " + h.host().site() + "'s host subnet "
                            + h.where().subnet() + "; if the sites share a WAN, the cluster cannot reach those hosts")));
        }
    }
}
