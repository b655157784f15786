package io.edgesite.tui.wizard;

import static io.edgesite.properties.SiteProperties.*;

import io.edgesite.model.Addressing;
import io.edgesite.model.BondMode;
import io.edgesite.model.DeploymentMode;
import io.edgesite.model.ManagementMode;
import io.edgesite.model.RegistrationMode;
import io.edgesite.properties.SiteList;
import io.edgesite.properties.SiteProperties;
import io.edgesite.properties.SiteProperty;
import io.edgesite.validators.OverlayNetwork;
import io.edgesite.checks.host.HostFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The wizard's questions, screen by screen: plain data that the view turns into widgets. Each field edits a
 * value of {@link SiteProperties}, which gives its label, hint and choices.
 */
public final class WizardScreens {
    public static final String WELCOME = "welcome";
    public static final String CHECKS = "checks";
    public static final String REVIEW = "review";
    public static final String WRITE = "write";

    private WizardScreens() {
    }

    public static List<Screen> build(HostFacts facts) {
        List<Screen> screens = new ArrayList<>();
        screens.add(new Screen(WELCOME, "Welcome",
                "edge-site prepares this host for a Palette Edge installation. It asks for the site and"
                        + " cluster settings, checks them, and writes the user-data file the installer reads.",
                List.of(Field.info("facts", "This host", f -> String.join("\n", facts.describe()))), List.of()));
        screens.add(new Screen("registration", "Registration", "How this host finds and joins Palette.", List.of(
                Field.of(MANAGEMENT_MODE),
                Field.of(REGISTRATION_MODE).when(f -> f.is(MANAGEMENT_MODE, ManagementMode.CENTRAL)),
                shownWhenSetOr(ENDPOINT, f -> f.is(MANAGEMENT_MODE, ManagementMode.CENTRAL)),
                shownWhenSetOr(TOKEN, f -> f.is(MANAGEMENT_MODE, ManagementMode.CENTRAL)),
                Field.of(PROJECT_NAME),
                Field.of(PROJECT_UID).when(f -> !f.get(PROJECT_UID.path()).isEmpty()),
                Field.of(HOST_ID),
                Field.of(PREFIX).when(f -> !f.get(PREFIX.path()).isEmpty()),
                Field.of(TAGS),
                shownWhenSetOr(REGISTRATION_URL, f -> f.is(REGISTRATION_MODE, RegistrationMode.QR)),
                Field.of(INSECURE).when(f -> f.on(INSECURE)),
                Field.list(FormBinding.CA_CERT_FILES, "CA cert files", "PEM files of a private CA, separated by commas"),
                Field.of(CA_CERTS)),
                List.of(ENDPOINT.parent())));
        List<Item> host = new ArrayList<>();
        host.add(Field.of(HOSTNAME));
        host.add(Field.of(DEPLOYMENT_MODE));
        host.add(Field.of(PREPARE_NETWORKD).when(f -> f.is(DEPLOYMENT_MODE, DeploymentMode.AGENT)));
        host.add(new Group(USERS, (i, n) -> List.of(
                Field.of(USER_NAME, USER_NAME.at(i), n == 1 ? "User" : "User " + n),
                Field.of(USER_PASSWORD, USER_PASSWORD.at(i), n == 1 ? "Password" : "  password"),
                Field.secret(FormBinding.confirm(i), n == 1 ? "Password again" : "  password again", ""),
                Field.of(USER_GROUPS, USER_GROUPS.at(i), n == 1 ? "Groups" : "  groups"),
                Field.of(USER_KEYS, USER_KEYS.at(i), n == 1 ? "SSH keys" : "  SSH keys")),
                Map.of(USER_GROUPS.key(), String.join(", ", io.edgesite.palette.OsUser.GROUPS))));
        host.add(Field.of(NTP));
        host.add(Field.of(POWEROFF));
        host.add(Field.of(REBOOT));
        host.add(Field.of(EXTRA_CMDLINE));
        screens.add(new Screen("host", "Host", "The machine's name, how Palette is installed, who can log in, and what"
                + " the installer does when it is done.", host, List.of(HOSTNAME.parent(), POWEROFF.parent())));
        List<Item> net = new ArrayList<>();
        net.add(new Group(NICS, (i, n) -> {
            List<Field> f = new ArrayList<>();
            f.add(Field.of(NIC_NAME, NIC_NAME.at(i), "NIC " + n));
            f.addAll(addressing(NICS, i));
            f.add(Field.of(NIC_VMXNET3, NIC_VMXNET3.at(i), "  VMXNET3"));
            f.add(mtu(NICS, i).when(form -> !form.get(of(NICS, ADDRESSING.get(5)).at(i)).isEmpty() || form.on(PREPARE_NETWORKD)));
            return f;
        }, Map.of(key(ADDRESSING.get(0)), Addressing.DHCP.value(), key(NIC_VMXNET3), "false")));
        net.add(new Group(BONDS, (i, n) -> {
            List<Field> f = new ArrayList<>();
            f.add(Field.of(BOND_NAME, BOND_NAME.at(i), "Bond " + n));
            f.add(Field.of(BOND_MEMBERS, BOND_MEMBERS.at(i), "  members"));
            f.add(Field.of(BOND_MODE, BOND_MODE.at(i), "  mode"));
            f.addAll(addressing(BONDS, i));
            f.add(mtu(BONDS, i));
            return f;
        }, Map.of(key(BOND_MODE), BondMode.ACTIVE_BACKUP.value(), key(ADDRESSING.get(0)), Addressing.STATIC.value())));
        net.add(new Group(VLANS, (i, n) -> {
            List<Field> f = new ArrayList<>();
            f.add(Field.of(VLAN_PARENT, VLAN_PARENT.at(i), "VLAN " + n + " on"));
            f.add(Field.of(VLAN_ID, VLAN_ID.at(i), "  VLAN ID"));
            f.add(Field.of(VLAN_NAME, VLAN_NAME.at(i), "  name"));
            f.addAll(addressing(VLANS, i));
            f.add(mtu(VLANS, i));
            return f;
        }, Map.of(key(ADDRESSING.get(0)), Addressing.STATIC.value())));
        net.add(new Group(BRIDGES, (i, n) -> {
            List<Field> f = new ArrayList<>();
            f.add(Field.of(BRIDGE_NAME, BRIDGE_NAME.at(i), "Bridge " + n));
            f.add(Field.of(BRIDGE_PORTS, BRIDGE_PORTS.at(i), "  ports"));
            f.addAll(addressing(BRIDGES, i));
            f.add(mtu(BRIDGES, i));
            return f;
        }, Map.of(key(ADDRESSING.get(0)), Addressing.STATIC.value())));
        net.add(Field.of(NAMESERVER));
        net.add(Field.of(HTTP_PROXY));
        net.add(Field.of(HTTPS_PROXY));
        net.add(Field.of(NO_PROXY));
        screens.add(new Screen("network", "Network",
                "Interfaces and their addresses (bonds, VLANs and bridges too), DNS and proxy.", net,
                List.of(NAMESERVER.parent())));
        screens.add(new Screen("cluster", "Cluster Config", "The cluster this host will form or join.", List.of(
                Field.of(DISTRIBUTION),
                Field.of(KUBERNETES),
                Field.of(NODES),
                Field.of(CNI),
                Field.of(POD_CIDR),
                Field.of(SERVICE_CIDR),
                Field.of(OVERLAY),
                Field.of(VIP).when(f -> !f.on(OVERLAY)),
                Field.of(OVERLAY_CIDR).when(f -> f.on(OVERLAY)),
                Field.info(OVERLAY.parent() + ".vip", "Overlay VIP", f -> {
                    String vip = OverlayNetwork.previewVip(f.get(OVERLAY_CIDR.path()));
                    return vip.isEmpty() ? "(enter a valid range)" : vip;
                }).when(f -> f.on(OVERLAY)),
                Field.info(OVERLAY.parent() + ".note", "", f -> "Neither the range nor the VIP can change after the cluster"
                        + " is created.").when(f -> f.on(OVERLAY))),
                List.of(DISTRIBUTION.parent())));
        screens.add(new Screen(CHECKS, "Prerequisite checks",
                "This host against Palette's prerequisites for these answers. Enter on a line shows what was"
                        + " seen and the remedy. Fails do not stop you writing the file.",
                Screen.Body.CHECKS, List.of(), List.of()));
        screens.add(new Screen(REVIEW, "Review", "Everything set, the warnings, and the user-data with secrets masked.",
                Screen.Body.REVIEW, List.of(), List.of()));
        screens.add(new Screen(WRITE, "Write", "Where to write the files.", List.of(
                Field.text(WizardSession.OUTPUT, "User-data file", "written with mode 0600"),
                Field.toggle(WizardSession.ISO, "ISO image", "also " + WizardSession.ISO_FILE + " beside it: a cidata"
                        + " image for a USB drive, as Palette reads site user-data"),
                Field.toggle(WizardSession.SAVE_ANSWERS, "Also save answers", "an answers file for edge-site render"),
                Field.text(WizardSession.ANSWERS, "Answers file", "").when(f -> f.on(WizardSession.SAVE_ANSWERS))),
                List.of()));
        return screens;
    }

