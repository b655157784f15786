package io.edgesite.properties;

import io.edgesite.model.Addressing;
import io.edgesite.model.BondMode;
import io.edgesite.model.Cni;
import io.edgesite.model.DeploymentMode;
import io.edgesite.model.Distribution;
import io.edgesite.model.Keyword;
import io.edgesite.model.ManagementMode;
import io.edgesite.model.RegistrationMode;
import io.edgesite.palette.EdgePacks;
import io.edgesite.palette.Overlay;
import io.edgesite.palette.UserDataSchema;
import io.edgesite.properties.SiteProperty.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The site's vocabulary, declared once: every value an answers file holds, the path rules report it at,
 * the user-data key it becomes and the wizard field that edits it. Answers files, the user-data parser's
 * source map, the wizard's form and its fields all read this table.
 */
public final class SiteProperties {
    private static final List<SiteProperty> ALL = new ArrayList<>();
    /** Where edge-site writes its own steps, and the first of them, which creates the users. */
    private static final String GENERATED_STEPS = UserDataSchema.STAGES.path() + ".initramfs";
    private static final String FIRST_STEP = GENERATED_STEPS + "[0]";
    private static final String USERS_STEP_USERS = FIRST_STEP + "." + UserDataSchema.STEP_USERS.name() + ".*";

    public static final SiteList USERS = new SiteList("host.users", "user");
    public static final SiteList NICS = new SiteList("network.nics", "NIC");
    public static final SiteList BONDS = new SiteList("network.bonds", "bond");
    public static final SiteList VLANS = new SiteList("network.vlans", "VLAN");
    public static final SiteList BRIDGES = new SiteList("network.bridges", "bridge");
    /** The lists whose entries are network interfaces, each with the same addressing values. */
    public static final List<SiteList> INTERFACE_LISTS = List.of(NICS, BONDS, VLANS, BRIDGES);

    public static final SiteProperty MANAGEMENT_MODE = choice("registration.managementMode", "Management",
            "central: managed from Palette; local: no Palette connection", ManagementMode.class, UserDataSchema.MANAGEMENT_MODE.path());
    public static final SiteProperty REGISTRATION_MODE = choice("registration.registrationMode", "Registration",
            "auto: the token registers the host; manual: type the host ID in Palette; qr: scan a QR code",
            RegistrationMode.class, UserDataSchema.DISABLE_AUTO_REGISTER.path());
    public static final SiteProperty ENDPOINT = text("registration.paletteEndpoint", "Palette endpoint",
            "host name only, e.g. api.spectrocloud.com; empty for Palette SaaS", UserDataSchema.ENDPOINT.path());
    public static final SiteProperty TOKEN = add(new SiteProperty("registration.edgeHostToken", Kind.SECRET,
            "Registration token", "from Palette: Tenant Settings > Registration Tokens", List.of(), UserDataSchema.TOKEN.path()));
    public static final SiteProperty PROJECT_NAME = text("registration.projectName", "Project",
            "Palette project; overrides the token's", UserDataSchema.PROJECT_NAME.path());
    public static final SiteProperty PROJECT_UID = text("registration.projectUid", "Project UID",
            "or the project's ID, letters and digits", UserDataSchema.PROJECT_UID.path());
    public static final SiteProperty HOST_ID = text("registration.hostId", "Edge host ID",
            "up to 128 characters, no / ? # & + % , $ ~ ! @ * ( ) { } | = ; : < > ' . ^ \"; $random alone for a random ID",
            UserDataSchema.HOST_ID.path());
    public static final SiteProperty TAGS = add(new SiteProperty("registration.tags", Kind.TAGS, "Tags",
            "key=value, separated by commas", List.of(), UserDataSchema.TAGS.path()));
    public static final SiteProperty REGISTRATION_URL = text("registration.registrationUrl", "QR registration URL",
            "the registration app the QR code opens", UserDataSchema.REGISTRATION_URL.path());
    public static final SiteProperty INSECURE = toggle("registration.insecureSkipVerify", "Skip TLS verify",
            "trust any certificate of the endpoint; better add its CA", UserDataSchema.INSECURE.path());
    public static final SiteProperty CA_CERTS = add(new SiteProperty("registration.caCerts", Kind.CERTIFICATES,
            "CA certificates", "paste PEM certificates of a private CA", List.of(), UserDataSchema.CA_CERTS.path()));
    public static final SiteProperty PREFIX = text("registration.prefix", "Host ID prefix",
            "of a generated host ID: letters, digits and '-'", UserDataSchema.PREFIX.path());

