package io.edgesite.render;

import static io.edgesite.palette.UserDataSchema.BIND_MOUNTS;
import static io.edgesite.palette.UserDataSchema.CA_CERTS;
import static io.edgesite.palette.UserDataSchema.DISABLE_AUTO_REGISTER;
import static io.edgesite.palette.UserDataSchema.ENDPOINT;
import static io.edgesite.palette.UserDataSchema.EXTRA_CMDLINE;
import static io.edgesite.palette.UserDataSchema.GRUB_OPTIONS;
import static io.edgesite.palette.UserDataSchema.HOST_ID;
import static io.edgesite.palette.UserDataSchema.HOST_NAME;
import static io.edgesite.palette.UserDataSchema.HTTPS_PROXY;
import static io.edgesite.palette.UserDataSchema.HTTP_PROXY;
import static io.edgesite.palette.UserDataSchema.INSECURE;
import static io.edgesite.palette.UserDataSchema.INSTALL;
import static io.edgesite.palette.UserDataSchema.INSTALLATION_MODE;
import static io.edgesite.palette.UserDataSchema.INTERFACES;
import static io.edgesite.palette.UserDataSchema.INTERFACE_ADDRESS;
import static io.edgesite.palette.UserDataSchema.INTERFACE_GATEWAY;
import static io.edgesite.palette.UserDataSchema.INTERFACE_MASK;
import static io.edgesite.palette.UserDataSchema.INTERFACE_NAMESERVER;
import static io.edgesite.palette.UserDataSchema.INTERFACE_TYPE;
import static io.edgesite.palette.UserDataSchema.MANAGEMENT_MODE;
import static io.edgesite.palette.UserDataSchema.NAMESERVER;
import static io.edgesite.palette.UserDataSchema.NETWORK;
import static io.edgesite.palette.UserDataSchema.NO_PROXY;
import static io.edgesite.palette.UserDataSchema.NTP_SERVERS;
import static io.edgesite.palette.UserDataSchema.POWEROFF;
import static io.edgesite.palette.UserDataSchema.PREFIX;
import static io.edgesite.palette.UserDataSchema.PROJECT_NAME;
import static io.edgesite.palette.UserDataSchema.PROJECT_UID;
import static io.edgesite.palette.UserDataSchema.REBOOT;
import static io.edgesite.palette.UserDataSchema.REGISTRATION_URL;
import static io.edgesite.palette.UserDataSchema.SITE;
import static io.edgesite.palette.UserDataSchema.STAGES;
import static io.edgesite.palette.UserDataSchema.TAGS;
import static io.edgesite.palette.UserDataSchema.TOKEN;

import io.edgesite.model.Addressing;
import io.edgesite.model.InstallOptions;
import io.edgesite.model.ManagementMode;
import io.edgesite.model.Network;
import io.edgesite.model.Proxy;
import io.edgesite.model.Registration;
import io.edgesite.model.RegistrationMode;
import io.edgesite.model.Site;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a site into Palette's {@code user-data}: {@code #cloud-config}, a cluster summary comment, then YAML. */
public final class UserDataRenderer {
    public static final String HEADER = UserDataHeader.HEADER;

    /** Whether secrets are written (the file) or masked (previews, logs). */
    public enum Mode {
        FULL,
        REDACTED
    }

    private UserDataRenderer() {
    }

    public static String render(Site site) {
        return render(site, Mode.FULL);
    }

    public static String render(Site site, Mode mode) {
        Map<String, Object> tree = tree(site);
        if (mode == Mode.REDACTED) {
            tree = Redaction.apply(tree);
        }
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        if (site.hasCluster()) {
            out.append(ClusterSummary.comment(site));
        }
        if (!tree.isEmpty()) {
            out.append(YamlText.write(tree));
        }
        return out.toString();
    }

    /** The document as data: what the model renders, with the passthrough merged in. */
    public static Map<String, Object> tree(Site site) {
        return Trees.merge(modelTree(site), site.passthrough().tree());
    }

