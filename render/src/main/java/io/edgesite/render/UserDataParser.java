package io.edgesite.render;

import io.edgesite.model.Cluster;
import io.edgesite.model.Host;
import io.edgesite.model.InstallOptions;
import io.edgesite.model.IpConfig;
import io.edgesite.model.ManagementMode;
import io.edgesite.model.Addressing;
import io.edgesite.model.Network;
import io.edgesite.model.Nic;
import io.edgesite.model.Passthrough;
import io.edgesite.model.Proxy;
import io.edgesite.model.Registration;
import io.edgesite.model.RegistrationMode;
import io.edgesite.model.Secret;
import io.edgesite.model.Site;
import io.edgesite.model.User;
import io.edgesite.validators.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Palette user-data file into a site. What the model has no field for is kept in the site's
 * passthrough and written back unchanged, so nothing is lost on the way back.
 */
public final class UserDataParser {
    private static final Set<String> USER_KEYS = Set.of("passwd", "groups", "ssh_authorized_keys");

    private UserDataParser() {
    }

    /** The site read from a file, what was wrong with the file itself, and whether it carried cluster settings. */
    public record Parsed(Site site, List<Finding> problems, boolean clusterKnown, boolean registrationKnown,
            Map<String, String> sources) {

        /**
         * What lint reports: the file's own problems, then the site rules, located at user-data paths.
         * A file without a {@code stylus.site} block is a fragment (stages only): registration is not judged.
         */
        public List<Finding> findings() {
            List<Finding> out = new ArrayList<>(problems);
            if (!registrationKnown && site.registration().managementMode() == ManagementMode.CENTRAL) {
                out.add(Finding.note("userdata.no-site", "stylus.site",
                        "this file has no stylus.site block, so it does not register the host by itself;"
                                + " registration settings were not checked"));
            }
            for (Finding f : io.edgesite.validators.SiteValidator.validate(site, clusterKnown)) {
                if (registrationKnown || !f.path().startsWith("registration.")) {
                    out.add(located(f));
                }
            }
            return out;
        }

        /** The user-data path a model path came from, for messages about a user-data file. */
        public String sourceOf(String modelPath) {
            String best = null;
            for (String prefix : sources.keySet()) {
                if ((modelPath.equals(prefix) || modelPath.startsWith(prefix + ".") || modelPath.startsWith(prefix + "["))
                        && (best == null || prefix.length() > best.length())) {
                    best = prefix;
                }
            }
            if (best == null) {
                return modelPath;
            }
            String rest = modelPath.substring(best.length());
            return sources.get(best) + rest.replace(".address", ".ipAddress");
        }

        public Finding located(Finding f) {
            return new Finding(f.rule(), sourceOf(f.path()), f.severity(), f.message());
        }
    }

