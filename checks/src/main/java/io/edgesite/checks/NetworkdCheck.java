package io.edgesite.checks;

import io.edgesite.model.DeploymentMode;
import io.edgesite.model.Host;
import io.edgesite.model.Site;
import io.edgesite.palette.NetworkdPreparation;
import io.edgesite.properties.SiteProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Agent mode with the overlay: the host must run systemd-networkd and systemd-resolved, with
 * /etc/resolv.conf pointing at resolved's file; otherwise the docs' preparation stages are offered.
 */
final class NetworkdCheck implements Check {
    static final String RESOLVED_FILE = NetworkdPreparation.RESOLVED_FILE;

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
        boolean prepared = site.host().prepareNetworkd();
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
        String remedy = "The overlay relies on systemd-networkd and systemd-resolved. Turn on "
                + SiteProperties.PREPARE_NETWORKD.path() + " (the preparation stages of Palette's agent-mode docs:"
                + " netplan off, networkd and resolved enabled, resolv.conf linked), or prepare the host by hand:"
                + " systemctl enable --now systemd-networkd systemd-resolved; ln -sf " + RESOLVED_FILE + " /etc/resolv.conf.";
        if (prepared) {
            return result(Verdict.WARN, String.join("; ", wrong) + " (the user-data prepares it)", evidence,
                    "The user-data carries the preparation stages; they take effect at installation.");
        }
        return result(Verdict.FAIL, String.join("; ", wrong), evidence, remedy, SiteProperties.PREPARE_NETWORKD)
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

    /** The site with the docs' preparation stages turned on. */
    static Site addPreparation(Site site) {
        Host h = site.host();
        return site.withHost(new Host(h.hostname(), h.deploymentMode(), h.users(), h.usersStepName(), h.ntpServers(), true));
    }
}
