package io.edgesite.tui.view;

import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import io.edgesite.render.Inventory;
import io.edgesite.tui.wizard.InventoryPick;
import java.util.ArrayList;
import java.util.List;

/** Choose host: the inventory's hosts, site and host with their MAC addresses; typing a name's start moves to it. */
final class InventoryPicker {
    static final String CHOOSE = "Choose host";

    private InventoryPicker() {
    }

    static void open(WizardWindow w, InventoryPick pick) {
        List<Popup.Item> items = new ArrayList<>();
        int width = pick.choices().stream().mapToInt(h -> InventoryPick.key(h).length()).max().orElse(10);
        for (Inventory.HostEntry h : pick.choices()) {
            String key = InventoryPick.key(h);
            items.add(new Popup.Item(key, String.format("%-" + width + "s  %s", key, String.join(" ", h.macs()))));
        }
        String before = w.focusedKey();
        Popup.list((WindowBasedTextGUI) w.window().getTextGUI(), "Which host is this?", items, pick.chosenKey(), key -> {
            w.session().chooseInventoryHost(key);
            w.forget();
            w.form().rebuildWidgets();
            w.status(pick.describe());
            w.render(null);
        }, () -> w.render(before));
    }
}