    public static Parsed parse(String text) throws YamlSyntaxException {
        String body = (text.startsWith("\ufeff") ? text.substring(1) : text).replace("\r\n", "\n");
        List<Finding> problems = new ArrayList<>();
        String first = body.lines().findFirst().orElse("");
        if (!first.stripTrailing().equals(UserDataRenderer.HEADER)) {
            problems.add(Finding.error("userdata.header", "(line 1)",
                    "the first line must be exactly #cloud-config, or the installer ignores the file"));
        }
        Map<String, Object> original = YamlText.read(body);
        Map<String, String> sources = new LinkedHashMap<>();

        Node root = new Node(original, "", problems, "userdata");
        Node stylus = root.child("stylus");
        Node site = stylus.child("site");
        Node net = site.child("network");
        ManagementMode mode = ManagementMode.CENTRAL;
        String m = stylus.text("managementMode");
        if ("local".equals(m)) {
            mode = ManagementMode.LOCAL;
        } else if (m != null && !m.equals("central")) {
            problems.add(Finding.error("userdata.value", "stylus.managementMode",
                    "managementMode is central or local"));
        }
        if (stylus.has("installationMode")) {
            problems.add(Finding.warning("userdata.deprecated", "stylus.installationMode",
                    "installationMode is deprecated; use managementMode: local or central"));
        }
        if (stylus.has("includeTui")) {
            problems.add(Finding.warning("userdata.deprecated", "stylus.includeTui",
                    "includeTui is deprecated: the on-host TUI is always included (disableTui: true turns it off)"));
        }
        String token = site.text("edgeHostToken");
        String url = site.text("registrationURL");
        RegistrationMode registrationMode = token != null && !token.isEmpty() ? RegistrationMode.AUTO
                : url != null && !url.isEmpty() ? RegistrationMode.QR : RegistrationMode.MANUAL;
        Boolean insecure = site.bool("insecureSkipVerify");
        Registration registration = new Registration(mode, registrationMode, site.text("paletteEndpoint"),
                Secret.of(token), site.text("projectName"), site.text("projectUid"), site.text("name"),
                site.textMap("tags"), url, Boolean.TRUE.equals(insecure), site.texts("caCerts"), site.text("prefix"));
        sources.put("registration.paletteEndpoint", "stylus.site.paletteEndpoint");
        sources.put("registration.edgeHostToken", "stylus.site.edgeHostToken");
        sources.put("registration.projectName", "stylus.site.projectName");
        sources.put("registration.projectUid", "stylus.site.projectUid");
        sources.put("registration.hostId", "stylus.site.name");
        sources.put("registration.tags", "stylus.site.tags");
        sources.put("registration.registrationUrl", "stylus.site.registrationURL");
        sources.put("registration.insecureSkipVerify", "stylus.site.insecureSkipVerify");
        sources.put("registration.caCerts", "stylus.site.caCerts");
        sources.put("host.hostname", "stylus.site.hostName");
        sources.put("host.ntpServers", "stylus.site.ntpServers");
        sources.put("network.nameserver", "stylus.site.network.nameserver");
        sources.put("network.proxy.http", "stylus.site.network.httpProxy");
        sources.put("network.proxy.https", "stylus.site.network.httpsProxy");
        sources.put("network.proxy.noProxy", "stylus.site.network.noProxy");

        String noProxy = net.text("noProxy");
        Proxy proxy = new Proxy(net.text("httpProxy"), net.text("httpsProxy"),
                noProxy == null || noProxy.isEmpty() ? List.of() : Arrays.asList(noProxy.split(",", -1)));
        List<Nic> nics = new ArrayList<>();
        Node interfaces = net.child("interfaces");
        for (String name : interfaces.map().keySet()) {
            Node i = interfaces.child(name);
            String type = i.text("type");
            Addressing addressing = "static".equals(type) ? Addressing.STATIC : Addressing.DHCP;
            if (type != null && !type.equals("static") && !type.equals("dhcp")) {
                problems.add(Finding.error("userdata.value", i.at("type"), "type is dhcp or static"));
            }
            if (i.has("nameServers")) {
                problems.add(Finding.error("userdata.nameservers", i.at("nameServers"),
                        "the per-interface DNS key is nameserver (singular); nameServers is ignored"));
            }
            String address = addressing == Addressing.STATIC ? i.text("ipAddress") : null;
            String gateway = addressing == Addressing.STATIC ? i.text("gateway") : null;
            sources.put("network.nics[" + nics.size() + "]", i.path());
            nics.add(new Nic(name, new IpConfig(addressing, address, gateway, i.text("nameserver")), false));
        }
        Network network = new Network(nics, List.of(), List.of(), List.of(), net.text("nameserver"), proxy);

        UsersStep users = usersStep(original);
        Host host = new Host(site.text("hostName"), null, users == null ? List.of() : users.users,
                users == null ? null : users.name, site.texts("ntpServers"));
        if (users != null) {
            sources.put("host.users", "stages.initramfs[0].users");
        }

        Node install = root.child("install");
        Boolean poweroff = install.bool("poweroff");
        Boolean reboot = install.bool("reboot");
        Node grub = install.child("grub_options");
        InstallOptions options = new InstallOptions(Boolean.TRUE.equals(poweroff), Boolean.TRUE.equals(reboot),
                grub.text("extra_cmdline"), install.texts("bind_mounts"));
        sources.put("install", "install");

        Cluster cluster = Cluster.defaults();
        boolean clusterKnown = false;
        String summary = ClusterSummary.extract(body);
        if (summary != null) {
            try {
                List<Finding> summaryProblems = new ArrayList<>();
                Map<String, Object> section = YamlText.read(summary);
                section.remove("ntpServers"); // shown for the reader; the file's own keys are authoritative
                section.remove("sshKeys");
                cluster = AnswersFormat.cluster(new Node(section, "cluster", summaryProblems, "userdata"));
                problems.addAll(summaryProblems);
                clusterKnown = summaryProblems.isEmpty();
            } catch (YamlSyntaxException e) {
                problems.add(Finding.warning("userdata.summary", "(comment)",
                        "the edge-site cluster comment could not be read; cluster settings are not checked"));
            }
        }
        StageChecks.check(original, problems);
        Site parsed = new Site(registration, host, network, cluster, options, null);

        // Whatever the model renders is now the model's; everything else is kept as it was.
        Map<String, Object> withoutUsers = users == null ? original : withoutFirstInitramfsStep(original);
        Map<String, Object> rest = Trees.subtract(withoutUsers, UserDataRenderer.modelTree(parsed));
        boolean registrationKnown = original.get("stylus") instanceof Map<?, ?> st && st.get("site") instanceof Map;
        return new Parsed(parsed.withPassthrough(new Passthrough(rest)), problems, clusterKnown, registrationKnown,
                sources);
    }

