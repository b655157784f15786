package io.edgesite.tui.wizard;

import io.edgesite.model.Addressing;
import io.edgesite.model.Bond;
import io.edgesite.model.BondMode;
import io.edgesite.model.Bridge;
import io.edgesite.model.Cluster;
import io.edgesite.model.Cni;
import io.edgesite.model.DeploymentMode;
import io.edgesite.model.Distribution;
import io.edgesite.model.Host;
import io.edgesite.model.IpConfig;
import io.edgesite.model.ManagementMode;
import io.edgesite.model.Network;
import io.edgesite.model.Nic;
import io.edgesite.model.Proxy;
import io.edgesite.model.Registration;
import io.edgesite.model.RegistrationMode;
import io.edgesite.model.Secret;
import io.edgesite.model.Site;
import io.edgesite.model.User;
import io.edgesite.model.Vlan;
import io.edgesite.validators.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The form's text to the site model and back; what cannot be converted becomes a finding at its field. */
public final class FormBinding {
    static final String CONFIRM = "host.users[0].passwordConfirm";
    static final String CA_CERT_FILES = "registration.caCertFiles";
    private static final String PEM_END = "-----END CERTIFICATE-----";

    private FormBinding() {
    }

    /** The site built from the form, with the conversion problems (a number that is not one, a password typed twice differently). */
    public record Result(Site site, List<Finding> problems) {
    }

    /** The form for a site; NICs found on the host and not in the site are listed after its own. */
    public static Form fromSite(Site s, List<String> detectedNics) {
        Form f = new Form();
        Registration r = s.registration();
        f.set("registration.managementMode", r.managementMode().value());
        f.set("registration.registrationMode", r.registrationMode().value());
        f.set("registration.paletteEndpoint", r.paletteEndpoint());
        f.set("registration.edgeHostToken", r.edgeHostToken().reveal());
        f.set("registration.projectName", r.projectName());
        f.set("registration.hostId", r.hostId());
        List<String> tags = new ArrayList<>();
        r.tags().forEach((k, v) -> tags.add(k + "=" + v));
        f.set("registration.tags", String.join(", ", tags));
        f.set("registration.registrationUrl", r.registrationUrl());
        f.set(CA_CERT_FILES, "");
        f.set("registration.caCerts", String.join("", r.caCerts()));
        Host h = s.host();
        f.set("host.hostname", h.hostname());
        f.set("host.deploymentMode", h.deploymentMode().value());
        User u = h.users().isEmpty() ? new User("kairos", Secret.empty(), List.of("sudo"), List.of()) : h.users().get(0);
        f.set("host.users[0].name", u.name());
        f.set("host.users[0].password", u.password().reveal());
        f.set(CONFIRM, u.password().reveal());
        f.set("host.users[0].sshAuthorizedKeys", String.join(", ", u.sshAuthorizedKeys()));
        f.set("host.ntpServers", String.join(", ", h.ntpServers()));
        f.set("host.prepareNetworkd", Boolean.toString(h.prepareNetworkd()));
        Network n = s.network();
        List<Nic> nics = new ArrayList<>(n.nics());
        for (String name : detectedNics) {
            if (nics.stream().noneMatch(x -> x.name().equals(name))) {
                nics.add(new Nic(name, nics.isEmpty() ? IpConfig.dhcp() : IpConfig.none(), false));
            }
        }
        f.set("network.nics.count", Integer.toString(nics.size()));
        for (int i = 0; i < nics.size(); i++) {
            String p = "network.nics[" + i + "]";
            f.set(p + ".name", nics.get(i).name());
            setIp(f, p, nics.get(i).ip(), nics.get(i).mtu());
            f.set(p + ".vmxnet3", Boolean.toString(nics.get(i).vmxnet3()));
        }
        f.set("network.bonds.count", Integer.toString(n.bonds().size()));
        for (int i = 0; i < n.bonds().size(); i++) {
            String p = "network.bonds[" + i + "]";
            Bond b = n.bonds().get(i);
            f.set(p + ".name", b.name());
            f.set(p + ".members", String.join(", ", b.members()));
            f.set(p + ".mode", b.mode().value());
            setIp(f, p, b.ip(), b.mtu());
        }
        f.set("network.vlans.count", Integer.toString(n.vlans().size()));
        for (int i = 0; i < n.vlans().size(); i++) {
            String p = "network.vlans[" + i + "]";
            Vlan v = n.vlans().get(i);
            f.set(p + ".parent", v.parent());
            f.set(p + ".id", Integer.toString(v.id()));
            f.set(p + ".name", v.name());
            setIp(f, p, v.ip(), v.mtu());
        }
        f.set("network.bridges.count", Integer.toString(n.bridges().size()));
        for (int i = 0; i < n.bridges().size(); i++) {
            String p = "network.bridges[" + i + "]";
            Bridge b = n.bridges().get(i);
            f.set(p + ".name", b.name());
            f.set(p + ".ports", String.join(", ", b.ports()));
            setIp(f, p, b.ip(), b.mtu());
        }
        f.set("network.nameserver", n.nameserver());
        f.set("network.proxy.http", n.proxy().httpProxy());
        f.set("network.proxy.https", n.proxy().httpsProxy());
        f.set("network.proxy.noProxy", String.join(", ", n.proxy().noProxy()));
        Cluster c = s.cluster();
        f.set("cluster.distribution", c.distribution().value());
        f.set("cluster.kubernetesVersion", c.kubernetesVersion());
        f.set("cluster.nodes", Integer.toString(c.nodes()));
        f.set("cluster.cni", c.cni().value());
        f.set("cluster.podCidr", c.podCidr());
        f.set("cluster.serviceCidr", c.serviceCidr());
        f.set("cluster.overlay.enabled", Boolean.toString(c.overlay()));
        f.set("cluster.vip", c.vip());
        f.set("cluster.overlay.cidr", c.overlayCidr());
        return f;
    }

