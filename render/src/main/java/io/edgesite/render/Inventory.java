package io.edgesite.render;

import io.edgesite.validators.Finding;
import io.edgesite.validators.fleet.FleetFinding;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Sites and their hosts from one file (YAML, or CSV from a spreadsheet), documented in docs/inventory.md: each
 * host's answers are the inventory's, then its site's, then its own, merged (maps deeply, lists replaced).
 *
 * @param problems what is wrong with the inventory itself, placed in its file
 */
public record Inventory(List<SiteEntry> sites, List<FleetFinding> problems) {
    /** The prefix of the rules about the inventory's own structure. */
    static final String RULES = "inventory";

    public Inventory {
        sites = List.copyOf(sites);
        problems = List.copyOf(problems);
    }

    /**
     * The cluster profile a site's cluster is created with, as Palette's Terraform provider looks it up:
     * by name (and version) or by ID, in a context (project, tenant or system).
     */
    public record Profile(String name, String id, String version, String context) {
        public static final String DEFAULT_CONTEXT = "project";
        public static final List<String> CONTEXTS = List.of("project", "tenant", "system");

        public boolean given() {
            return !name.isEmpty() || !id.isEmpty();
        }
    }

    /** A site: its name (a folder name), its cluster profile (not given: null) and its hosts, in order. */
    public record SiteEntry(String name, Profile profile, List<HostEntry> hosts, UnaryOperator<Finding> locator) {
        public SiteEntry {
            hosts = List.copyOf(hosts);
        }
    }

    /**
     * A host: its name, the MAC addresses it is known by (to find it from its console), its answers merged, and
     * how a finding about an answers path is placed in the inventory's file.
     */
    public record HostEntry(String site, String name, List<String> macs, Map<String, Object> answers,
            UnaryOperator<Finding> locator) {
        public HostEntry {
            macs = macs.stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
        }
    }

    public boolean readable() {
        return problems.stream().noneMatch(FleetFinding::isError);
    }

    /** Reads an inventory: CSV when the file name ends in .csv, YAML otherwise. */
    public static Inventory read(Path file) throws TextInput.Unreadable {
        String text = TextInput.readInventory(file);
        return isCsv(file) ? InventoryCsv.read(text) : InventoryYaml.read(text);
    }

    public static boolean isCsv(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    public static Inventory readYaml(String text) {
        return InventoryYaml.read(text);
    }

    public static Inventory readCsv(String text) {
        return InventoryCsv.read(text);
    }
}
