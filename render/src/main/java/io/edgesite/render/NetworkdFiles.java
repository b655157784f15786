package io.edgesite.render;

import io.edgesite.model.Addressing;
import io.edgesite.model.Bond;
import io.edgesite.model.Bridge;
import io.edgesite.model.IpConfig;
import io.edgesite.model.Network;
import io.edgesite.model.Site;
import io.edgesite.model.Vlan;
import io.edgesite.validators.Ipv4;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The systemd-networkd files edge-site writes: bonds, VLANs and bridges (which have no key in Palette's
 * network block), and in agent mode with networkd prepared, every interface the answers name. Each
 * interface gets exactly one .network file, matched by its exact name, and every file sorts before the
 * agent-mode preparation's {@code 20-dhcp*.network} wildcards and the distributions' defaults: networkd
 * applies only the first file that matches.
 */
final class NetworkdFiles {
    static final String STEP = "Configure network interfaces";
    static final String DIR = "/etc/systemd/network/";
    static final String PREFIX = "05-edge-site-";

    /** One file: its name in {@link #DIR} and its text. */
    record Unit(String fileName, String content) {
        String path() {
            return DIR + fileName;
        }
    }

    private NetworkdFiles() {
    }

    static Map<String, Object> step(Site site) {
        List<Unit> units = units(site);
        if (units.isEmpty()) {
            return null;
        }
        List<Map<String, Object>> files = new ArrayList<>();
        for (Unit u : units) {
            files.add(StepTrees.file(u.path(), u.content()));
        }
        return StepTrees.step(STEP, null, null, files);
    }

    static List<Unit> units(Site site) {
        Network n = site.network();
        Map<String, List<String>> roles = new LinkedHashMap<>();
        List<Unit> netdevs = new ArrayList<>();
        for (Bond b : n.bonds()) {
            netdevs.add(new Unit(PREFIX + b.name() + ".netdev", "[NetDev]\nName=" + b.name() + "\nKind=bond\n\n[Bond]\nMode="
                    + b.mode().value() + "\nMIIMonitorSec=100ms\n"));
            roles.computeIfAbsent(b.name(), k -> new ArrayList<>());
            b.members().forEach(m -> roles.computeIfAbsent(m, k -> new ArrayList<>()).add("Bond=" + b.name()));
        }
        for (Vlan v : n.vlans()) {
            netdevs.add(new Unit(PREFIX + v.interfaceName() + ".netdev", "[NetDev]\nName=" + v.interfaceName()
                    + "\nKind=vlan\n\n[VLAN]\nId=" + v.id() + "\n"));
            roles.computeIfAbsent(v.parent(), k -> new ArrayList<>()).add("VLAN=" + v.interfaceName());
            roles.computeIfAbsent(v.interfaceName(), k -> new ArrayList<>());
        }
        for (Bridge br : n.bridges()) {
            netdevs.add(new Unit(PREFIX + br.name() + ".netdev", "[NetDev]\nName=" + br.name() + "\nKind=bridge\n"));
            roles.computeIfAbsent(br.name(), k -> new ArrayList<>());
            br.ports().forEach(p -> roles.computeIfAbsent(p, k -> new ArrayList<>()).add("Bridge=" + br.name()));
        }
        if (site.host().prepareNetworkd()) {
            // The docs' DHCP wildcards come after these files, so they only catch NICs the answers leave out.
            n.interfaces().forEach(i -> roles.computeIfAbsent(i.name(), k -> new ArrayList<>()));
        }
        List<Unit> out = new ArrayList<>(netdevs);
        Set<String> done = new LinkedHashSet<>();
        for (Map.Entry<String, List<String>> e : roles.entrySet()) {
            if (done.add(e.getKey())) {
                out.add(network(n, e.getKey(), e.getValue()));
            }
        }
        return out;
    }

    private static Unit network(Network n, String name, List<String> roles) {
        Network.NamedInterface iface = n.find(name).orElse(null);
        IpConfig ip = iface == null ? IpConfig.none() : iface.ip();
        StringBuilder b = new StringBuilder("[Match]\nName=").append(name).append('\n');
        if (iface != null && iface.mtu() > 0) {
            b.append("\n[Link]\nMTUBytes=").append(iface.mtu()).append('\n');
        }
        b.append("\n[Network]\n");
        roles.forEach(r -> b.append(r).append('\n'));
        boolean member = roles.stream().anyMatch(r -> r.startsWith("Bond=") || r.startsWith("Bridge="));
        if (ip.addressing() == Addressing.DHCP && !member) {
            b.append("DHCP=yes\n");
        } else if (ip.isStatic()) {
            Ipv4.Parsed address = Ipv4.hostWithMask(ip.address(), ip.mask());
            b.append("Address=").append(address.ok() ? address.value().toCanonicalString() : ip.address()).append('\n');
            if (!ip.gateway().isEmpty()) {
                b.append("Gateway=").append(ip.gateway()).append('\n');
            }
        } else if (!member) {
            b.append("LinkLocalAddressing=no\n");
        }
        if (!ip.nameserver().isEmpty() && ip.addressing() != Addressing.NONE) {
            b.append("DNS=").append(ip.nameserver()).append('\n');
        }
        return new Unit(PREFIX + name + ".network", b.toString());
    }
}