    public static Result toSite(Form f, Site base, TextFiles files) {
        List<Finding> problems = new ArrayList<>();
        Registration r = Registration.Builder.from(base.registration())
                .management(pick(ManagementMode.values(), ManagementMode::value, f.get("registration.managementMode"), ManagementMode.CENTRAL))
                .mode(pick(RegistrationMode.values(), RegistrationMode::value, f.get("registration.registrationMode"), RegistrationMode.AUTO))
                .endpoint(f.get("registration.paletteEndpoint").strip())
                .token(f.get("registration.edgeHostToken").strip())
                .projectName(f.get("registration.projectName").strip())
                .hostId(f.get("registration.hostId").strip())
                .tags(tags(f.get("registration.tags"), problems))
                .url(f.get("registration.registrationUrl").strip())
                .caCerts(caCerts(f, base.registration().caCerts(), files, problems))
                .build();
        List<User> users = new ArrayList<>();
        String password = f.get("host.users[0].password");
        if (!password.equals(f.get(CONFIRM))) {
            problems.add(Finding.error("form.password-mismatch", CONFIRM, "the two passwords differ; type them again"));
        }
        String userName = f.get("host.users[0].name").strip();
        if (!userName.isEmpty()) {
            List<String> groups = base.host().users().isEmpty() ? List.of("sudo") : base.host().users().get(0).groups();
            users.add(new User(userName, Secret.of(password), groups, list(f.get("host.users[0].sshAuthorizedKeys"))));
        }
        if (base.host().users().size() > 1) {
            users.addAll(base.host().users().subList(1, base.host().users().size()));
        }
        Host h = new Host(f.get("host.hostname").strip(),
                pick(DeploymentMode.values(), DeploymentMode::value, f.get("host.deploymentMode"), DeploymentMode.APPLIANCE),
                users, base.host().usersStepName(), list(f.get("host.ntpServers")),
                f.on("host.prepareNetworkd") && f.get("host.deploymentMode").equals(DeploymentMode.AGENT.value()));
        List<Nic> nics = new ArrayList<>();
        for (int i = 0; i < Group.size(f, "network.nics"); i++) {
            String p = "network.nics[" + i + "]";
            nics.add(new Nic(f.get(p + ".name").strip(), ip(f, p), f.on(p + ".vmxnet3"), mtu(f, p, problems)));
        }
        List<Bond> bonds = new ArrayList<>();
        for (int i = 0; i < Group.size(f, "network.bonds"); i++) {
            String p = "network.bonds[" + i + "]";
            bonds.add(new Bond(f.get(p + ".name").strip(), list(f.get(p + ".members")),
                    pick(BondMode.values(), BondMode::value, f.get(p + ".mode"), BondMode.ACTIVE_BACKUP), ip(f, p),
                    mtu(f, p, problems)));
        }
        List<Vlan> vlans = new ArrayList<>();
        for (int i = 0; i < Group.size(f, "network.vlans"); i++) {
            String p = "network.vlans[" + i + "]";
            int id = 0;
            try {
                id = Integer.parseInt(f.get(p + ".id").strip());
            } catch (NumberFormatException e) {
                problems.add(Finding.error("form.number", p + ".id", "give the VLAN ID, a number from 1 to 4094"));
            }
            vlans.add(new Vlan(f.get(p + ".parent").strip(), id, f.get(p + ".name").strip(), ip(f, p), mtu(f, p, problems)));
        }
        List<Bridge> bridges = new ArrayList<>();
        for (int i = 0; i < Group.size(f, "network.bridges"); i++) {
            String p = "network.bridges[" + i + "]";
            bridges.add(new Bridge(f.get(p + ".name").strip(), list(f.get(p + ".ports")), ip(f, p), mtu(f, p, problems)));
        }
        Network n = new Network(nics, bonds, vlans, bridges, f.get("network.nameserver").strip(),
                new Proxy(f.get("network.proxy.http").strip(), f.get("network.proxy.https").strip(),
                        list(f.get("network.proxy.noProxy"))));
        int nodes = 1;
        String nodesText = f.get("cluster.nodes").strip();
        try {
            nodes = Integer.parseInt(nodesText);
        } catch (NumberFormatException e) {
            problems.add(Finding.error("form.number", "cluster.nodes", "give the number of nodes, such as 1 or 3"));
        }
        Distribution d = pick(Distribution.values(), Distribution::value, f.get("cluster.distribution"), Distribution.PXK_E);
        Cluster c = new Cluster(d, f.get("cluster.kubernetesVersion").strip(), nodes,
                pick(Cni.values(), Cni::value, f.get("cluster.cni"), Cni.CALICO),
                f.get("cluster.podCidr").strip(), f.get("cluster.serviceCidr").strip(),
                f.on("cluster.overlay.enabled"), f.get("cluster.vip").strip(), f.get("cluster.overlay.cidr").strip());
        Site site = new Site(r, h, n, c, base.install(), base.passthrough());
        return new Result(site, problems);
    }