    /**
     * A field shown when its condition holds, and also whenever it holds a value (read from a file, or typed
     * before a choice hid it), so that a value the rules reject can always be seen and cleared.
     */
    private static Field shownWhenSetOr(SiteProperty p, java.util.function.Predicate<Form> condition) {
        return Field.of(p).when(f -> condition.test(f) || !f.get(p.path()).isEmpty());
    }

    /** How one interface gets its address: the addressing choice, then the static settings when static. */
    private static List<Field> addressing(SiteList list, int i) {
        String addressing = of(list, ADDRESSING.get(0)).at(i);
        List<Field> out = new ArrayList<>();
        out.add(field(list, 0, i).when(f -> true));
        out.add(field(list, 1, i).when(f -> f.is(addressing, Addressing.STATIC)));
        out.add(field(list, 2, i).when(f -> f.is(addressing, Addressing.STATIC) && !f.get(of(list, ADDRESSING.get(2)).at(i)).isEmpty()));
        out.add(field(list, 3, i).when(f -> f.is(addressing, Addressing.STATIC)));
        out.add(field(list, 4, i).when(f -> !f.is(addressing, Addressing.NONE)));
        return out;
    }

    private static Field field(SiteList list, int n, int i) {
        SiteProperty p = of(list, ADDRESSING.get(n));
        return Field.of(p, p.at(i), "  " + p.label());
    }

    /** An interface's MTU; it is written in the networkd files edge-site writes for the interface. */
    private static Field mtu(SiteList list, int i) {
        return field(list, 5, i);
    }

    private static String key(SiteProperty p) {
        return p.key();
    }
}
