package io.edgesite.validators.fleet;

import io.edgesite.palette.EdgeHostId;
import io.edgesite.properties.SiteProperties;
import io.edgesite.validators.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Edge host IDs and host names are one per host in the whole inventory: Palette knows a host by its ID in the
 * tenant, and two hosts of one name confuse DNS, the cluster's node list and the operator. A MAC is one host's
 * too: the wizard finds its host in the inventory by it.
 */
final class HostIdentities {
    private HostIdentities() {
    }

    static List<FleetFinding> check(List<FleetHost> hosts) {
        List<FleetFinding> out = new ArrayList<>();
        unique(hosts, h -> h.answers().registration().hostId(), SiteProperties.HOST_ID.path(), "fleet.host-id.duplicate",
                "edge host ID", out);
        unique(hosts, h -> h.answers().host().hostname().toLowerCase(Locale.ROOT), SiteProperties.HOSTNAME.path(),
                "fleet.hostname.duplicate", "host name", out);
        Map<String, FleetHost> macs = new HashMap<>();
        for (FleetHost h : hosts) {
            for (String mac : h.macs()) {
                FleetHost earlier = macs.putIfAbsent(mac, h);
                if (earlier != null && earlier != h) {
                    out.add(FleetFinding.ofHost(h, Finding.error("fleet.mac.duplicate", "mac", "the MAC " + mac + " is "
                            + earlier.site() + "/" + earlier.name() + "'s too: the wizard could not tell the two apart")));
                }
            }
        }
        return out;
    }

    private static void unique(List<FleetHost> hosts, Function<FleetHost, String> key, String path, String rule,
            String what, List<FleetFinding> out) {
        Map<String, FleetHost> first = new HashMap<>();
        for (FleetHost h : hosts) {
            String k = key.apply(h);
            if (k.isEmpty() || k.equals(EdgeHostId.RANDOM)) {
                continue; // none, or one drawn on each host
            }
            FleetHost earlier = first.putIfAbsent(k, h);
            if (earlier != null) {
                out.add(FleetFinding.ofHost(h, Finding.error(rule, path, "the " + what + " \"" + k + "\" is "
                        + earlier.site() + "/" + earlier.name() + "'s too: each host needs its own")));
            }
        }
    }
}
