package io.edgesite.render;

import io.edgesite.model.Cluster;
import io.edgesite.model.NodeTopology;
import io.edgesite.model.Site;
import io.edgesite.model.User;
import io.edgesite.validators.OverlayNetwork;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The settings Palette keeps on the cluster rather than the host (its {@code cloudConfig}), worked out once
 * for cluster.json and main.tf alike.
 *
 * @param vip the cluster endpoint: the VIP given, or the overlay range's first address
 * @param overlayCidr the overlay range, or "" when the overlay is off
 */
record CloudConfig(String vip, String overlayCidr, List<String> ntpServers, List<String> sshKeys, boolean twoNode) {

    static CloudConfig of(Site site) {
        Cluster c = site.cluster();
        Set<String> keys = new LinkedHashSet<>();
        for (User u : site.host().users()) {
            keys.addAll(u.sshAuthorizedKeys());
        }
        return new CloudConfig(c.overlay() ? OverlayNetwork.previewVip(c.overlayCidr()) : c.vip(),
                c.overlay() ? c.overlayCidr() : "", site.host().ntpServers(), new ArrayList<>(keys),
                c.topology() == NodeTopology.TWO_NODE);
    }

    boolean overlay() {
        return !overlayCidr.isEmpty();
    }
}
