package io.edgesite.render;

import io.edgesite.properties.SiteProperties;
import io.edgesite.validators.Finding;
import io.edgesite.validators.MacAddresses;
import io.edgesite.validators.Printable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** What YAML and CSV inventories share: names, MAC addresses, profiles, and the defaults a host's name gives. */
final class InventoryEntries {
    /** A site or host name is a folder of the output: letters, digits, '.', '_' and '-', not starting with '.'. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

    private InventoryEntries() {
    }

    /**
     * Why a site or host name cannot be used, or null. {@code quoted}: whether the message may show the value; a
     * CSV row that lost a comma puts other columns' cells (a token, a password) where the name was expected.
     */
    static String nameProblem(String name, boolean quoted) {
        if (name == null || name.isEmpty()) {
            return "give a name";
        }
        if (!NAME.matcher(name).matches()) {
            return (quoted ? "\"" + Printable.of(name) + "\"" : "this") + " cannot name a folder: use up to 63 letters,"
                    + " digits, '.', '_' and '-', starting with a letter or digit";
        }
        for (String file : java.util.List.of(SiteFiles.CLUSTER_FILE, FleetFiles.MAIN_TF)) {
            if (name.equalsIgnoreCase(file)) {
                return "\"" + name + "\" is the name of a site's " + file + "; choose another";
            }
        }
        return null;
    }

    /** The MAC addresses in their canonical spelling; each one that is none is a problem at its path. */
    static List<String> macs(List<String> given, String path, boolean quoted, List<Finding> problems) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String m = given.get(i);
            String at = given.size() == 1 ? path : path + "[" + i + "]";
            MacAddresses.canonical(m).ifPresentOrElse(out::add, () -> problems.add(Finding.error(Inventory.RULES + ".mac",
                    at, (quoted ? "\"" + Printable.of(m) + "\" is" : "this is") + " not a MAC address like 52:54:00:12:34:56")));
        }
        return out;
    }

    /** Problems of a profile reference; {@code path} is where it stands. */
    static void checkProfile(Inventory.Profile p, String path, List<Finding> problems) {
        if (!p.name().isEmpty() && !p.id().isEmpty()) {
            problems.add(Finding.error(Inventory.RULES + ".profile", path, "give the profile's name or its id, not both"));
        } else if (!p.given() && (!p.version().isEmpty() || !p.context().isEmpty())) {
            problems.add(Finding.error(Inventory.RULES + ".profile", path, "give the profile's name (or its id)"));
        }
        if (!p.context().isEmpty() && !Inventory.Profile.CONTEXTS.contains(p.context())) {
            problems.add(Finding.error(Inventory.RULES + ".profile", path + ".context",
                    "the context is one of " + String.join(", ", Inventory.Profile.CONTEXTS)));
        }
    }

    /** A site's profile over the inventory's: each part given replaces the default's. */
    static Inventory.Profile over(Inventory.Profile fleet, Inventory.Profile site) {
        if (site == null || !site.given()) {
            return fleet;
        }
        return new Inventory.Profile(site.name(), site.id(), site.version(), site.context().isEmpty()
                ? (fleet == null ? "" : fleet.context()) : site.context());
    }

    /**
     * The host's name is its host name and its edge host ID unless its answers say otherwise: one name in the
     * inventory, the host's folder, the cluster's machine pool and Palette's list of edge hosts.
     */
    static void defaults(Map<String, Object> answers, String hostName) {
        for (String path : List.of(SiteProperties.HOSTNAME.path(), SiteProperties.HOST_ID.path())) {
            String sectionKey = path.substring(0, path.indexOf('.'));
            if (answers.get(sectionKey) != null && !(answers.get(sectionKey) instanceof Map)) {
                continue; // the answers reader says what is wrong with it
            }
            // the section may be shared with other hosts (AnswersMerge): this host's own copy takes the default
            Map<String, Object> section = answers.get(sectionKey) instanceof Map<?, ?> m
                    ? new java.util.LinkedHashMap<>(Trees.cast(m)) : new java.util.LinkedHashMap<>();
            answers.put(sectionKey, section);
            String key = path.substring(path.indexOf('.') + 1);
            Object v = section.get(key);
            if (v == null || v instanceof String s && s.isEmpty()) {
                section.put(key, hostName);
            }
        }
    }
}
