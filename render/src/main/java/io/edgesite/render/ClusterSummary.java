package io.edgesite.render;

import io.edgesite.model.Cluster;
import io.edgesite.model.Site;
import java.util.List;
import io.edgesite.validators.OverlayNetwork;
import java.util.Map;

/**
 * The cluster settings that have no user-data key, written as a comment under {@code #cloud-config}
 * so a reader sees the cluster the file was made for, and read back by the parser.
 */
final class ClusterSummary {
    static final String INTRO = "# edge-site cluster (the installer ignores this; Palette takes it from cluster.json):";
    private static final String PREFIX = "#   ";

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
        if (!site.host().ntpServers().isEmpty()) {
            summary.put("ntpServers", new java.util.ArrayList<Object>(site.host().ntpServers()));
        }
        List<Object> keys = new java.util.ArrayList<>(ClusterDefinition.sshKeys(site));
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

    /** The summary block of a user-data text, as YAML text, or null when the file has none. */
    static String extract(String userData) {
        String[] lines = userData.split("\n", -1);
        int i = 0;
        while (i < lines.length && !lines[i].equals(INTRO)) {
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
