package io.edgesite.render;

import io.edgesite.model.Addressing;
import io.edgesite.model.InstallOptions;
import io.edgesite.model.ManagementMode;
import io.edgesite.model.Network;
import io.edgesite.model.Proxy;
import io.edgesite.model.Registration;
import io.edgesite.model.Site;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a site into Palette's {@code user-data}: {@code #cloud-config}, a cluster summary comment, then YAML. */
public final class UserDataRenderer {
    public static final String HEADER = "#cloud-config";

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
        out.append(ClusterSummary.comment(site));
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
        if (r.managementMode() == ManagementMode.LOCAL) {
            stylus.put("managementMode", r.managementMode().value());
        }
        Map<String, Object> s = new LinkedHashMap<>();
        Trees.putText(s, "paletteEndpoint", r.paletteEndpoint());
        Trees.putText(s, "edgeHostToken", r.edgeHostToken().reveal());
        Trees.putText(s, "projectUid", r.projectUid());
        Trees.putText(s, "projectName", r.projectName());
        Trees.putText(s, "name", r.hostId());
        Trees.putText(s, "hostName", site.host().hostname());
        Trees.putText(s, "prefix", r.prefix());
        if (!r.tags().isEmpty()) {
            s.put("tags", new LinkedHashMap<String, Object>(r.tags()));
        }
        Trees.putText(s, "registrationURL", r.registrationUrl());
        if (r.insecureSkipVerify()) {
            s.put("insecureSkipVerify", true);
        }
        if (!site.host().ntpServers().isEmpty()) {
            s.put("ntpServers", new ArrayList<Object>(site.host().ntpServers()));
        }
        Map<String, Object> network = network(site.network());
        if (!network.isEmpty()) {
            s.put("network", network);
        }
        if (!r.caCerts().isEmpty()) {
            s.put("caCerts", new ArrayList<Object>(r.caCerts()));
        }
        if (!s.isEmpty()) {
            stylus.put("site", s);
        }
        if (!stylus.isEmpty()) {
            doc.put("stylus", stylus);
        }
        Map<String, Object> install = install(site.install());
        if (!install.isEmpty()) {
            doc.put("install", install);
        }
        List<Object> initramfs = StageSteps.initramfs(site);
        if (!initramfs.isEmpty()) {
            Map<String, Object> stages = new LinkedHashMap<>();
            stages.put("initramfs", initramfs);
            doc.put("stages", stages);
        }
        return doc;
    }

    private static Map<String, Object> network(Network n) {
        Map<String, Object> out = new LinkedHashMap<>();
        Proxy p = n.proxy();
        Trees.putText(out, "httpProxy", p.httpProxy());
        Trees.putText(out, "httpsProxy", p.httpsProxy());
        if (!p.noProxy().isEmpty()) {
            out.put("noProxy", String.join(",", p.noProxy()));
        }
        Trees.putText(out, "nameserver", n.nameserver());
        Map<String, Object> interfaces = new LinkedHashMap<>();
        for (Network.NamedInterface i : n.interfaces()) {
            if (i.ip().addressing() == Addressing.NONE) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("type", i.ip().addressing().value());
            if (i.ip().isStatic()) {
                Trees.putText(entry, "ipAddress", i.ip().address());
                Trees.putText(entry, "gateway", i.ip().gateway());
            }
            Trees.putText(entry, "nameserver", i.ip().nameserver());
            interfaces.put(i.name(), entry);
        }
        if (!interfaces.isEmpty()) {
            out.put("interfaces", interfaces);
        }
        return out;
    }

    private static Map<String, Object> install(InstallOptions i) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (i.poweroff()) {
            out.put("poweroff", true);
        }
        if (i.reboot()) {
            out.put("reboot", true);
        }
        if (!i.bindMounts().isEmpty()) {
            out.put("bind_mounts", new ArrayList<Object>(i.bindMounts()));
        }
        if (!i.extraCmdline().isEmpty()) {
            Map<String, Object> grub = new LinkedHashMap<>();
            grub.put("extra_cmdline", i.extraCmdline());
            out.put("grub_options", grub);
        }
        return out;
    }
}
