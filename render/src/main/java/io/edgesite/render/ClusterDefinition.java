package io.edgesite.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.edgesite.model.Cluster;
import io.edgesite.model.Site;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code cluster.json}: the settings Palette keeps on the cluster, not the host, in the API's
 * {@code cloudConfig} shape, so they can be pasted into Palette or sent by a script.
 */
final class ClusterDefinition {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ClusterDefinition() {
    }

    public static String render(Site site) {
        Cluster c = site.cluster();
        CloudConfig cloud = CloudConfig.of(site);
        Map<String, Object> cloudConfig = new LinkedHashMap<>();
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("host", cloud.vip());
        endpoint.put("type", "VIP");
        cloudConfig.put("controlPlaneEndpoint", endpoint);
        Map<String, Object> overlay = new LinkedHashMap<>();
        overlay.put("cidr", cloud.overlayCidr());
        overlay.put("enable", cloud.overlay());
        cloudConfig.put("overlayNetworkConfiguration", overlay);
        cloudConfig.put("ntpServers", cloud.ntpServers());
        cloudConfig.put("sshKeys", cloud.sshKeys());
        cloudConfig.put("isTwoNodeCluster", cloud.twoNode());

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
