package io.edgesite.validators.fleet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every rule across hosts and sites; each host's own rules are {@link io.edgesite.validators.SiteValidator}'s. */
public final class FleetRules {
    private FleetRules() {
    }

    /** The findings of an inventory's hosts, given in inventory order; sites are the runs of one site name. */
    public static List<FleetFinding> validate(List<FleetHost> hosts) {
        List<FleetFinding> out = new ArrayList<>();
        out.addAll(HostIdentities.check(hosts));
        out.addAll(SiteAddresses.check(hosts));
        for (Map.Entry<String, List<FleetHost>> site : bySite(hosts).entrySet()) {
            out.addAll(SiteClusters.check(site.getKey(), site.getValue()));
        }
        return out;
    }

    static Map<String, List<FleetHost>> bySite(List<FleetHost> hosts) {
        Map<String, List<FleetHost>> out = new LinkedHashMap<>();
        for (FleetHost h : hosts) {
            out.computeIfAbsent(h.site(), k -> new ArrayList<>()).add(h);
        }
        return out;
    }
}
