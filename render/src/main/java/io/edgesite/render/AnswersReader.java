package io.edgesite.render;

import static io.edgesite.properties.SiteProperties.*;

import io.edgesite.model.Addressing;
import io.edgesite.model.Bond;
import io.edgesite.model.BondMode;
import io.edgesite.model.Bridge;
import io.edgesite.model.Cluster;
import io.edgesite.model.Cni;
import io.edgesite.model.DeploymentMode;
import io.edgesite.model.Distribution;
import io.edgesite.model.Host;
import io.edgesite.model.InstallOptions;
import io.edgesite.model.IpConfig;
import io.edgesite.model.ManagementMode;
import io.edgesite.model.Network;
import io.edgesite.model.Nic;
import io.edgesite.model.Passthrough;
import io.edgesite.model.Proxy;
import io.edgesite.model.Registration;
import io.edgesite.model.RegistrationMode;
import io.edgesite.model.Secret;
import io.edgesite.model.Site;
import io.edgesite.model.User;
import io.edgesite.model.Vlan;
import io.edgesite.palette.EdgePacks;
import io.edgesite.properties.SiteList;
import io.edgesite.properties.SiteProperties;
import io.edgesite.validators.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An answers tree read into a site, each value found at its path in {@link SiteProperties}; every value of
 * the wrong kind and every key nobody asked for is a problem at its path, never an exception.
 */
final class AnswersReader {
    private AnswersReader() {
    }

    /** The site, and what was wrong with the tree (when anything is an error the site is incomplete). */
    record Read(Site site, List<Finding> problems) {
    }

    static Read read(Map<String, Object> tree) {
        List<Finding> problems = new ArrayList<>();
        Node root = new Node(tree, "", problems, "answers");
        Integer version = root.integer(AnswersFormat.VERSION_KEY);
        if (version != null && version != AnswersFormat.VERSION) {
            problems.add(Finding.error("answers.version", AnswersFormat.VERSION_KEY,
                    "this edge-site reads answers files of version " + AnswersFormat.VERSION));
        }
        Registration registration = registration(root.child(ENDPOINT.parent()));
        Host host = host(root.child(HOSTNAME.parent()));
        Network network = network(root.child(NAMESERVER.parent()));
        String section = DISTRIBUTION.parent();
        Cluster cluster = root.raw(section) != null ? cluster(root.child(section)) : null;
        InstallOptions install = install(root.child(POWEROFF.parent()));
        Object userData = root.raw(AnswersFormat.USER_DATA_KEY);
        Passthrough passthrough = Passthrough.empty();
        if (userData instanceof Map<?, ?> m) {
            passthrough = new Passthrough(Trees.cast(m));
        } else if (userData != null) {
            problems.add(Finding.error("answers.type", AnswersFormat.USER_DATA_KEY, "expected a mapping of user-data keys"));
        }
        root.rejectUnknown();
        return new Read(new Site(registration, host, network, cluster, install, passthrough), problems);
    }

    private static Registration registration(Node n) {
        Registration r = new Registration(
                n.choice(MANAGEMENT_MODE.key(), ManagementMode.class, ManagementMode.CENTRAL),
                n.choice(REGISTRATION_MODE.key(), RegistrationMode.class, RegistrationMode.AUTO),
                n.text(ENDPOINT.key()),
                Secret.of(n.text(TOKEN.key())),
                n.text(PROJECT_NAME.key()),
                n.text(PROJECT_UID.key()),
                n.text(HOST_ID.key()),
                n.textMap(TAGS.key()),
                n.text(REGISTRATION_URL.key()),
                Boolean.TRUE.equals(n.bool(INSECURE.key())),
                n.texts(CA_CERTS.key()),
                n.text(PREFIX.key()));
        n.rejectUnknown();
        return r;
    }

    private static Host host(Node n) {
        List<User> users = new ArrayList<>();
        for (Node u : n.children(key(USERS))) {
            users.add(new User(u.text(USER_NAME.key()), Secret.of(u.text(USER_PASSWORD.key())), u.texts(USER_GROUPS.key()),
                    u.texts(USER_KEYS.key())));
            u.rejectUnknown();
        }
        Host h = new Host(n.text(HOSTNAME.key()), n.choice(DEPLOYMENT_MODE.key(), DeploymentMode.class, DeploymentMode.APPLIANCE),
                users, n.text(USERS_STEP.key()), n.texts(NTP.key()), Boolean.TRUE.equals(n.bool(PREPARE_NETWORKD.key())));
        n.rejectUnknown();
        return h;
    }