    public static final SiteProperty HOSTNAME = text("host.hostname", "Host name", "RFC 1123 host name; also the"
            + " Kubernetes node name", UserDataSchema.HOST_NAME.path());
    public static final SiteProperty DEPLOYMENT_MODE = choice("host.deploymentMode", "Deployment",
            "appliance: Palette installs the OS; agent: the agent joins an OS already installed", DeploymentMode.class, "");
    public static final SiteProperty USER_NAME = text("host.users[].name", "User", "created at install", USERS_STEP_USERS);
    public static final SiteProperty USER_PASSWORD = add(new SiteProperty("host.users[].password", Kind.SECRET, "Password",
            "", List.of(), USERS_STEP_USERS + "." + UserDataSchema.USER_PASSWORD.name()));
    public static final SiteProperty USER_GROUPS = list("host.users[].groups", "Groups", "separated by commas",
            USERS_STEP_USERS + "." + UserDataSchema.USER_GROUPS.name());
    public static final SiteProperty USER_KEYS = list("host.users[].sshAuthorizedKeys", "SSH keys",
            "public key lines, separated by commas", USERS_STEP_USERS + "." + UserDataSchema.USER_KEYS.name());
    public static final SiteProperty USERS_STEP = text("host.usersStepName", "Users step", "", FIRST_STEP + "." + UserDataSchema.STEP_NAME.name());
    public static final SiteProperty NTP = list("host.ntpServers", "NTP servers", "host names or addresses, separated"
            + " by commas", UserDataSchema.NTP_SERVERS.path());
    public static final SiteProperty PREPARE_NETWORKD = toggle("host.prepareNetworkd", "Prepare networkd",
            "agent mode: steps that set up systemd-networkd and resolved, which the overlay needs", GENERATED_STEPS);

    public static final SiteProperty NAMESERVER = text("network.nameserver", "Global DNS", "one DNS server address",
            UserDataSchema.NAMESERVER.path());
    public static final SiteProperty HTTP_PROXY = add(new SiteProperty("network.proxy.http", Kind.CREDENTIAL_URL,
            "HTTP proxy", "http://proxy:3128, or http://user:password@proxy:3128", List.of(), UserDataSchema.HTTP_PROXY.path()));
    public static final SiteProperty HTTPS_PROXY = add(new SiteProperty("network.proxy.https", Kind.CREDENTIAL_URL,
            "HTTPS proxy", "http://proxy:3128, or http://user:password@proxy:3128", List.of(), UserDataSchema.HTTPS_PROXY.path()));
    public static final SiteProperty NO_PROXY = list("network.proxy.noProxy", "No proxy",
            "hosts, .domains, CIDRs; separated by commas", UserDataSchema.NO_PROXY.path());

    public static final SiteProperty NIC_NAME = text("network.nics[].name", "NIC", "interface name, as ip link shows it",
            UserDataSchema.INTERFACES.path() + ".*");
    public static final SiteProperty NIC_VMXNET3 = toggle("network.nics[].vmxnet3", "VMXNET3",
            "a VMware VMXNET3 adapter: its UDP tunnel offload is turned off", GENERATED_STEPS);
    public static final SiteProperty BOND_NAME = text("network.bonds[].name", "Bond", "interface name, e.g. bond0",
            UserDataSchema.INTERFACES.path() + ".*");
    public static final SiteProperty BOND_MEMBERS = list("network.bonds[].members", "members",
            "NIC names, separated by commas", GENERATED_STEPS);
    public static final SiteProperty BOND_MODE = choice("network.bonds[].mode", "mode", "the Linux bonding mode",
            BondMode.class, GENERATED_STEPS);
    public static final SiteProperty VLAN_PARENT = text("network.vlans[].parent", "VLAN on",
            "the NIC or bond that carries the tag", GENERATED_STEPS);
    public static final SiteProperty VLAN_ID = add(new SiteProperty("network.vlans[].id", Kind.NUMBER, "VLAN ID",
            "1 to 4094", List.of(), GENERATED_STEPS));
    public static final SiteProperty VLAN_NAME = text("network.vlans[].name", "name", "optional; parent.id when empty",
            UserDataSchema.INTERFACES.path() + ".*");
    public static final SiteProperty BRIDGE_NAME = text("network.bridges[].name", "Bridge", "interface name, e.g. br0",
            UserDataSchema.INTERFACES.path() + ".*");
    public static final SiteProperty BRIDGE_PORTS = list("network.bridges[].ports", "ports",
            "NICs, bonds or VLANs, separated by commas", GENERATED_STEPS);

    /** The values every interface has, whatever its list; {@code []} stands for the interface's own path. */
    public static final List<SiteProperty> ADDRESSING = List.of(
            new SiteProperty("[].addressing", Kind.CHOICE, "addressing",
                    "dhcp, static, or none (no address: a bond member, a VLAN trunk)", Keyword.words(Addressing.class),
                    UserDataSchema.INTERFACE_TYPE.path()),
            new SiteProperty("[].address", Kind.TEXT, "address", "with its prefix, e.g. 10.0.10.25/24", List.of(),
                    UserDataSchema.INTERFACE_ADDRESS.path()),
            new SiteProperty("[].mask", Kind.TEXT, "mask", "network mask, e.g. 255.255.255.0; or put /24 on the address",
                    List.of(), UserDataSchema.INTERFACE_MASK.path()),
            new SiteProperty("[].gateway", Kind.TEXT, "gateway", "router on this subnet; empty if none", List.of(),
                    UserDataSchema.INTERFACE_GATEWAY.path()),
            new SiteProperty("[].nameserver", Kind.TEXT, "DNS", "DNS server of this interface", List.of(),
                    UserDataSchema.INTERFACE_NAMESERVER.path()),
            new SiteProperty("[].mtu", Kind.NUMBER, "MTU", "empty for the default, or e.g. 9000", List.of(), GENERATED_STEPS));

