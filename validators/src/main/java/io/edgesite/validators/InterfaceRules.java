package io.edgesite.validators;

import io.edgesite.properties.SiteProperties;
import inet.ipaddr.ipv4.IPv4Address;
import io.edgesite.model.Addressing;
import io.edgesite.model.Bond;
import io.edgesite.model.Bridge;
import io.edgesite.model.IpConfig;
import io.edgesite.model.Network;
import io.edgesite.model.Nic;
import io.edgesite.model.Site;
import io.edgesite.model.Vlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Interface names, static addresses, gateways, per-interface DNS, bonds, VLANs and bridges. */
final class InterfaceRules implements Rule {

    /** The smallest MTU IPv4 works with (RFC 791) and the largest a Linux link takes. */
    static final int MIN_MTU = 68;
    static final int MAX_MTU = 65535;

    @Override
    public List<Finding> check(Site site) {
        Network n = site.network();
        List<Finding> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Network.NamedInterface i : n.interfaces()) {
            String problem = Names.interfaceNameProblem(i.name());
            if (problem != null) {
                String hint = i.path().startsWith(SiteProperties.VLANS.path()) && i.name().length() > Names.MAX_INTERFACE_NAME
                        ? "; give the VLAN a shorter name or shorten its parent's name" : "";
                out.add(Finding.error("interface.name.invalid", i.path() + ".name", problem + hint));
            } else if (!names.add(i.name())) {
                out.add(Finding.error("interface.duplicate", i.path() + ".name",
                        "interface " + i.name() + " is declared twice"));
            }
            checkIp(i.ip(), i.path(), out);
            if (i.mtu() != 0 && (i.mtu() < MIN_MTU || i.mtu() > MAX_MTU)) {
                out.add(Finding.error("mtu.invalid", i.path() + ".mtu", "an MTU of " + i.mtu() + " is outside "
                        + MIN_MTU + "-" + MAX_MTU + "; leave it empty for the system's default"));
            }
        }
        checkNicMtus(site, out);
        checkBonds(n, out);
        checkVlans(n, out);
        checkBridges(n, out);
        checkSubnetOverlaps(n, out);
        return out;
    }

    /** A NIC's MTU goes into the networkd file edge-site writes for it; a NIC with no such file keeps its own. */
    private static void checkNicMtus(Site site, List<Finding> out) {
        Network n = site.network();
        Set<String> inTopology = new HashSet<>();
        n.bonds().forEach(b -> inTopology.addAll(b.members()));
        n.vlans().forEach(v -> inTopology.add(v.parent()));
        n.bridges().forEach(b -> inTopology.addAll(b.ports()));
        for (int i = 0; i < n.nics().size(); i++) {
            Nic nic = n.nics().get(i);
            if (nic.mtu() > 0 && !inTopology.contains(nic.name()) && !site.host().prepareNetworkd()) {
                out.add(Finding.warning("mtu.not-written", SiteProperties.NICS.at(i) + ".mtu", "the MTU of " + nic.name()
                        + " is written only in a networkd file: for a bond member, VLAN parent or bridge port, or in"
                        + " agent mode with networkd prepared; set it in the on-host TUI instead"));
            }
        }
    }

    private static void checkIp(IpConfig ip, String path, List<Finding> out) {
        if (!ip.isStatic()) {
            if (!ip.nameserver().isEmpty()) {
                checkNameserver(ip.nameserver(), path + ".nameserver", out);
            }
            return;
        }
        if (ip.address().isEmpty()) {
            out.add(Finding.error("address.required", path + ".address",
                    "a static interface needs its address with prefix length, like 10.0.10.25/24"));
            return;
        }
        Ipv4.Parsed p = Ipv4.hostWithMask(ip.address(), ip.mask());
        if (!p.ok()) {
            boolean maskAtFault = !ip.mask().isEmpty() && Ipv4.address(ip.address()).ok();
            out.add(Finding.error(maskAtFault ? "mask.invalid" : "address.invalid",
                    path + (maskAtFault ? ".mask" : ".address"), p.problem()));
            return;
        }
        IPv4Address subnet = Ipv4.subnetOf(p.value());
        IPv4Address host = Ipv4.bare(p.value());
        int prefix = p.value().getNetworkPrefixLength();
        if (prefix < 8) {
            out.add(Finding.error("address.invalid", path + ".address",
                    "/" + prefix + " is too wide for a host subnet; check the prefix length"));
        }
        Ipv4.reservedIn(subnet, host).ifPresent(which -> out.add(Finding.error(
                which.equals("network") ? "address.is-network" : "address.is-broadcast", path + ".address",
                host + " is the " + which + " address of " + subnet + "; pick a host address inside it")));
        if (!ip.gateway().isEmpty()) {
            Ipv4.Parsed gw = Ipv4.address(ip.gateway());
            if (!gw.ok()) {
                out.add(Finding.error("gateway.invalid", path + ".gateway", gw.problem()));
            } else if (gw.value().equals(host)) {
                out.add(Finding.error("gateway.is-self", path + ".gateway",
                        "the gateway is this interface's own address; give the router's address"));
            } else if (!subnet.contains(gw.value())) {
                out.add(Finding.error("gateway.outside-subnet", path + ".gateway",
                        gw.value() + " is not inside " + subnet + "; the gateway must be on the interface's subnet"));
            }
        }
        if (!ip.nameserver().isEmpty()) {
            checkNameserver(ip.nameserver(), path + ".nameserver", out);
        }
    }

    static void checkNameserver(String value, String path, List<Finding> out) {
        Ipv4.Parsed p = Ipv4.address(value);
        if (!p.ok()) {
            out.add(Finding.error("dns.invalid", path, "DNS server " + p.problem()));
        }
    }

    private static void checkBonds(Network n, List<Finding> out) {
        Map<String, Nic> nics = new HashMap<>();
        n.nics().forEach(nic -> nics.put(nic.name(), nic));
        Map<String, String> memberOf = new HashMap<>();
        for (int b = 0; b < n.bonds().size(); b++) {
            Bond bond = n.bonds().get(b);
            String path = SiteProperties.BONDS.at(b);
            if (bond.members().isEmpty()) {
                out.add(Finding.error("bond.members.missing", path + ".members",
                        "bond " + Printable.of(bond.name()) + " has no member NICs"));
            }
            for (int m = 0; m < bond.members().size(); m++) {
                String member = bond.members().get(m);
                String mpath = path + ".members[" + m + "]";
                String problem = Names.interfaceNameProblem(member);
                if (problem != null) {
                    out.add(Finding.error("interface.name.invalid", mpath, problem));
                    continue;
                }
                String other = memberOf.putIfAbsent(member, bond.name());
                if (other != null) {
                    out.add(Finding.error("bond.member.shared", mpath,
                            member + " is already a member of bond " + other));
                }
                Nic nic = nics.get(member);
                if (nic == null) {
                    out.add(Finding.warning("bond.member.undeclared", mpath,
                            member + " is not listed under network.nics; make sure the host has it"));
                } else if (nic.ip().addressing() != Addressing.NONE) {
                    // A member with its own address (even by DHCP) fights the bond for the link.
                    out.add(Finding.error("bond.member.addressed", mpath, member + " has its own address ("
                            + nic.ip().addressing().value() + "); a bond member carries none (set it to none)"));
                }
            }
        }
    }

    private static void checkVlans(Network n, List<Finding> out) {
        Set<String> parents = new HashSet<>();
        n.nics().forEach(x -> parents.add(x.name()));
        n.bonds().forEach(x -> parents.add(x.name()));
        Set<String> seen = new HashSet<>();
        for (int v = 0; v < n.vlans().size(); v++) {
            Vlan vlan = n.vlans().get(v);
            String path = SiteProperties.VLANS.at(v);
            if (vlan.id() < 1 || vlan.id() > 4094) {
                out.add(Finding.error("vlan.id.invalid", path + ".id",
                        "VLAN ID " + vlan.id() + " is outside 1-4094"));
            }
            if (!parents.contains(vlan.parent())) {
                out.add(Finding.error("vlan.parent.unknown", path + ".parent",
                        "\"" + Printable.of(vlan.parent()) + "\" is neither a NIC nor a bond of this host;"
                                + " declare it first"));
            } else if (!seen.add(vlan.parent() + "#" + vlan.id())) {
                out.add(Finding.error("vlan.duplicate", path + ".id",
                        "VLAN " + vlan.id() + " is declared twice on " + vlan.parent()));
            }
        }
    }

    private static void checkBridges(Network n, List<Finding> out) {
        Set<String> known = new HashSet<>();
        n.interfaces().forEach(i -> known.add(i.name()));
        for (int b = 0; b < n.bridges().size(); b++) {
            Bridge bridge = n.bridges().get(b);
            for (int p = 0; p < bridge.ports().size(); p++) {
                String port = bridge.ports().get(p);
                String problem = Names.interfaceNameProblem(port);
                String path = SiteProperties.BRIDGES.at(b) + ".ports[" + p + "]";
                if (problem != null) {
                    out.add(Finding.error("interface.name.invalid", path, problem));
                } else if (!known.contains(port)) {
                    out.add(Finding.warning("bridge.port.undeclared", path,
                            port + " is not declared in network; make sure the host has it"));
                }
            }
        }
    }

    /** More addressed interfaces than any edge host has: compared pairwise, they would cost quadratic time. */
    static final int MAX_ADDRESSED = 256;

    private static void checkSubnetOverlaps(Network n, List<Finding> out) {
        List<HostSubnets.Assigned> all = HostSubnets.of(n);
        if (all.size() > MAX_ADDRESSED) {
            out.add(Finding.error("address.too-many", "network",
                    all.size() + " static interfaces; an edge host has at most " + MAX_ADDRESSED));
            return;
        }
        for (int i = 0; i < all.size(); i++) {
            for (int j = 0; j < i; j++) {
                HostSubnets.Assigned a = all.get(i);
                HostSubnets.Assigned b = all.get(j);
                if (a.address().equals(b.address())) {
                    out.add(Finding.error("address.duplicate", a.path() + ".address",
                            a.address() + " is also given to " + b.interfaceName()));
                    break;
                } else if (a.subnet().overlaps(b.subnet())) {
                    out.add(Finding.warning("address.subnet-shared", a.path() + ".address",
                            a.subnet() + " overlaps " + b.subnet() + " on " + b.interfaceName()
                                    + "; two interfaces on one subnet confuse routing"));
                    break;
                }
            }
        }
    }
}