    private static void setIp(Form f, String p, IpConfig ip, int mtu) {
        f.set(p + ".addressing", ip.addressing().value());
        f.set(p + ".address", ip.address());
        f.set(p + ".mask", ip.mask());
        f.set(p + ".gateway", ip.gateway());
        f.set(p + ".nameserver", ip.nameserver());
        f.set(p + ".mtu", mtu > 0 ? Integer.toString(mtu) : "");
    }

    /** The MTU typed for an interface: empty is 0 (the system's default). */
    private static int mtu(Form f, String p, List<Finding> problems) {
        String text = f.get(p + ".mtu").strip();
        if (text.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            problems.add(Finding.error("form.number", p + ".mtu", "give the MTU as a number, such as 9000, or leave it empty"));
            return 0;
        }
    }

    /** An interface's settings; what a hidden field still holds (an address under dhcp) is left out. */
    private static IpConfig ip(Form f, String p) {
        Addressing a = pick(Addressing.values(), Addressing::value, f.get(p + ".addressing"), Addressing.DHCP);
        return new IpConfig(a, a == Addressing.STATIC ? f.get(p + ".address").strip() : "",
                a == Addressing.STATIC ? f.get(p + ".mask").strip() : "",
                a == Addressing.STATIC ? f.get(p + ".gateway").strip() : "",
                a == Addressing.NONE ? "" : f.get(p + ".nameserver").strip());
    }

    /**
     * The pasted certificates, unchanged when the text is what the site already had (an imported file
     * keeps its bytes), else split after each END line; then those of each file named.
     */
    private static List<String> caCerts(Form f, List<String> before, TextFiles files, List<Finding> problems) {
        String pasted = f.get("registration.caCerts");
        List<String> out = new ArrayList<>();
        if (pasted.equals(String.join("", before))) {
            out.addAll(before);
        } else {
            out.addAll(pemBlocks(pasted));
        }
        for (String path : list(f.get(CA_CERT_FILES))) {
            try {
                List<String> blocks = pemBlocks(files.read(path));
                if (blocks.stream().noneMatch(b -> b.contains(PEM_END))) {
                    problems.add(Finding.error("form.ca-file", CA_CERT_FILES, path + " holds no PEM certificate"));
                }
                out.addAll(blocks);
            } catch (java.io.IOException | RuntimeException e) {
                problems.add(Finding.error("form.ca-file", CA_CERT_FILES, "cannot read " + path
                        + (e instanceof java.nio.file.NoSuchFileException ? ": no such file" : "")));
            }
        }
        return out;
    }

    /** Text cut after each END CERTIFICATE line; blank pieces dropped, each piece ending with a newline. */
    static List<String> pemBlocks(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").split("\n")) {
            if (line.isBlank() && block.length() == 0) {
                continue;
            }
            block.append(line.strip()).append('\n');
            if (line.strip().equals(PEM_END)) {
                out.add(block.toString());
                block.setLength(0);
            }
        }
        if (!block.toString().isBlank()) {
            out.add(block.toString());
        }
        return out;
    }

    private static <E> E pick(E[] values, java.util.function.Function<E, String> word, String text, E fallback) {
        return Arrays.stream(values).filter(v -> word.apply(v).equals(text)).findFirst().orElse(fallback);
    }

    /** Comma-separated entries, trimmed, empty ones dropped. */
    static List<String> list(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static Map<String, String> tags(String text, List<Finding> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String entry : list(text)) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                problems.add(Finding.error("form.tag", "registration.tags", "write tags as key=value, separated by commas"));
                continue;
            }
            out.put(entry.substring(0, eq).strip(), entry.substring(eq + 1).strip());
        }
        return out;
    }
}
