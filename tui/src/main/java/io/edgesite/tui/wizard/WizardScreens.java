package io.edgesite.tui.wizard;

import io.edgesite.model.Addressing;
import io.edgesite.model.BondMode;
import io.edgesite.model.Cluster;
import io.edgesite.model.Cni;
import io.edgesite.model.DeploymentMode;
import io.edgesite.model.Distribution;
import io.edgesite.model.ManagementMode;
import io.edgesite.model.RegistrationMode;
import io.edgesite.validators.OverlayNetwork;
import io.edgesite.validators.host.HostFacts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The wizard's questions, screen by screen: plain data that the view turns into widgets. */
public final class WizardScreens {
    public static final String WELCOME = "welcome";
    public static final String CHECKS = "checks";
    public static final String REVIEW = "review";
    public static final String WRITE = "write";
    static final List<String> KUBERNETES = List.of("1.33", "1.32", "1.31", "1.30", "1.29", "1.28", "1.27", "1.26");

    private WizardScreens() {
    }

    public static List<Screen> build(HostFacts facts) {
        List<Screen> screens = new ArrayList<>();
        screens.add(new Screen(WELCOME, "Welcome",
                "edge-site prepares this host for a Palette Edge installation. It asks for the site and"
                        + " cluster settings, checks them, and writes the user-data file the installer reads.",
                List.of(Field.info("facts", "This host", f -> String.join("\n", facts.describe()))), List.of()));
        screens.add(new Screen("registration", "Registration", "How this host finds and joins Palette.", List.of(
                Field.choice("registration.managementMode", "Management", words(ManagementMode.values(), ManagementMode::value),
                        "central: managed from Palette; local: no Palette connection"),
                Field.choice("registration.registrationMode", "Registration", words(RegistrationMode.values(), RegistrationMode::value),
                        "auto: token; manual: type the host ID in Palette; qr: scan a QR code"),
                Field.text("registration.paletteEndpoint", "Palette endpoint", "host name only, e.g. api.spectrocloud.com")
                        .when(f -> f.get("registration.managementMode").equals("central")),
                Field.secret("registration.edgeHostToken", "Registration token", "from Tenant Settings > Registration Tokens")
                        .when(f -> f.get("registration.registrationMode").equals("auto")),
                Field.text("registration.projectName", "Project", "Palette project name"),
                Field.text("registration.hostId", "Edge host ID", "lower-case letters, digits, '-'; $random allowed"),
                Field.list("registration.tags", "Tags", "key=value, separated by commas"),
                Field.text("registration.registrationUrl", "QR registration URL", "the registration app the QR code opens")
                        .when(f -> f.get("registration.registrationMode").equals("qr")),
                Field.list(FormBinding.CA_CERT_FILES, "CA cert files", "PEM files of a private CA, separated by commas"),
                Field.lines("registration.caCerts", "CA certificates", "or paste PEM certificates here")),
                List.of("registration")));
        screens.add(new Screen("host", "Host", "The machine's name, how Palette is installed, and who can log in.", List.of(
                Field.text("host.hostname", "Host name", "RFC 1123 host name"),
                Field.choice("host.deploymentMode", "Deployment", words(DeploymentMode.values(), DeploymentMode::value),
                        "appliance: full OS install; agent: agent on an existing OS"),
                Field.text("host.users[0].name", "User", "created at install, in the sudo group"),
                Field.secret("host.users[0].password", "Password", ""),
                Field.secret(FormBinding.CONFIRM, "Password again", ""),
                Field.list("host.users[0].sshAuthorizedKeys", "SSH keys", "public key lines, separated by commas"),
                Field.list("host.ntpServers", "NTP servers", "separated by commas"),
                Field.toggle("host.prepareNetworkd", "Prepare networkd", "agent mode: steps that set up systemd-networkd"
                        + " and resolved, which the overlay needs")
                        .when(f -> f.get("host.deploymentMode").equals(DeploymentMode.AGENT.value()))),
                List.of("host")));
        List<Item> net = new ArrayList<>();
        net.add(new Group("network.nics", "NIC", (p, n) -> {
            List<Field> f = new ArrayList<>();
            f.add(Field.text(p + ".name", "NIC " + n, "interface name, as ip link shows it"));
            f.addAll(addressing(p));
            f.add(Field.toggle(p + ".vmxnet3", "  VMXNET3", "VMware VMXNET3 adapter"));
            f.add(mtu(p).when(form -> !form.get(p + ".mtu").isEmpty() || form.on("host.prepareNetworkd")));
            return f;
        }, Map.of("addressing", Addressing.DHCP.value(), "vmxnet3", "false")));
        net.add(new Group("network.bonds", "bond", (p, n) -> {
            List<Field> f = new ArrayList<>();
            f.add(Field.text(p + ".name", "Bond " + n, "interface name, e.g. bond0"));
            f.add(Field.list(p + ".members", "  members", "NIC names, separated by commas"));
            f.add(Field.choice(p + ".mode", "  mode", words(BondMode.values(), BondMode::value), "bonding mode"));
            f.addAll(addressing(p));
            f.add(mtu(p));
            return f;
        }, Map.of("mode", BondMode.ACTIVE_BACKUP.value(), "addressing", Addressing.STATIC.value())));
        net.add(new Group("network.vlans", "VLAN", (p, n) -> {
            List<Field> f = new ArrayList<>();
            f.add(Field.text(p + ".parent", "VLAN " + n + " on", "NIC or bond that carries the tag"));
            f.add(Field.text(p + ".id", "  VLAN ID", "1 to 4094"));
            f.add(Field.text(p + ".name", "  name", "optional; default parent.id"));
            f.addAll(addressing(p));
            f.add(mtu(p));
            return f;
        }, Map.of("addressing", Addressing.STATIC.value())));
        net.add(new Group("network.bridges", "bridge", (p, n) -> {
            List<Field> f = new ArrayList<>();
            f.add(Field.text(p + ".name", "Bridge " + n, "interface name, e.g. br0"));
            f.add(Field.list(p + ".ports", "  ports", "NICs, bonds or VLANs, separated by commas"));
            f.addAll(addressing(p));
            f.add(mtu(p));
            return f;
        }, Map.of("addressing", Addressing.STATIC.value())));
        net.add(Field.text("network.nameserver", "Global DNS", "used by every interface"));
        net.add(Field.text("network.proxy.http", "HTTP proxy", "http://proxy:3128"));
        net.add(Field.text("network.proxy.https", "HTTPS proxy", "http://proxy:3128"));
        net.add(Field.list("network.proxy.noProxy", "No proxy", "hosts, .domains, CIDRs; commas"));
        screens.add(new Screen("network", "Network",
                "Interfaces and their addresses (bonds, VLANs and bridges too), DNS and proxy.", net, List.of("network")));
        screens.add(new Screen("cluster", "Cluster Config", "The cluster this host will form or join.", List.of(
                Field.choice("cluster.distribution", "Distribution", words(Distribution.values(), Distribution::value),
                        "Kubernetes distribution"),
                Field.choice("cluster.kubernetesVersion", "Kubernetes", KUBERNETES, "version"),
                Field.text("cluster.nodes", "Nodes", "1 single node, 2 two-node, 3 or more multi-node"),
                Field.choice("cluster.cni", "CNI", words(Cni.values(), Cni::value), "container network plugin"),
                Field.text("cluster.podCidr", "Pod CIDR", "cluster-internal pod range"),
                Field.text("cluster.serviceCidr", "Service CIDR", "cluster-internal service range"),
                Field.toggle("cluster.overlay.enabled", "Enable overlay", "hosts reach each other over a VXLAN overlay"),
                Field.text("cluster.vip", "VIP", "unused address on the hosts' subnet")
                        .when(f -> !f.on("cluster.overlay.enabled")),
                Field.text("cluster.overlay.cidr", "Overlay CIDR range", "private range, default " + Cluster.DEFAULT_OVERLAY_CIDR)
                        .when(f -> f.on("cluster.overlay.enabled")),
                Field.info("cluster.overlay.vip", "Overlay VIP", f -> {
                    String vip = OverlayNetwork.previewVip(f.get("cluster.overlay.cidr"));
                    return vip.isEmpty() ? "(enter a valid range)" : vip;
                }).when(f -> f.on("cluster.overlay.enabled")),
                Field.info("cluster.overlay.note", "", f -> "Neither the range nor the VIP can change after the cluster is created.")
                        .when(f -> f.on("cluster.overlay.enabled"))),
                List.of("cluster")));
        screens.add(new Screen(CHECKS, "Prerequisite checks",
                "This host against Palette's prerequisites for these answers. Enter on a line shows what was"
                        + " seen and the remedy. Fails do not stop you writing the file.",
                List.of(Field.checks("checks.list", "Checks")), List.of()));
        screens.add(new Screen(REVIEW, "Review", "Everything set, the warnings, and the user-data with secrets masked.",
                List.of(Field.info("review.text", "", f -> "")), List.of("install")));
        screens.add(new Screen(WRITE, "Write", "Where to write the files.", List.of(
                Field.text("write.output", "User-data file", "written with mode 0600"),
                Field.toggle("write.answers", "Also save answers", "an answers file for edge-site render"),
                Field.text("write.answersPath", "Answers file", "").when(f -> f.on("write.answers"))),
                List.of()));
        return screens;
    }