    private record UsersStep(String name, List<User> users) {
    }

    /** The first initramfs step, when it only creates users of the shape edge-site writes. */
    private static UsersStep usersStep(Map<String, Object> doc) {
        if (!(doc.get("stages") instanceof Map<?, ?> stages)
                || !(stages.get("initramfs") instanceof List<?> steps) || steps.isEmpty()
                || !(steps.get(0) instanceof Map<?, ?> step)
                || !(step.get("users") instanceof Map<?, ?> users) || users.isEmpty()) {
            return null;
        }
        for (Object k : step.keySet()) {
            if (!k.equals("users") && !k.equals("name")) {
                return null;
            }
        }
        Object name = step.get("name");
        if (name != null && !(name instanceof String)) {
            return null;
        }
        List<User> out = new ArrayList<>();
        for (Map.Entry<?, ?> e : users.entrySet()) {
            if (!(e.getValue() instanceof Map<?, ?> u) || !USER_KEYS.containsAll(u.keySet())) {
                return null;
            }
            Object passwd = u.get("passwd");
            if (passwd != null && !(passwd instanceof String)) {
                return null;
            }
            List<String> groups = strings(u.get("groups"));
            List<String> keys = strings(u.get("ssh_authorized_keys"));
            if (groups == null || keys == null || (u.containsKey("groups") && groups.isEmpty())
                    || (u.containsKey("ssh_authorized_keys") && keys.isEmpty())) {
                return null;
            }
            out.add(new User(String.valueOf(e.getKey()), Secret.of((String) passwd), groups, keys));
        }
        return new UsersStep(name == null ? "" : (String) name, out);
    }

    private static List<String> strings(Object o) {
        if (o == null) {
            return List.of();
        }
        if (!(o instanceof List<?> l)) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Object e : l) {
            if (!(e instanceof String s)) {
                return null;
            }
            out.add(s);
        }
        return out;
    }

    private static Map<String, Object> withoutFirstInitramfsStep(Map<String, Object> doc) {
        Map<String, Object> copy = new LinkedHashMap<>(doc);
        Map<String, Object> stages = new LinkedHashMap<>(Trees.cast((Map<?, ?>) doc.get("stages")));
        List<?> steps = (List<?>) stages.get("initramfs");
        List<Object> rest = new ArrayList<>(steps.subList(1, steps.size()));
        if (rest.isEmpty()) {
            stages.remove("initramfs");
        } else {
            stages.put("initramfs", rest);
        }
        if (stages.isEmpty()) {
            copy.remove("stages");
        } else {
            copy.put("stages", stages);
        }
        return copy;
    }
}
