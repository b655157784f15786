package io.edgesite.render;

import io.edgesite.model.Cluster;
import io.edgesite.model.DeploymentMode;
import io.edgesite.model.Site;
import java.util.List;
import io.edgesite.validators.OverlayNetwork;
import java.util.Map;

/**
 * The cluster settings that have no user-data key, written as a comment under {@code #cloud-config}
 * so a reader sees the cluster the file was made for, and read back by the parser.
 */
final class ClusterSummary {
    /**
     * Neither the installer nor Palette reads this: cluster settings are given when the cluster is created in
     * Palette (cluster.json holds them for pasting or scripts). The older wording is still recognised.
     */
    static final String INTRO = "# edge-site cluster settings (read by edge-site only; give them to Palette when you"
            + " create the cluster):";
    private static final List<String> OLDER_INTROS =
            List.of("# edge-site cluster (the installer ignores this; Palette takes it from cluster.json):");
    private static final String PREFIX = "#   ";
    private static final String DEPLOYMENT = "deploymentMode";

    private ClusterSummary() {
    }

    static String comment(Site site) {
        Cluster c = site.cluster();
        Map<String, Object> summary = AnswersFormat.clusterSection(c);
        Map<String, Object> overlay = Trees.cast((Map<?, ?>) summary.get("overlay"));
        // Only the active endpoint is shown: the VIP, or the overlay range with the VIP derived from it.
        if (c.overlay()) {
            summary.remove("vip");
            String vip = OverlayNetwork.previewVip(c.overlayCidr());
            if (!vip.isEmpty()) {
                overlay.put("vip", vip);
            }
        } else {
            overlay.remove("cidr");
        }
        if (site.host().deploymentMode() == DeploymentMode.AGENT) {
            // Agent or appliance mode decides what the overlay supports; user-data itself does not say.
            summary.put(DEPLOYMENT, site.host().deploymentMode().value());
        }
        if (!site.host().ntpServers().isEmpty()) {
            summary.put("ntpServers", new java.util.ArrayList<Object>(site.host().ntpServers()));
        }
        List<Object> keys = new java.util.ArrayList<>(CloudConfig.of(site).sshKeys());
        if (!keys.isEmpty()) {
            summary.put("sshKeys", keys);
        }
        StringBuilder out = new StringBuilder(INTRO).append('\n');
        for (String line : YamlText.write(summary).split("\n", -1)) {
            if (!line.isEmpty()) {
                out.append(PREFIX).append(line).append('\n');
            }
        }
        return out.toString();
    }

    /** What the comment tells: the cluster, and whether the host runs in agent mode. */
    record Summary(Cluster cluster, DeploymentMode deploymentMode) {
    }

    /** The cluster the summary block of a user-data text describes, or null when there is none (or it is damaged). */
    static Summary read(String userData, List<io.edgesite.validators.Finding> problems) {
        String summary = extract(userData.replace("\r\n", "\n"));
        if (summary == null) {
            return null;
        }
        try {
            List<io.edgesite.validators.Finding> found = new java.util.ArrayList<>();
            Map<String, Object> section = YamlText.read(summary);
            section.remove("ntpServers"); // shown for the reader; the file's own keys are authoritative
            section.remove("sshKeys");
            DeploymentMode mode = DeploymentMode.AGENT.value().equals(section.remove(DEPLOYMENT)) ? DeploymentMode.AGENT
                    : DeploymentMode.APPLIANCE;
            Cluster c = AnswersFormat.cluster(new Node(section, "cluster", found, "userdata"));
            problems.addAll(found);
            return found.isEmpty() ? new Summary(c, mode) : null;
        } catch (YamlSyntaxException e) {
            problems.add(io.edgesite.validators.Finding.warning("userdata.summary", "(comment)",
                    "the edge-site cluster comment could not be read; cluster settings are not checked"));
            return null;
        }
    }

    /** The summary block of a user-data text, as YAML text, or null when the file has none. */
    static String extract(String userData) {
        String[] lines = userData.split("\n", -1);
        int i = 0;
        while (i < lines.length && !lines[i].equals(INTRO) && !OLDER_INTROS.contains(lines[i])) {
            if (!lines[i].startsWith("#")) {
                return null;
            }
            i++;
        }
        if (i == lines.length) {
            return null;
        }
        StringBuilder yaml = new StringBuilder();
        for (i++; i < lines.length && lines[i].startsWith(PREFIX); i++) {
            yaml.append(lines[i].substring(PREFIX.length())).append('\n');
        }
        return yaml.toString();
    }

}
