package io.edgesite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which host of an inventory the machine at hand is: the one listing a MAC address of one of its NICs, else the
 * one of its host name. When none or several match, the operator chooses among {@code candidates}.
 *
 * @param host the host found, or null
 * @param reason how it was found ("MAC of enp1s0", "host name"), or why none was, in a few words
 * @param candidates what to choose among when none was found: the hosts that matched alike, else every host
 */
public record InventoryMatch(Inventory.HostEntry host, String reason, List<Inventory.HostEntry> candidates) {

    public boolean found() {
        return host != null;
    }

    /**
     * @param nics the machine's NICs: MAC address (any case) to NIC name
     * @param hostname the machine's current host name, or ""
     */
    public static InventoryMatch find(Inventory inventory, Map<String, String> nics, String hostname) {
        List<Inventory.HostEntry> all = inventory.sites().stream().flatMap(s -> s.hosts().stream()).toList();
        List<Inventory.HostEntry> byMac = new ArrayList<>();
        String how = "";
        for (Inventory.HostEntry h : all) {
            for (Map.Entry<String, String> nic : nics.entrySet()) {
                if (h.macs().contains(nic.getKey().toLowerCase(Locale.ROOT))) {
                    byMac.add(h);
                    how = "MAC of " + nic.getValue();
                    break;
                }
            }
        }
        if (byMac.size() == 1) {
            return new InventoryMatch(byMac.get(0), how, List.of());
        }
        if (byMac.size() > 1) {
            return new InventoryMatch(null, byMac.size() + " hosts match by MAC", byMac);
        }
        String name = hostname.strip().toLowerCase(Locale.ROOT);
        List<Inventory.HostEntry> byName = name.isEmpty() ? List.of() : all.stream()
                .filter(h -> h.name().toLowerCase(Locale.ROOT).equals(name) || name.equals(hostnameOf(h))).toList();
        if (byName.size() == 1) {
            return new InventoryMatch(byName.get(0), "host name", List.of());
        }
        if (byName.size() > 1) {
            return new InventoryMatch(null, byName.size() + " hosts match by host name", byName);
        }
        return new InventoryMatch(null, "no host matches by MAC or host name", all);
    }

    private static String hostnameOf(Inventory.HostEntry h) {
        String name = TreeValues.text(TreeValues.at(h.answers(),
                io.edgesite.properties.SiteProperties.HOSTNAME.path().split("\\.")));
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }
}