    private static Network network(Node n) {
        Node proxy = n.child(key(HTTP_PROXY.parent()));
        Proxy p = new Proxy(proxy.text(HTTP_PROXY.key()), proxy.text(HTTPS_PROXY.key()), proxy.texts(NO_PROXY.key()));
        proxy.rejectUnknown();
        List<Nic> nics = new ArrayList<>();
        for (Node x : n.children(key(NICS))) {
            nics.add(new Nic(x.text(NIC_NAME.key()), ip(x, Addressing.DHCP), Boolean.TRUE.equals(x.bool(NIC_VMXNET3.key())),
                    mtu(x)));
            x.rejectUnknown();
        }
        List<Bond> bonds = new ArrayList<>();
        for (Node x : n.children(key(BONDS))) {
            bonds.add(new Bond(x.text(BOND_NAME.key()), x.texts(BOND_MEMBERS.key()),
                    x.choice(BOND_MODE.key(), BondMode.class, BondMode.ACTIVE_BACKUP), ip(x, Addressing.NONE), mtu(x)));
            x.rejectUnknown();
        }
        List<Vlan> vlans = new ArrayList<>();
        for (Node x : n.children(key(VLANS))) {
            Integer id = x.integer(VLAN_ID.key());
            vlans.add(new Vlan(x.text(VLAN_PARENT.key()), id == null ? 0 : id, x.text(VLAN_NAME.key()),
                    ip(x, Addressing.NONE), mtu(x)));
            x.rejectUnknown();
        }
        List<Bridge> bridges = new ArrayList<>();
        for (Node x : n.children(key(BRIDGES))) {
            bridges.add(new Bridge(x.text(BRIDGE_NAME.key()), x.texts(BRIDGE_PORTS.key()), ip(x, Addressing.NONE), mtu(x)));
            x.rejectUnknown();
        }
        Network net = new Network(nics, bonds, vlans, bridges, n.text(NAMESERVER.key()), p);
        n.rejectUnknown();
        return net;
    }

    /** An interface's addressing values, by the keys of {@link SiteProperties#ADDRESSING}. */
    private static IpConfig ip(Node x, Addressing fallback) {
        return new IpConfig(x.choice(key(ADDRESSING.get(0)), Addressing.class, fallback),
                x.text(key(ADDRESSING.get(1))), x.text(key(ADDRESSING.get(2))), x.text(key(ADDRESSING.get(3))),
                x.text(key(ADDRESSING.get(4))));
    }

    /** A link MTU: absent is 0 (left as the system sets it). */
    private static int mtu(Node x) {
        Integer mtu = x.integer(key(ADDRESSING.get(5)));
        return mtu == null ? 0 : mtu;
    }

    static Cluster cluster(Node n) {
        Distribution d = n.choice(DISTRIBUTION.key(), Distribution.class, Distribution.PXK_E);
        Integer nodes = n.integer(NODES.key());
        Node overlay = n.child(key(OVERLAY.parent()));
        Boolean enabled = overlay.bool(OVERLAY.key());
        String cidr = overlay.text(OVERLAY_CIDR.key());
        overlay.raw(VIP.key()); // derived; written in the summary comment for the reader, never read back
        overlay.rejectUnknown();
        String version = n.text(KUBERNETES.key());
        Cluster c = new Cluster(d, version == null ? EdgePacks.DEFAULT_KUBERNETES_VERSION : version,
                nodes == null ? 1 : nodes, n.choice(CNI.key(), Cni.class, EdgePacks.defaultCni(d)),
                n.text(POD_CIDR.key()), n.text(SERVICE_CIDR.key()), Boolean.TRUE.equals(enabled), n.text(VIP.key()), cidr);
        n.rejectUnknown();
        return c;
    }

    private static InstallOptions install(Node n) {
        InstallOptions i = new InstallOptions(Boolean.TRUE.equals(n.bool(POWEROFF.key())), Boolean.TRUE.equals(n.bool(REBOOT.key())),
                n.text(EXTRA_CMDLINE.key()), n.texts(BIND_MOUNTS.key()));
        n.rejectUnknown();
        return i;
    }

    /** The last word of a path: a list's key in its section, a section's key in the document. */
    private static String key(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static String key(SiteList list) {
        return key(list.path());
    }

    private static String key(io.edgesite.properties.SiteProperty p) {
        return key(p.path());
    }
}
