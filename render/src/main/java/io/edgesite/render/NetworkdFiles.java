package io.edgesite.render;

import io.edgesite.model.Bond;
import io.edgesite.model.Bridge;
import io.edgesite.model.Network;
import io.edgesite.model.PlainScalar;
import io.edgesite.model.Vlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bonds, VLANs and bridges have no key in Palette's network block, so they are created by
 * systemd-networkd files written in the initramfs stage; their addresses still go to the network block.
 */
final class NetworkdFiles {
    static final String STEP = "Configure bonds, VLANs and bridges";
    private static final String DIR = "/etc/systemd/network/";

    private NetworkdFiles() {
    }

    static Map<String, Object> step(Network n) {
        if (n.bonds().isEmpty() && n.vlans().isEmpty() && n.bridges().isEmpty()) {
            return null;
        }
        // Links each interface to its bond, VLANs and bridge; one .network file per interface.
        Map<String, List<String>> links = new LinkedHashMap<>();
        List<Object> files = new ArrayList<>();
        for (Bond b : n.bonds()) {
            files.add(file("10-" + b.name() + ".netdev",
                    "[NetDev]\nName=" + b.name() + "\nKind=bond\n\n[Bond]\nMode=" + b.mode().value()
                            + "\nMIIMonitorSec=100ms\n"));
            for (String m : b.members()) {
                links.computeIfAbsent(m, k -> new ArrayList<>()).add("Bond=" + b.name());
            }
        }
        for (Vlan v : n.vlans()) {
            files.add(file("20-" + v.interfaceName() + ".netdev",
                    "[NetDev]\nName=" + v.interfaceName() + "\nKind=vlan\n\n[VLAN]\nId=" + v.id() + "\n"));
            links.computeIfAbsent(v.parent(), k -> new ArrayList<>()).add("VLAN=" + v.interfaceName());
        }
        for (Bridge br : n.bridges()) {
            files.add(file("30-" + br.name() + ".netdev", "[NetDev]\nName=" + br.name() + "\nKind=bridge\n"));
            for (String p : br.ports()) {
                links.computeIfAbsent(p, k -> new ArrayList<>()).add("Bridge=" + br.name());
            }
        }
        for (Map.Entry<String, List<String>> e : links.entrySet()) {
            files.add(file("40-" + e.getKey() + ".network",
                    "[Match]\nName=" + e.getKey() + "\n\n[Network]\n" + String.join("\n", e.getValue()) + "\n"));
        }
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("name", STEP);
        step.put("files", files);
        return step;
    }

    private static Map<String, Object> file(String name, String content) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("path", DIR + name);
        f.put("permissions", new PlainScalar("0644"));
        f.put("owner", 0);
        f.put("group", 0);
        f.put("content", content);
        return f;
    }
}
