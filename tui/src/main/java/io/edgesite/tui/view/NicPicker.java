package io.edgesite.tui.view;

import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import io.edgesite.properties.SiteProperties;
import io.edgesite.tui.wizard.Field;
import io.edgesite.tui.wizard.Form;
import io.edgesite.tui.wizard.Group;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Add NIC: the host's NICs not in the form yet, each with its MAC, link and driver, or a name typed by hand.
 * A vmxnet3 NIC comes marked VMXNET3.
 */
final class NicPicker {
    private NicPicker() {
    }

    static void open(WizardWindow w, Field add) {
        Form form = w.wizard().form();
        Set<String> named = new HashSet<>();
        for (int i = 0; i < Group.size(form, SiteProperties.NICS.path()); i++) {
            named.add(form.get(SiteProperties.NIC_NAME.at(i)));
        }
        List<Popup.Item> items = new ArrayList<>();
        for (var card : w.session().cards()) {
            if (!named.contains(card.name())) {
                items.add(new Popup.Item(card.name(), String.format("%-10s %s  link %s  %s", card.name(), card.mac(),
                        card.state(), card.driver().isEmpty() ? "no driver" : card.driver())));
            }
        }
        items.add(new Popup.Item("", "another name: type it"));
        String before = w.focusedKey();
        // the first NIC found is offered first; a name typed by hand is the last line
        Popup.list((WindowBasedTextGUI) w.window().getTextGUI(), "Add NIC", items, items.get(0).value(), name -> {
            int index = Group.size(form, SiteProperties.NICS.path());
            String focus = add.action().apply(form);
            if (!name.isEmpty()) {
                form.set(SiteProperties.NIC_NAME.at(index), name);
                form.set(SiteProperties.NIC_VMXNET3.at(index), Boolean.toString(w.session().vmxnet3(name)));
                focus = SiteProperties.of(SiteProperties.NICS, SiteProperties.ADDRESSING.get(0)).at(index);
            }
            w.status("");
            w.session().changed();
            w.form().rebuildWidgets();
            w.render(focus);
        }, () -> w.render(before));
    }
}
