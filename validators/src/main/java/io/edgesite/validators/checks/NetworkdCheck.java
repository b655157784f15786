package io.edgesite.validators.checks;

import io.edgesite.model.DeploymentMode;
import io.edgesite.model.Passthrough;
import io.edgesite.model.PlainScalar;
import io.edgesite.model.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Agent mode with the overlay: the host must run systemd-networkd and systemd-resolved, with
 * /etc/resolv.conf pointing at resolved's file; otherwise the docs' preparation stages are offered.
 */
final class NetworkdCheck implements Check {
    static final String RESOLVED_FILE = "/run/systemd/resolve/resolv.conf";
    /** The first step of the docs' preparation (agent mode, "Configure networkd"); present means added. */
    static final String FIRST_STEP = "Backup and disable Netplan";

    public String id() {
        return "agent.networkd";
    }

    public String title() {
        return "systemd-networkd and resolved (agent mode)";
    }

    public boolean appliesTo(Site site) {
        return site.host().deploymentMode() == DeploymentMode.AGENT && site.cluster().overlay();
    }

    public CheckResult run(HostAccess host, Site site) {
        List<String> evidence = new ArrayList<>();
        boolean systemd = Files.isDirectory(host.root().resolve("/run/systemd/system"));
        evidence.add("systemd is the init system: " + (systemd ? "yes" : "no (/run/systemd/system is missing)"));
        // comm is cut to 15 characters: systemd-networkd shows as systemd-network
        List<String> running = new ArrayList<>();
        for (String pid : host.root().list("/proc")) {
            if (pid.chars().allMatch(Character::isDigit)) {
                host.root().read("/proc/" + pid + "/comm").ifPresent(running::add);
            }
        }
        boolean networkd = running.contains("systemd-network");
        boolean resolved = running.contains("systemd-resolve");
        evidence.add("systemd-networkd running: " + (networkd ? "yes" : "no"));
        evidence.add("systemd-resolved running: " + (resolved ? "yes" : "no"));
        String target = resolvConfTarget(host);
        evidence.add("/etc/resolv.conf -> " + target);
        boolean prepared = stepNames(site).contains(FIRST_STEP);
        if (networkd && resolved && target.equals(RESOLVED_FILE)) {
            return result(Verdict.PASS, "networkd and resolved run; resolv.conf is resolved's", evidence, "");
        }
        List<String> wrong = new ArrayList<>();
        if (!networkd) {
            wrong.add("systemd-networkd is not running");
        }
        if (!resolved) {
            wrong.add("systemd-resolved is not running");
        }
        if (!target.equals(RESOLVED_FILE)) {
            wrong.add("/etc/resolv.conf does not point at " + RESOLVED_FILE);
        }
        String remedy = "The overlay relies on systemd-networkd and systemd-resolved. Add the preparation stages"
                + " from Palette's agent-mode docs (netplan off, networkd and resolved enabled, resolv.conf linked),"
                + " or prepare the host by hand: systemctl enable --now systemd-networkd systemd-resolved;"
                + " ln -sf " + RESOLVED_FILE + " /etc/resolv.conf.";
        if (prepared) {
            return result(Verdict.WARN, String.join("; ", wrong) + " (the user-data prepares it)", evidence,
                    "The user-data carries the preparation stages; they take effect at installation.");
        }
        return result(Verdict.FAIL, String.join("; ", wrong), evidence, remedy)
                .withFix(new SiteFix("add the agent-mode networkd preparation stages to the user-data",
                        NetworkdCheck::addPreparation));
    }

    /** Where /etc/resolv.conf finally points, as a host path, following links inside the root. */
    static String resolvConfTarget(HostAccess host) {
        String path = "/etc/resolv.conf";
        for (int i = 0; i < 8; i++) {
            Path p = host.root().resolve(path);
            if (!Files.isSymbolicLink(p)) {
                return Files.exists(p) ? path : path + " (missing)";
            }
            try {
                String link = Files.readSymbolicLink(p).toString();
                path = Path.of(link.startsWith("/") ? link : Path.of(path).getParent().resolve(link).toString())
                        .normalize().toString();
            } catch (IOException e) {
                return path + " (unreadable)";
            }
        }
        return path + " (link loop)";
    }

