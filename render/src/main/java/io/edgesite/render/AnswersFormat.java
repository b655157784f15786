package io.edgesite.render;

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
import io.edgesite.validators.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The answers file: the whole site as YAML, documented in docs/answers.md. */
public final class AnswersFormat {
    public static final int VERSION = 1;

    private AnswersFormat() {
    }

    /** Thrown when an answers file cannot be turned into a site; every problem carries its path. */
    public static final class AnswersException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<Finding> problems;

        AnswersException(List<Finding> problems) {
            super(problems.size() + " problem(s) in the answers file");
            this.problems = List.copyOf(problems);
        }

        public List<Finding> problems() {
            return problems;
        }
    }

    // ---------------------------------------------------------------- writing

    public static String write(Site site) {
        return YamlText.write(tree(site));
    }

    static Map<String, Object> tree(Site site) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("version", VERSION);
        Registration r = site.registration();
        Map<String, Object> reg = new LinkedHashMap<>();
        reg.put("managementMode", r.managementMode().value());
        if (r.managementMode() == ManagementMode.CENTRAL) {
            reg.put("registrationMode", r.registrationMode().value()); // without Palette there is no registration
        }
        reg.put("paletteEndpoint", r.paletteEndpoint());
        reg.put("edgeHostToken", r.edgeHostToken().reveal());
        reg.put("projectName", r.projectName());
        Trees.putText(reg, "projectUid", r.projectUid());
        reg.put("hostId", r.hostId());
        reg.put("tags", new LinkedHashMap<String, Object>(r.tags()));
        Trees.putText(reg, "registrationUrl", r.registrationUrl());
        if (r.insecureSkipVerify()) {
            reg.put("insecureSkipVerify", true);
        }
        if (!r.caCerts().isEmpty()) {
            reg.put("caCerts", new ArrayList<Object>(r.caCerts()));
        }
        Trees.putText(reg, "prefix", r.prefix());
        doc.put("registration", reg);

        Host h = site.host();
        Map<String, Object> host = new LinkedHashMap<>();
        host.put("hostname", h.hostname());
        host.put("deploymentMode", h.deploymentMode().value());
        host.put("ntpServers", new ArrayList<Object>(h.ntpServers()));
        List<Object> users = new ArrayList<>();
        for (User u : h.users()) {
            Map<String, Object> user = new LinkedHashMap<>();
            user.put("name", u.name());
            user.put("password", u.password().reveal());
            user.put("groups", new ArrayList<Object>(u.groups()));
            user.put("sshAuthorizedKeys", new ArrayList<Object>(u.sshAuthorizedKeys()));
            users.add(user);
        }
        host.put("users", users);
        if (!h.usersStepName().equals(Host.DEFAULT_USERS_STEP)) {
            host.put("usersStepName", h.usersStepName());
        }
        if (h.prepareNetworkd()) {
            host.put("prepareNetworkd", true);
        }
        doc.put("host", host);

        doc.put("network", network(site.network()));
        if (site.hasCluster()) {
            doc.put("cluster", clusterSection(site.cluster()));
        }

        InstallOptions i = site.install();
        Map<String, Object> install = new LinkedHashMap<>();
        install.put("poweroff", i.poweroff());
        install.put("reboot", i.reboot());
        Trees.putText(install, "extraCmdline", i.extraCmdline());
        if (!i.bindMounts().isEmpty()) {
            install.put("bindMounts", new ArrayList<Object>(i.bindMounts()));
        }
        doc.put("install", install);
        if (!site.passthrough().isEmpty()) {
            doc.put("userData", new LinkedHashMap<>(site.passthrough().tree()));
        }
        return doc;
    }

    private static Map<String, Object> network(Network n) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nameserver", n.nameserver());
        Map<String, Object> proxy = new LinkedHashMap<>();
        Proxy p = n.proxy();
        proxy.put("http", p.httpProxy());
        proxy.put("https", p.httpsProxy());
        proxy.put("noProxy", new ArrayList<Object>(p.noProxy()));
        out.put("proxy", proxy);
        List<Object> nics = new ArrayList<>();
        for (Nic nic : n.nics()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", nic.name());
            ip(m, nic.ip(), nic.mtu());
            if (nic.vmxnet3()) {
                m.put("vmxnet3", true);
            }
            nics.add(m);
        }
        out.put("nics", nics);
        List<Object> bonds = new ArrayList<>();
        for (Bond b : n.bonds()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", b.name());
            m.put("members", new ArrayList<Object>(b.members()));
            m.put("mode", b.mode().value());
            ip(m, b.ip(), b.mtu());
            bonds.add(m);
        }
        if (!bonds.isEmpty()) {
            out.put("bonds", bonds);
        }
        List<Object> vlans = new ArrayList<>();
        for (Vlan v : n.vlans()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("parent", v.parent());
            m.put("id", v.id());
            Trees.putText(m, "name", v.name());
            ip(m, v.ip(), v.mtu());
            vlans.add(m);
        }
        if (!vlans.isEmpty()) {
            out.put("vlans", vlans);
        }
        List<Object> bridges = new ArrayList<>();
        for (Bridge b : n.bridges()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", b.name());
            m.put("ports", new ArrayList<Object>(b.ports()));
            ip(m, b.ip(), b.mtu());
            bridges.add(m);
        }
        if (!bridges.isEmpty()) {
            out.put("bridges", bridges);
        }
        return out;
    }

    private static void ip(Map<String, Object> m, IpConfig ip, int mtu) {
        m.put("addressing", ip.addressing().value());
        Trees.putText(m, "address", ip.address());
        Trees.putText(m, "mask", ip.mask());
        Trees.putText(m, "gateway", ip.gateway());
        Trees.putText(m, "nameserver", ip.nameserver());
        if (mtu > 0) {
            m.put("mtu", mtu);
        }
    }

    /** The cluster section, shared by the answers file and the user-data summary comment. */
    static Map<String, Object> clusterSection(Cluster c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("distribution", c.distribution().value());
        out.put("kubernetesVersion", c.kubernetesVersion());
        out.put("nodes", c.nodes());
        out.put("cni", c.cni().value());
        out.put("podCidr", c.podCidr());
        out.put("serviceCidr", c.serviceCidr());
        out.put("vip", c.vip());
        Map<String, Object> overlay = new LinkedHashMap<>();
        overlay.put("enabled", c.overlay());
        overlay.put("cidr", c.overlayCidr());
        out.put("overlay", overlay);
        return out;
    }

    // ---------------------------------------------------------------- reading

    /** Reads an answers file; every problem found is reported at once, with its path. */
    public static Site read(String text) throws AnswersException {
        return readDocument(text).site();
    }

    /** An answers file read, and where each of its values stands (for findings about them). */
    public record Answers(Site site, SourceMap where) {
    }

    /** Reads an answers file; every problem found is reported at once, with its path, line and column. */
    public static Answers readDocument(String text) throws AnswersException {
        YamlDocument read;
        try {
            read = YamlText.readDocument(text);
        } catch (YamlSyntaxException e) {
            throw new AnswersException(List.of(Finding.error("answers.syntax",
                    e.line() > 0 ? "line " + e.line() : "(file)", e.getMessage()).at(e.line(), 0)));
        }
        Map<String, Object> tree = read.tree();
        List<Finding> problems = new ArrayList<>(read.problems());
        Node root = new Node(tree, "", problems, "answers");
        Integer version = root.integer("version");
        if (version != null && version != VERSION) {
            problems.add(Finding.error("answers.version", "version",
                    "this edge-site reads answers files of version " + VERSION));
        }
        Registration registration = registration(root.child("registration"));
        Host host = host(root.child("host"));
        Network network = network(root.child("network"));
        Cluster cluster = root.has("cluster") && root.raw("cluster") != null ? cluster(root.child("cluster")) : null;
        InstallOptions install = install(root.child("install"));
        Object userData = root.raw("userData");
        Passthrough passthrough = Passthrough.empty();
        if (userData instanceof Map<?, ?> m) {
            passthrough = new Passthrough(Trees.cast(m));
        } else if (userData != null) {
            problems.add(Finding.error("answers.type", "userData", "expected a mapping of user-data keys"));
        }
        root.rejectUnknown();
        if (problems.stream().anyMatch(Finding::isError)) {
            throw new AnswersException(problems.stream().map(read.where()::locate).toList());
        }
        return new Answers(new Site(registration, host, network, cluster, install, passthrough), read.where());
    }

    private static Registration registration(Node n) {
        Registration r = new Registration(
                n.choice("managementMode", ManagementMode.class, ManagementMode::value, ManagementMode.CENTRAL),
                n.choice("registrationMode", RegistrationMode.class, RegistrationMode::value, RegistrationMode.AUTO),
                n.text("paletteEndpoint"),
                Secret.of(n.text("edgeHostToken")),
                n.text("projectName"),
                n.text("projectUid"),
                n.text("hostId"),
                n.textMap("tags"),
                n.text("registrationUrl"),
                Boolean.TRUE.equals(n.bool("insecureSkipVerify")),
                n.texts("caCerts"),
                n.text("prefix"));
        n.rejectUnknown();
        return r;
    }

    private static Host host(Node n) {
        List<User> users = new ArrayList<>();
        for (Node u : n.children("users")) {
            users.add(new User(u.text("name"), Secret.of(u.text("password")), u.texts("groups"),
                    u.texts("sshAuthorizedKeys")));
            u.rejectUnknown();
        }
        Host h = new Host(n.text("hostname"),
                n.choice("deploymentMode", DeploymentMode.class, DeploymentMode::value, DeploymentMode.APPLIANCE),
                users, n.text("usersStepName"), n.texts("ntpServers"), Boolean.TRUE.equals(n.bool("prepareNetworkd")));
        n.rejectUnknown();
        return h;
    }

    private static Network network(Node n) {
        Node proxy = n.child("proxy");
        Proxy p = new Proxy(proxy.text("http"), proxy.text("https"), proxy.texts("noProxy"));
        proxy.rejectUnknown();
        List<Nic> nics = new ArrayList<>();
        for (Node x : n.children("nics")) {
            nics.add(new Nic(x.text("name"), ip(x, Addressing.DHCP), Boolean.TRUE.equals(x.bool("vmxnet3")), mtu(x)));
            x.rejectUnknown();
        }
        List<Bond> bonds = new ArrayList<>();
        for (Node x : n.children("bonds")) {
            bonds.add(new Bond(x.text("name"), x.texts("members"),
                    x.choice("mode", BondMode.class, BondMode::value, BondMode.ACTIVE_BACKUP), ip(x, Addressing.NONE),
                    mtu(x)));
            x.rejectUnknown();
        }
        List<Vlan> vlans = new ArrayList<>();
        for (Node x : n.children("vlans")) {
            Integer id = x.integer("id");
            vlans.add(new Vlan(x.text("parent"), id == null ? 0 : id, x.text("name"), ip(x, Addressing.NONE), mtu(x)));
            x.rejectUnknown();
        }
        List<Bridge> bridges = new ArrayList<>();
        for (Node x : n.children("bridges")) {
            bridges.add(new Bridge(x.text("name"), x.texts("ports"), ip(x, Addressing.NONE), mtu(x)));
            x.rejectUnknown();
        }
        Network net = new Network(nics, bonds, vlans, bridges, n.text("nameserver"), p);
        n.rejectUnknown();
        return net;
    }

    private static IpConfig ip(Node x, Addressing fallback) {
        return new IpConfig(x.choice("addressing", Addressing.class, Addressing::value, fallback),
                x.text("address"), x.text("mask"), x.text("gateway"), x.text("nameserver"));
    }

    /** A link MTU: absent is 0 (left as the system sets it); otherwise 68 to 65535, as the kernel takes it. */
    private static int mtu(Node x) {
        Integer mtu = x.integer("mtu");
        return mtu == null ? 0 : mtu;
    }

    static Cluster cluster(Node n) {
        Distribution d = n.choice("distribution", Distribution.class, Distribution::value, Distribution.PXK_E);
        Integer nodes = n.integer("nodes");
        Node overlay = n.child("overlay");
        Boolean enabled = overlay.bool("enabled");
        String cidr = overlay.text("cidr");
        overlay.raw("vip"); // derived; written in the summary comment for the reader, never read back
        overlay.rejectUnknown();
        String version = n.text("kubernetesVersion");
        Cluster c = new Cluster(d, version == null ? Cluster.DEFAULT_KUBERNETES_VERSION : version,
                nodes == null ? 1 : nodes,
                n.choice("cni", Cni.class, Cni::value, Cni.CALICO),
                n.text("podCidr"), n.text("serviceCidr"),
                Boolean.TRUE.equals(enabled), n.text("vip"), cidr);
        n.rejectUnknown();
        return c;
    }

    private static InstallOptions install(Node n) {
        InstallOptions i = new InstallOptions(Boolean.TRUE.equals(n.bool("poweroff")),
                Boolean.TRUE.equals(n.bool("reboot")), n.text("extraCmdline"), n.texts("bindMounts"));
        n.rejectUnknown();
        return i;
    }
}
