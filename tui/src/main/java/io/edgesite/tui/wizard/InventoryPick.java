package io.edgesite.tui.wizard;

import io.edgesite.model.Site;
import io.edgesite.render.AnswersFormat;
import io.edgesite.render.Inventory;
import io.edgesite.render.InventoryMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The inventory the wizard was started with: the host this machine was found to be (by a NIC's MAC address, then
 * by its host name), or, when none or several match, the hosts the operator chooses among.
 */
public final class InventoryPick {
    private final Inventory inventory;
    private final String file;
    private final InventoryMatch match;
    private Inventory.HostEntry chosen;
    private String how;

    private InventoryPick(Inventory inventory, String file, InventoryMatch match) {
        this.inventory = inventory;
        this.file = file;
        this.match = match;
        this.chosen = match.host();
        this.how = match.reason();
    }

    /** @param nics this machine's NICs, MAC address to name */
    public static InventoryPick of(Inventory inventory, String file, Map<String, String> nics, String hostname) {
        return new InventoryPick(inventory, file, InventoryMatch.find(inventory, nics, hostname));
    }

    /** Whether the operator still has to say which host this is. */
    public boolean unresolved() {
        return chosen == null;
    }

    /** The hosts to choose among: those that matched alike first, then every other one. */
    public List<Inventory.HostEntry> choices() {
        List<Inventory.HostEntry> out = new ArrayList<>(match.candidates());
        inventory.sites().stream().flatMap(s -> s.hosts().stream()).filter(h -> !out.contains(h)).forEach(out::add);
        return out;
    }

    /** The key of a host in {@link #choices()}: {@code site/host}. */
    public static String key(Inventory.HostEntry h) {
        return h.site() + "/" + h.name();
    }

    Site choose(String key) {
        chosen = choices().stream().filter(h -> key(h).equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no host " + key + " in " + file));
        how = "chosen";
        return site();
    }

    /** The chosen host's answers, merged, as a site. */
    Site site() {
        return AnswersFormat.readTree(chosen.answers()).site();
    }

    /** The key of the host picked, or "" while none is. */
    public String chosenKey() {
        return chosen == null ? "" : key(chosen);
    }

    /** What the first screen says, in one line: which site and host were picked and how, or what to do. */
    public String describe() {
        String name = java.nio.file.Path.of(file).getFileName().toString();
        if (chosen == null) {
            return name + ": " + how + "; Choose host.";
        }
        return "Host " + key(chosen) + " of " + name + ", " + (how.equals("chosen") ? "chosen" : "found by " + how) + ".";
    }
}
