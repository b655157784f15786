package io.edgesite.render;

import io.edgesite.model.Bond;
import io.edgesite.model.BondMode;
import io.edgesite.model.Bridge;
import io.edgesite.model.IpConfig;
import io.edgesite.model.Network;
import io.edgesite.model.Nic;
import io.edgesite.model.Vlan;
import io.edgesite.validators.networkd.UnitFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bonds, VLANs and bridges a set of networkd files describes, read back into the network: the reverse of
 * {@link NetworkdFiles}. The caller checks the result by writing the files again and comparing.
 */
final class NetworkdTopology {
    private NetworkdTopology() {
    }

    /** The network with the topology the files describe, or empty when they describe something else. */
    static Optional<Network> read(List<UnitFile> units, Network block) {
        Map<String, UnitFile> netdevs = new LinkedHashMap<>();
        Map<String, UnitFile> networks = new LinkedHashMap<>();
        for (UnitFile u : units) {
            String file = u.name().substring(u.name().lastIndexOf('/') + 1);
            if (file.endsWith(".netdev")) {
                netdevs.put(u.value("NetDev", "Name").orElse(""), u);
            } else if (file.endsWith(".network")) {
                networks.put(u.value("Match", "Name").orElse(""), u);
            } else {
                return Optional.empty();
            }
        }
        Map<String, IpConfig> addresses = new HashMap<>();
        Map<String, Nic> declared = new LinkedHashMap<>();
        block.nics().forEach(n -> {
            addresses.put(n.name(), n.ip());
            declared.put(n.name(), n);
        });
        List<Bond> bonds = new ArrayList<>();
        List<Vlan> vlans = new ArrayList<>();
        List<Bridge> bridges = new ArrayList<>();
        Set<String> virtual = new HashSet<>();
        for (Map.Entry<String, UnitFile> e : netdevs.entrySet()) {
            String name = e.getKey();
            UnitFile u = e.getValue();
            virtual.add(name);
            IpConfig ip = addresses.getOrDefault(name, IpConfig.none());
            int mtu = mtu(networks.get(name));
            switch (u.value("NetDev", "Kind").orElse("")) {
                case "bond" -> {
                    BondMode mode = byWord(u.value("Bond", "Mode").orElse(""));
                    if (mode == null) {
                        return Optional.empty();
                    }
                    bonds.add(new Bond(name, holders(networks, "Bond", name), mode, ip, mtu));
                }
                case "vlan" -> {
                    List<String> parents = holders(networks, "VLAN", name);
                    String id = u.value("VLAN", "Id").orElse("");
                    if (parents.size() != 1 || !id.matches("[0-9]{1,4}")) {
                        return Optional.empty();
                    }
                    String parent = parents.get(0);
                    vlans.add(new Vlan(parent, Integer.parseInt(id), name.equals(parent + "." + id) ? "" : name, ip, mtu));
                }
                case "bridge" -> bridges.add(new Bridge(name, holders(networks, "Bridge", name), ip, mtu));
                default -> {
                    return Optional.empty();
                }
            }
        }
        List<Nic> nics = new ArrayList<>();
        for (Nic n : declared.values()) {
            if (!virtual.contains(n.name())) {
                nics.add(new Nic(n.name(), n.ip(), n.vmxnet3(), mtu(networks.get(n.name()))));
            }
        }
        for (String name : networks.keySet()) {
            if (!virtual.contains(name) && !declared.containsKey(name)) {
                nics.add(new Nic(name, IpConfig.none(), false, mtu(networks.get(name))));
            }
        }
        return Optional.of(new Network(nics, bonds, vlans, bridges, block.nameserver(), block.proxy()));
    }

    /** The interfaces whose .network file names {@code target} under {@code key} (Bond=, VLAN=, Bridge=). */
    private static List<String> holders(Map<String, UnitFile> networks, String key, String target) {
        List<String> out = new ArrayList<>();
        networks.forEach((name, u) -> {
            if (u.values("Network", key).contains(target)) {
                out.add(name);
            }
        });
        return out;
    }

    private static int mtu(UnitFile network) {
        if (network == null) {
            return 0;
        }
        String v = network.value("Link", "MTUBytes").orElse("0");
        return v.matches("[0-9]{1,6}") ? Integer.parseInt(v) : -1;
    }

    private static BondMode byWord(String word) {
        for (BondMode m : BondMode.values()) {
            if (m.value().equals(word)) {
                return m;
            }
        }
        return null;
    }
}