    /** Only what the model itself renders, in Palette's documented key order. */
    static Map<String, Object> modelTree(Site site) {
        Map<String, Object> doc = new LinkedHashMap<>();
        Map<String, Object> stylus = new LinkedHashMap<>();
        Registration r = site.registration();
        if (site.passthrough().at("stylus", INSTALLATION_MODE.name()) != null) {
            // A file that names the mode with the older key keeps it: airgap is local, connected central.
            stylus.put(INSTALLATION_MODE.name(), r.managementMode() == ManagementMode.LOCAL ? "airgap" : "connected");
        } else if (r.managementMode() == ManagementMode.LOCAL) {
            stylus.put(MANAGEMENT_MODE.name(), r.managementMode().value());
        }
        Map<String, Object> s = new LinkedHashMap<>();
        Trees.putText(s, ENDPOINT.name(), r.paletteEndpoint());
        Trees.putText(s, TOKEN.name(), r.edgeHostToken().reveal());
        if (r.registrationMode() == RegistrationMode.MANUAL && r.managementMode() == ManagementMode.CENTRAL) {
            s.put(DISABLE_AUTO_REGISTER.name(), true);
        }
        Trees.putText(s, PROJECT_UID.name(), r.projectUid());
        Trees.putText(s, PROJECT_NAME.name(), r.projectName());
        Trees.putText(s, HOST_ID.name(), r.hostId());
        Trees.putText(s, HOST_NAME.name(), site.host().hostname());
        Trees.putText(s, PREFIX.name(), r.prefix());
        if (!r.tags().isEmpty()) {
            s.put(TAGS.name(), new LinkedHashMap<String, Object>(r.tags()));
        }
        Trees.putText(s, REGISTRATION_URL.name(), r.registrationUrl());
        if (r.insecureSkipVerify()) {
            s.put(INSECURE.name(), true);
        }
        if (!site.host().ntpServers().isEmpty()) {
            s.put(NTP_SERVERS.name(), new ArrayList<Object>(site.host().ntpServers()));
        }
        Map<String, Object> network = network(site.network());
        if (!network.isEmpty()) {
            s.put(NETWORK.name(), network);
        }
        if (!r.caCerts().isEmpty()) {
            s.put(CA_CERTS.name(), new ArrayList<Object>(r.caCerts()));
        }
        if (!s.isEmpty()) {
            stylus.put(SITE.name(), s);
        }
        if (!stylus.isEmpty()) {
            doc.put("stylus", stylus);
        }
        Map<String, Object> install = install(site.install());
        if (!install.isEmpty()) {
            doc.put(INSTALL.name(), install);
        }
        List<Object> initramfs = GeneratedSteps.initramfs(site);
        if (!initramfs.isEmpty()) {
            Map<String, Object> stages = new LinkedHashMap<>();
            stages.put("initramfs", initramfs);
            doc.put(STAGES.name(), stages);
        }
        return doc;
    }

    private static Map<String, Object> network(Network n) {
        Map<String, Object> out = new LinkedHashMap<>();
        Proxy p = n.proxy();
        Trees.putText(out, HTTP_PROXY.name(), p.httpProxy());
        Trees.putText(out, HTTPS_PROXY.name(), p.httpsProxy());
        if (!p.noProxy().isEmpty()) {
            out.put(NO_PROXY.name(), String.join(",", p.noProxy()));
        }
        Trees.putText(out, NAMESERVER.name(), n.nameserver());
        Map<String, Object> interfaces = new LinkedHashMap<>();
        for (Network.NamedInterface i : n.interfaces()) {
            if (i.ip().addressing() == Addressing.NONE) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put(INTERFACE_TYPE.name(), i.ip().addressing().value());
            if (i.ip().isStatic()) {
                Trees.putText(entry, INTERFACE_ADDRESS.name(), i.ip().address());
                Trees.putText(entry, INTERFACE_MASK.name(), i.ip().mask());
                Trees.putText(entry, INTERFACE_GATEWAY.name(), i.ip().gateway());
            }
            Trees.putText(entry, INTERFACE_NAMESERVER.name(), i.ip().nameserver());
            interfaces.put(i.name(), entry);
        }
        if (!interfaces.isEmpty()) {
            out.put(INTERFACES.name(), interfaces);
        }
        return out;
    }

    private static Map<String, Object> install(InstallOptions i) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (i.poweroff()) {
            out.put(POWEROFF.name(), true);
        }
        if (i.reboot()) {
            out.put(REBOOT.name(), true);
        }
        if (!i.bindMounts().isEmpty()) {
            out.put(BIND_MOUNTS.name(), new ArrayList<Object>(i.bindMounts()));
        }
        if (!i.extraCmdline().isEmpty()) {
            Map<String, Object> grub = new LinkedHashMap<>();
            grub.put(EXTRA_CMDLINE.name(), i.extraCmdline());
            out.put(GRUB_OPTIONS.name(), grub);
        }
        return out;
    }
}