    @SuppressWarnings("unchecked")
    static List<String> stepNames(Site site) {
        List<String> out = new ArrayList<>();
        Object stages = site.passthrough().tree().get("stages");
        if (stages instanceof Map<?, ?> m && m.get("initramfs") instanceof List<?> steps) {
            for (Object step : steps) {
                if (step instanceof Map<?, ?> s && s.get("name") instanceof String name) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    /** The site with the docs' preparation steps appended to its initramfs stage. */
    @SuppressWarnings("unchecked")
    static Site addPreparation(Site site) {
        Map<String, Object> tree = copy(site.passthrough().tree());
        Map<String, Object> stages = tree.get("stages") instanceof Map<?, ?> m ? copy((Map<String, Object>) m)
                : new LinkedHashMap<>();
        List<Object> initramfs = stages.get("initramfs") instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
        initramfs.addAll(preparationSteps());
        stages.put("initramfs", initramfs);
        tree.put("stages", stages);
        return site.withPassthrough(new Passthrough(tree));
    }

    private static Map<String, Object> copy(Map<String, Object> m) {
        return new LinkedHashMap<>(m);
    }

    /** The steps of Palette's "Configure networkd" user-data block (agent mode overlay preparation). */
    static List<Object> preparationSteps() {
        List<Object> steps = new ArrayList<>();
        steps.add(step(FIRST_STEP, "[ -d /etc/netplan ] && ls /etc/netplan/*.yaml >/dev/null 2>&1",
                List.of("mkdir -p /etc/netplan/backup", "mv /etc/netplan/*.yaml /etc/netplan/backup/"), null));
        steps.add(step("Mask systemd-networkd-wait-online", null,
                List.of("systemctl mask systemd-networkd-wait-online.service"), null));
        steps.add(step("Create systemd-networkd config for en* interfaces", "[ ! -f /etc/systemd/network/20-dhcp.network ]",
                null, file("/etc/systemd/network/20-dhcp.network", "en*")));
        steps.add(step("Create systemd-networkd config for eth* interfaces",
                "[ ! -f /etc/systemd/network/20-dhcp-legacy.network ]", null,
                file("/etc/systemd/network/20-dhcp-legacy.network", "eth*")));
        steps.add(step("Enable and restart systemd-networkd", null,
                List.of("systemctl enable systemd-networkd.service", "systemctl restart systemd-networkd.service"), null));
        steps.add(step("Enable and restart systemd-resolved", null,
                List.of("systemctl enable systemd-resolved.service", "systemctl restart systemd-resolved.service"), null));
        steps.add(step("Link systemd-resolved DNS to /etc/resolv.conf",
                "[ ! -L /etc/resolv.conf ] || [ \"$(readlink -f /etc/resolv.conf)\" != \"" + RESOLVED_FILE + "\" ]",
                List.of("ln -sf " + RESOLVED_FILE + " /etc/resolv.conf"), null));
        return steps;
    }

    private static Map<String, Object> step(String name, String condition, List<String> commands, Map<String, Object> file) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        if (condition != null) {
            s.put("if", condition);
        }
        if (commands != null) {
            s.put("commands", new ArrayList<Object>(commands));
        }
        if (file != null) {
            s.put("files", new ArrayList<Object>(List.of(file)));
        }
        return s;
    }

    private static Map<String, Object> file(String path, String match) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("path", path);
        f.put("permissions", new PlainScalar("0644"));
        f.put("owner", new PlainScalar("0"));
        f.put("group", new PlainScalar("0"));
        f.put("content", "[Match]\nName=" + match + "\n\n[Network]\nDHCP=yes\n\n[DHCP]\nClientIdentifier=mac\n");
        return f;
    }
}
