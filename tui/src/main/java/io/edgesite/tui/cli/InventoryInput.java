package io.edgesite.tui.cli;

import io.edgesite.checks.host.HostFacts;
import io.edgesite.checks.host.HostRoot;
import io.edgesite.render.Inventory;
import io.edgesite.render.TextInput;
import io.edgesite.tui.wizard.InventoryPick;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The wizard's inventory: read, its own problems said on stderr, and this machine looked up in it. */
final class InventoryInput {
    private InventoryInput() {
    }

    /** The pick, or null (said on {@code err}) when the inventory cannot be read or lists no host. */
    static InventoryPick pick(String file, HostFacts facts, HostRoot root, PrintWriter err) {
        Inventory inventory;
        try {
            inventory = Inventory.read(Path.of(file));
        } catch (TextInput.Unreadable e) {
            err.println("edge-site: " + file + ": " + e.getMessage());
            return null;
        }
        if (!inventory.readable()) {
            Findings.printFleet(inventory.problems(), file, Findings.Format.text, err);
            err.println("edge-site: fix the inventory first (edge-site fleet lint --inventory " + file + ")");
            return null;
        }
        if (inventory.sites().isEmpty()) {
            err.println("edge-site: " + file + ": the inventory lists no host");
            return null;
        }
        Map<String, String> nics = new LinkedHashMap<>();
        facts.nics().forEach(n -> nics.put(n.mac(), n.name()));
        String hostname = root.read("/proc/sys/kernel/hostname").or(() -> root.read("/etc/hostname")).orElse("");
        return InventoryPick.of(inventory, file, nics, hostname);
    }
}
