package io.edgesite.render;

import io.edgesite.validators.Finding;
import io.edgesite.validators.fleet.FleetFinding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finding every host of a site has alike (about the cluster, or the site's shared answers, at the same place
 * in the inventory) is said once, of the site, rather than once per host.
 */
final class SharedFindings {
    private SharedFindings() {
    }

    static List<FleetFinding> collapse(String site, int hosts, List<FleetFinding> findings) {
        if (hosts < 2) {
            return findings;
        }
        Map<Finding, List<FleetFinding>> alike = new LinkedHashMap<>();
        for (FleetFinding f : findings) {
            alike.computeIfAbsent(f.finding(), k -> new ArrayList<>()).add(f);
        }
        List<FleetFinding> out = new ArrayList<>();
        for (Map.Entry<Finding, List<FleetFinding>> e : alike.entrySet()) {
            boolean everyHost = e.getValue().stream().map(FleetFinding::host).distinct().count() == hosts;
            if (everyHost) {
                out.add(FleetFinding.ofSite(site, e.getKey()));
            } else {
                out.addAll(e.getValue());
            }
        }
        return out;
    }
}
