package io.edgesite.render;

import io.edgesite.validators.Finding;
import io.edgesite.validators.TreePath;
import io.edgesite.validators.fleet.FleetFinding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** The YAML inventory: {@code answers} and {@code profile} for every site, then {@code sites[]} with their hosts. */
final class InventoryYaml {
    private static final String SITES = "sites";
    private static final String HOSTS = "hosts";
    private static final String ANSWERS = "answers";
    private static final String PROFILE = "profile";
    private static final String NAME = "name";

    /**
     * The values of every host's merged answers together. Hosts share what they inherit, but each host's answers
     * are read and checked whole, so a large shared answers document times many hosts is bounded here, not by
     * the time it would take.
     */
    static final int MAX_EXPANDED = 2_000_000;

    private InventoryYaml() {
    }

    static Inventory read(String text) {
        YamlDocument doc;
        try {
            doc = YamlText.readDocument(text);
        } catch (YamlSyntaxException e) {
            return new Inventory(List.of(), List.of(new FleetFinding("", "", Finding.error(Inventory.RULES + ".syntax",
                    e.line() > 0 ? "line " + e.line() : "(file)", e.getMessage()).at(Math.max(1, e.line()), 0))));
        }
        SourceMap where = doc.where();
        List<Finding> problems = new ArrayList<>(doc.problems());
        Node root = new Node(doc.tree(), "", problems, Inventory.RULES);
        Integer version = root.integer(AnswersFormat.VERSION_KEY);
        if (version != null && version != AnswersFormat.VERSION) {
            problems.add(Finding.error(Inventory.RULES + ".version", AnswersFormat.VERSION_KEY,
                    "this edge-site reads inventories of version " + AnswersFormat.VERSION));
        }
        Map<String, Object> fleetAnswers = answers(root);
        Inventory.Profile fleetProfile = profile(root, problems);
        List<Node> siteNodes = root.children(SITES);
        if (siteNodes.isEmpty() && problems.stream().noneMatch(f -> f.path().equals(SITES))) {
            problems.add(Finding.error(Inventory.RULES + ".sites", SITES, "list the sites, each with its hosts"));
        }
        root.rejectUnknown();
        List<Inventory.SiteEntry> sites = new ArrayList<>();
        Set<String> siteNames = new HashSet<>();
        int[] expanded = {0};
        for (Node s : siteNodes) {
            if (expanded[0] > MAX_EXPANDED) {
                break; // said once, below
            }
            String name = name(s, problems);
            if (name != null && !siteNames.add(name.toLowerCase(Locale.ROOT))) {
                problems.add(Finding.error(Inventory.RULES + ".site.duplicate", s.at(NAME), "another site has this name"));
            }
            Map<String, Object> siteAnswers = AnswersMerge.over(fleetAnswers, answers(s));
            Inventory.Profile p = InventoryEntries.over(fleetProfile, profile(s, problems));
            String siteName = name == null ? "" : name;
            List<Inventory.HostEntry> hosts = hosts(s, siteName, siteAnswers, where, problems, expanded);
            s.rejectUnknown();
            sites.add(new Inventory.SiteEntry(siteName, p, hosts, locator(where, s.path(), s.path(), "")));
        }
        if (expanded[0] > MAX_EXPANDED) {
            problems.add(Finding.error(Inventory.RULES + ".size", SITES, "the answers merged for each host come to more"
                    + " than " + MAX_EXPANDED + " values in all; split the inventory, or give the hosts less to share"));
        }
        List<FleetFinding> located = problems.stream().map(f -> new FleetFinding("", "", where.locate(f))).toList();
        return new Inventory(sites, located);
    }

    private static List<Inventory.HostEntry> hosts(Node site, String siteName, Map<String, Object> siteAnswers,
            SourceMap where, List<Finding> problems, int[] expanded) {
        List<Node> hostNodes = site.children(HOSTS);
        if (hostNodes.isEmpty()) {
            problems.add(Finding.error(Inventory.RULES + ".hosts", site.at(HOSTS), "list the site's hosts"));
        }
        List<Inventory.HostEntry> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Node h : hostNodes) {
            String name = name(h, problems);
            if (name != null && !names.add(name.toLowerCase(Locale.ROOT))) {
                problems.add(Finding.error(Inventory.RULES + ".host.duplicate", h.at(NAME), "another host of the site has"
                        + " this name"));
            }
            List<String> given = new ArrayList<>();
            String mac = h.text("mac");
            if (mac != null) {
                given.add(mac);
            }
            given.addAll(h.texts("macs"));
            List<String> macs = InventoryEntries.macs(given, h.at(h.has("mac") ? "mac" : "macs"), true, problems);
            if (expanded[0] > MAX_EXPANDED) {
                break;
            }
            Map<String, Object> answers = AnswersMerge.over(siteAnswers, answers(h));
            expanded[0] += AnswersMerge.size(answers);
            String hostName = name == null ? "" : name;
            InventoryEntries.defaults(answers, hostName);
            h.rejectUnknown();
            out.add(new Inventory.HostEntry(siteName, hostName, macs, answers,
                    locator(where, h.path(), site.path(), h.at(ANSWERS))));
        }
        return out;
    }

    private static String name(Node n, List<Finding> problems) {
        String name = n.text(NAME);
        String problem = InventoryEntries.nameProblem(name, true);
        if (problem != null) {
            problems.add(Finding.error(Inventory.RULES + ".name", n.at(NAME), problem));
            return null;
        }
        return name;
    }

    private static Map<String, Object> answers(Node n) {
        return n.child(ANSWERS).map();
    }

    private static Inventory.Profile profile(Node n, List<Finding> problems) {
        if (!n.has(PROFILE)) {
            n.raw(PROFILE);
            return null;
        }
        Node p = n.child(PROFILE);
        Inventory.Profile out = new Inventory.Profile(text(p, NAME), text(p, "id"), text(p, "version"), text(p, "context"));
        p.rejectUnknown();
        InventoryEntries.checkProfile(out, p.path(), problems);
        return out;
    }

    private static String text(Node n, String key) {
        String t = n.text(key);
        return t == null ? "" : t.strip();
    }

    /**
     * A finding about an answers path, placed where the value stands: in the host's answers, else the site's,
     * else the inventory's, else on the entry's name.
     */
    private static UnaryOperator<Finding> locator(SourceMap where, String entry, String site, String hostAnswers) {
        List<String> prefixes = new ArrayList<>();
        if (!hostAnswers.isEmpty()) {
            prefixes.add(hostAnswers);
        }
        prefixes.add(site + "." + ANSWERS);
        prefixes.add(ANSWERS);
        return f -> {
            for (String prefix : prefixes) {
                String path = f.path().isEmpty() ? prefix : prefix + "." + f.path();
                if (where.holds(path)) {
                    return where.locate(f.about(path)).about(f.path());
                }
            }
            return where.locate(f.about(TreePath.child(entry, NAME))).about(f.path());
        };
    }
}