    public static final SiteProperty DISTRIBUTION = choice("cluster.distribution", "Distribution",
            "the Kubernetes distribution of the cluster profile", Distribution.class, "");
    public static final SiteProperty KUBERNETES = add(new SiteProperty("cluster.kubernetesVersion", Kind.CHOICE,
            "Kubernetes", "the version of the Kubernetes pack", EdgePacks.KUBERNETES_VERSIONS, ""));
    public static final SiteProperty NODES = add(new SiteProperty("cluster.nodes", Kind.NUMBER, "Nodes",
            "1 single node, 2 two-node, 3 or more multi-node", List.of(), ""));
    public static final SiteProperty CNI = choice("cluster.cni", "CNI", "the container network plugin", Cni.class, "");
    public static final SiteProperty POD_CIDR = text("cluster.podCidr", "Pod CIDR", "the pods' range, inside the cluster", "");
    public static final SiteProperty SERVICE_CIDR = text("cluster.serviceCidr", "Service CIDR", "the services' range,"
            + " inside the cluster", "");
    public static final SiteProperty OVERLAY = toggle("cluster.overlay.enabled", "Enable overlay",
            "hosts reach each other over a VXLAN overlay; the VIP comes from its range", "");
    public static final SiteProperty VIP = text("cluster.vip", "VIP", "an unused address on the hosts' subnet", "");
    public static final SiteProperty OVERLAY_CIDR = text("cluster.overlay.cidr", "Overlay CIDR range",
            "a private range unused on the site, default " + Overlay.DEFAULT_CIDR, "");

    public static final SiteProperty POWEROFF = toggle(UserDataSchema.POWEROFF.path(), "Power off when done",
            "the host powers off when the installation completes", UserDataSchema.POWEROFF.path());
    public static final SiteProperty REBOOT = toggle(UserDataSchema.REBOOT.path(), "Reboot when done",
            "the host reboots when the installation completes; remove the installer first", UserDataSchema.REBOOT.path());
    public static final SiteProperty EXTRA_CMDLINE = text("install.extraCmdline", "Kernel options",
            "added to the installed system's command line, e.g. fips=1", UserDataSchema.EXTRA_CMDLINE.path());
    public static final SiteProperty BIND_MOUNTS = list("install.bindMounts", "Bind mounts",
            "folders kept from the installer, separated by commas", UserDataSchema.BIND_MOUNTS.path());

    private SiteProperties() {
    }

    /** Every property, in the order of an answers file; the addressing values once per interface list. */
    public static List<SiteProperty> all() {
        List<SiteProperty> out = new ArrayList<>(ALL);
        for (SiteList l : INTERFACE_LISTS) {
            for (SiteProperty p : ADDRESSING) {
                out.add(of(l, p));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** An addressing value of the interfaces of one list: {@code network.bonds[].address}. */
    public static SiteProperty of(SiteList list, SiteProperty addressing) {
        return new SiteProperty(list.path() + addressing.path(), addressing.kind(), addressing.label(), addressing.help(),
                addressing.choices(), addressing.userData());
    }

    /** The property a path (with indices, as a finding has it) is about, if any. */
    public static Optional<SiteProperty> at(String path) {
        String pattern = path.replaceAll("\\[\\d+]", "[]");
        return all().stream().filter(p -> pattern.equals(p.path()) || pattern.startsWith(p.path() + "[")
                || pattern.startsWith(p.path() + ".")).findFirst();
    }

    /** The list a path's first index belongs to, if any. */
    public static Optional<SiteList> listOf(String path) {
        return lists().stream().filter(l -> path.startsWith(l.path() + "[")).findFirst();
    }

    public static List<SiteList> lists() {
        return List.of(USERS, NICS, BONDS, VLANS, BRIDGES);
    }

    private static SiteProperty add(SiteProperty p) {
        ALL.add(p);
        return p;
    }

    private static SiteProperty text(String path, String label, String help, String userData) {
        return add(new SiteProperty(path, Kind.TEXT, label, help, List.of(), userData));
    }

    private static SiteProperty list(String path, String label, String help, String userData) {
        return add(new SiteProperty(path, Kind.LIST, label, help, List.of(), userData));
    }

    private static SiteProperty toggle(String path, String label, String help, String userData) {
        return add(new SiteProperty(path, Kind.TOGGLE, label, help, List.of(), userData));
    }

    private static <E extends Enum<E> & Keyword> SiteProperty choice(String path, String label, String help, Class<E> type,
            String userData) {
        return add(new SiteProperty(path, Kind.CHOICE, label, help, Keyword.words(type), userData));
    }
}
