package io.edgesite.render;

import io.edgesite.model.Site;
import io.edgesite.validators.Finding;
import io.edgesite.validators.SiteValidator;
import io.edgesite.validators.fleet.FleetFinding;
import io.edgesite.validators.fleet.FleetHost;
import io.edgesite.validators.fleet.FleetRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An inventory made into sites: each host's merged answers read as the wizard's are, each host checked by the
 * same rules as one site alone, then the rules across hosts and sites. Every finding is placed in the inventory.
 */
public final class Fleet {
    private Fleet() {
    }

    /** A host of the inventory and the site its answers make. */
    public record Host(Inventory.HostEntry entry, Site site) {
    }

    /** The inventory's hosts, and everything found about them and about the inventory. */
    public record Checked(Inventory inventory, List<Host> hosts, List<FleetFinding> findings) {
        public boolean hasErrors() {
            return findings.stream().anyMatch(FleetFinding::isError);
        }

        /** The hosts of each site, in inventory order. */
        public Map<String, List<Host>> bySite() {
            Map<String, List<Host>> out = new LinkedHashMap<>();
            hosts.forEach(h -> out.computeIfAbsent(h.entry().site(), s -> new ArrayList<>()).add(h));
            return out;
        }
    }

    /** One host's answers read and checked by the rules of a site, its findings placed in the inventory. */
    private record HostCheck(Host host, FleetHost fleet, List<FleetFinding> findings) {
        static HostCheck of(Inventory.HostEntry h) {
            AnswersFormat.Tree tree = AnswersFormat.readTree(h.answers());
            List<Finding> own = new ArrayList<>(tree.problems());
            if (!SiteValidator.hasErrors(own)) {
                own.addAll(SiteValidator.validate(tree.site()));
            }
            return new HostCheck(new Host(h, tree.site()), new FleetHost(h.site(), h.name(), h.macs(), tree.site()),
                    own.stream().map(f -> new FleetFinding(h.site(), h.name(), h.locator().apply(f))).toList());
        }
    }

    public static Checked check(Inventory inventory) {
        List<FleetFinding> findings = new ArrayList<>(inventory.problems());
        // hosts are independent of each other until the rules across them: checked in parallel, kept in order
        List<HostCheck> checks = inventory.sites().stream().flatMap(s -> s.hosts().stream()).toList()
                .parallelStream().map(HostCheck::of).toList();
        List<Host> hosts = checks.stream().map(HostCheck::host).toList();
        Map<String, Inventory.HostEntry> entries = new HashMap<>();
        Map<String, Inventory.SiteEntry> sites = new HashMap<>();
        int next = 0;
        for (Inventory.SiteEntry s : inventory.sites()) {
            sites.put(s.name(), s);
            List<FleetFinding> siteFindings = new ArrayList<>();
            for (Inventory.HostEntry h : s.hosts()) {
                siteFindings.addAll(checks.get(next++).findings());
                entries.put(s.name() + "/" + h.name(), h);
            }
            findings.addAll(SharedFindings.collapse(s.name(), s.hosts().size(), siteFindings));
            List<Site> ofSite = hosts.subList(next - s.hosts().size(), next).stream().map(Host::site).toList();
            ClusterTerraform.absent(s, ofSite).ifPresent(why -> findings.add(FleetFinding.ofSite(s.name(),
                    s.locator().apply(why))));
        }
        for (FleetFinding f : FleetRules.validate(checks.stream().map(HostCheck::fleet).toList())) {
            Inventory.HostEntry h = entries.get(f.site() + "/" + f.host());
            Finding placed = h != null ? h.locator().apply(f.finding()) : sites.get(f.site()).locator().apply(f.finding());
            findings.add(new FleetFinding(f.site(), f.host(), placed));
        }
        return new Checked(inventory, hosts, findings);
    }
}