    /** How one interface gets its address: the addressing choice, then the static settings when static. */
    private static List<Field> addressing(String p) {
        return List.of(
                Field.choice(p + ".addressing", "  addressing", words(Addressing.values(), Addressing::value),
                        "dhcp, static, or none (no address: bond member, unused)"),
                Field.text(p + ".address", "  address", "with prefix, e.g. 10.0.10.25/24")
                        .when(f -> f.get(p + ".addressing").equals("static")),
                Field.text(p + ".mask", "  mask", "network mask, e.g. 255.255.255.0; or put /24 on the address")
                        .when(f -> f.get(p + ".addressing").equals("static") && !f.get(p + ".mask").isEmpty()),
                Field.text(p + ".gateway", "  gateway", "router on this subnet; empty if none")
                        .when(f -> f.get(p + ".addressing").equals("static")),
                Field.text(p + ".nameserver", "  DNS", "DNS server for this interface")
                        .when(f -> !f.get(p + ".addressing").equals("none")));
    }

    /** An interface's MTU; it is written in the networkd files edge-site writes for the interface. */
    private static Field mtu(String p) {
        return Field.text(p + ".mtu", "  MTU", "empty for the default, or e.g. 9000");
    }

    private static <E> List<String> words(E[] values, Function<E, String> word) {
        return Arrays.stream(values).map(word).toList();
    }
}
