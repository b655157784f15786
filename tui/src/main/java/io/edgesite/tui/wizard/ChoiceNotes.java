package io.edgesite.tui.wizard;

import static io.edgesite.properties.SiteProperties.ADDRESSING;
import static io.edgesite.properties.SiteProperties.BOND_MODE;
import static io.edgesite.properties.SiteProperties.CNI;
import static io.edgesite.properties.SiteProperties.DEPLOYMENT_MODE;
import static io.edgesite.properties.SiteProperties.DISTRIBUTION;
import static io.edgesite.properties.SiteProperties.MANAGEMENT_MODE;
import static io.edgesite.properties.SiteProperties.REGISTRATION_MODE;

import io.edgesite.model.Addressing;
import io.edgesite.model.BondMode;
import io.edgesite.model.Cni;
import io.edgesite.model.DeploymentMode;
import io.edgesite.model.Distribution;
import io.edgesite.model.ManagementMode;
import io.edgesite.model.RegistrationMode;
import io.edgesite.properties.SiteProperties;
import io.edgesite.properties.SiteProperty;
import java.util.LinkedHashMap;
import java.util.Map;

/** One line on each option of a choice, shown in the list Enter opens: what picking it does in Palette. */
public final class ChoiceNotes {
    private static final Map<String, Map<String, String>> NOTES = new LinkedHashMap<>();

    static {
        note(MANAGEMENT_MODE, ManagementMode.CENTRAL.value(), "managed from Palette (SaaS or self-hosted)");
        note(MANAGEMENT_MODE, ManagementMode.LOCAL.value(), "no Palette connection; managed from the host's Local UI");
        note(REGISTRATION_MODE, RegistrationMode.AUTO.value(), "the registration token registers the host on its own");
        note(REGISTRATION_MODE, RegistrationMode.MANUAL.value(), "the host ID is typed into Palette by hand");
        note(REGISTRATION_MODE, RegistrationMode.QR.value(), "the host shows a QR code for a registration app");
        note(DEPLOYMENT_MODE, DeploymentMode.APPLIANCE.value(), "Palette's installer image: the whole OS comes from it");
        note(DEPLOYMENT_MODE, DeploymentMode.AGENT.value(), "the Palette agent on an OS already installed here");
        for (Distribution d : Distribution.values()) {
            note(DISTRIBUTION, d.value(), d.title());
        }
        note(CNI, Cni.CALICO.value(), "Calico: BGP or VXLAN networking, network policy");
        note(CNI, Cni.CILIUM.value(), "Cilium: eBPF networking and policy");
        note(CNI, Cni.FLANNEL.value(), "Flannel: a simple VXLAN overlay");
        note(CNI, Cni.OTHER.value(), "another CNI from the cluster profile");
        note(BOND_MODE, BondMode.ACTIVE_BACKUP.value(), "one member at a time, no switch set-up needed");
        note(BOND_MODE, BondMode.LACP.value(), "LACP: both members, the switch ports in one LACP group");
        note(BOND_MODE, BondMode.BALANCE_RR.value(), "round robin over the members");
        note(BOND_MODE, BondMode.BALANCE_XOR.value(), "by a hash of the addresses");
        note(BOND_MODE, BondMode.BROADCAST.value(), "every packet on every member");
        note(BOND_MODE, BondMode.BALANCE_TLB.value(), "outgoing spread by load");
        note(BOND_MODE, BondMode.BALANCE_ALB.value(), "outgoing and incoming spread by load");
        note(ADDRESSING.get(0), Addressing.DHCP.value(), "an address from the site's DHCP server");
        note(ADDRESSING.get(0), Addressing.STATIC.value(), "an address typed here, with its prefix");
        note(ADDRESSING.get(0), Addressing.NONE.value(), "no address: a bond member or a VLAN's parent");
    }

    private ChoiceNotes() {
    }

    private static void note(SiteProperty p, String word, String text) {
        NOTES.computeIfAbsent(p.path(), k -> new LinkedHashMap<>()).put(word, text);
    }

    /** The note on one option of the field at {@code key} (an entry's key too), or empty. */
    public static String of(String key, String word) {
        String path = SiteProperties.at(key).map(SiteProperty::path).orElse(key);
        // an entry's addressing is noted once for every list of interfaces
        String template = path.contains("[].") ? "[]" + path.substring(path.indexOf("[]") + 2) : path;
        Map<String, String> notes = NOTES.getOrDefault(path, NOTES.getOrDefault(template, Map.of()));
        return notes.getOrDefault(word, "");
    }
}
