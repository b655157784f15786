package io.edgesite.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.edgesite.model.Cluster;
import io.edgesite.model.NodeTopology;
import io.edgesite.model.Site;
import io.edgesite.model.User;
import io.edgesite.validators.OverlayNetwork;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code cluster.json}: the settings Palette keeps on the cluster, not the host, in the API's
 * {@code cloudConfig} shape, so they can be pasted into Palette or sent by a script.
 */
final class ClusterDefinition {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ClusterDefinition() {
    }

    /** Every user's public keys, once each: the cluster's SSH keys. */
    static List<String> sshKeys(Site site) {
        Set<String> keys = new LinkedHashSet<>();
        for (User u : site.host().users()) {
            keys.addAll(u.sshAuthorizedKeys());
        }
        return new ArrayList<>(keys);
    }

    public static String render(Site site) {
        Cluster c = site.cluster();
        Map<String, Object> cloudConfig = new LinkedHashMap<>();
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("host", c.overlay() ? OverlayNetwork.previewVip(c.overlayCidr()) : c.vip());
        endpoint.put("type", "VIP");
        cloudConfig.put("controlPlaneEndpoint", endpoint);
        Map<String, Object> overlay = new LinkedHashMap<>();
        overlay.put("cidr", c.overlay() ? c.overlayCidr() : "");
        overlay.put("enable", c.overlay());
        cloudConfig.put("overlayNetworkConfiguration", overlay);
        cloudConfig.put("ntpServers", site.host().ntpServers());
        cloudConfig.put("sshKeys", sshKeys(site));
        cloudConfig.put("isTwoNodeCluster", c.topology() == NodeTopology.TWO_NODE);

        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("distribution", c.distribution().value());
        profile.put("distributionName", c.distribution().title());
        profile.put("kubernetesVersion", c.kubernetesVersion());
        profile.put("cni", c.cni().value());
        profile.put("podCidr", c.podCidr());
        profile.put("serviceCidr", c.serviceCidr());
        profile.put("nodes", c.nodes());

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("cloudConfig", cloudConfig);
        doc.put("clusterProfile", profile);
        try {
            return JSON.writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

}
