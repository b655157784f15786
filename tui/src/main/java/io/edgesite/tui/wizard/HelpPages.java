package io.edgesite.tui.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The help page of each screen (F1, or ? outside a text field): what its settings do in Palette, then each
 * field with what to type. One list syntax everywhere: values separated by commas, tags as key=value.
 */
public final class HelpPages {
    private static final Map<String, String> ABOUT = Map.of(
            WizardScreens.WELCOME, "edge-site writes the user-data file Palette's Edge installer reads: the site"
                    + " settings the host registers with, its users and network, and the steps the installer runs."
                    + " Nothing is changed on this host until you write the file and install with it. Every change"
                    + " is kept in a draft; a dropped session resumes where it was.",
            "registration", "Central management registers the host with Palette (SaaS or self-hosted) using a"
                    + " registration token (Tenant Settings > Registration Tokens); the host then appears under Edge"
                    + " Hosts, named by its edge host ID. Local management keeps the host off Palette, managed from"
                    + " its Local UI. A private CA (or a TLS-intercepting proxy) needs its CA certificate here.",
            "host", "Appliance mode installs Palette's whole OS image; agent mode adds the Palette agent to an"
                    + " OS already here (with the overlay, the user-data also prepares systemd-networkd). The users"
                    + " are created at installation; kairos is the user every installer image has. Poweroff or"
                    + " reboot (not both) is what the installer does when it is done.",
            "network", "Each NIC gets its address by DHCP or statically (address with its prefix, e.g."
                    + " 10.0.10.25/24). Bonds join NICs (active-backup needs no switch set-up; 802.3ad needs LACP on"
                    + " the switch ports), VLANs ride on a NIC or bond, bridges join ports. A host with several NICs"
                    + " needs static addresses or the overlay. Mark VMXNET3 adapters: with the overlay or Flannel their"
                    + " UDP tunnel offload is turned off at boot.",
            "cluster", "These settings are kept on the cluster Palette creates, not in the host's user-data:"
                    + " cluster.json beside the user-data holds them. Pod and service ranges must not overlap any"
                    + " network at the site. Without the overlay the cluster needs a VIP: an unused address on the"
                    + " hosts' subnet. With the overlay the hosts reach each other over VXLAN, and the VIP is the"
                    + " first address of the overlay range; neither can change once the cluster exists.",
            WizardScreens.CHECKS, "This host is checked against Palette's prerequisites for these answers: hardware,"
                    + " NICs, broadcast, MTU and VXLAN ports between the hosts (run `edge-site probe listen` on"
                    + " the others), the VIP, CIDR clashes, the endpoint through DNS, the proxy and TLS, and the"
                    + " clocks. Enter on a line shows what was seen and the remedy.",
            WizardScreens.REVIEW, "Everything set, the findings first, and the user-data as it will be written with"
                    + " secrets masked. Edit goes to a screen; Back to review (or Ctrl-N) comes straight back.",
            WizardScreens.WRITE, "The user-data is written with mode 0600, cluster.json beside it, all or nothing;"
                    + " a missing folder is made. An answers file lets edge-site render write the same again.");

    private HelpPages() {
    }

    /** The page of a screen as the form stands, in paragraphs: the screen's text, each visible field, the keys. */
    public static List<String> of(Screen screen, Form form) {
        List<String> out = new ArrayList<>();
        out.add(ABOUT.getOrDefault(screen.id(), screen.intro()));
        List<Field> fields = screen.fields(form).stream().filter(f -> f.isVisible(form) && !f.help().isEmpty()).toList();
        if (!fields.isEmpty()) {
            out.add("");
            fields.forEach(f -> out.add(f.label().strip() + ": " + f.help()));
        }
        out.add("");
        out.add("Lists: values separated by commas. Tags: key=value, separated by commas. Keys in text fields:"
                + " Ctrl-A/E start/end, Ctrl-B/F and Alt-B/F move, Ctrl-K/U delete to end/start, Ctrl-W the word"
                + " before. Choices: Left/Right, or Enter for the list.");
        return out;
    }
}
