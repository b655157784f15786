package io.edgesite.render;

import io.edgesite.model.Registration;
import io.edgesite.model.Site;
import io.edgesite.palette.EdgeHostId;
import io.edgesite.palette.UserDataSchema;
import io.edgesite.validators.Finding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A site's cluster as a main.tf for Palette's Terraform provider: the {@code spectrocloud_cluster_edge_native}
 * resource with its cloud_config (the VIP, or the overlay range whose first address Palette makes the VIP) and one
 * control-plane pool of the site's hosts, and the cluster profile looked up by a {@code spectrocloud_cluster_profile}
 * data block. Attribute names follow the provider's schema as of {@value #PROVIDER_SCHEMA}.
 */
final class ClusterTerraform {
    static final String PROVIDER_SOURCE = "spectrocloud/spectrocloud";
    /** The provider releases whose schema this file is written for. */
    static final String PROVIDER_VERSION = "~> 0.29";
    static final String PROVIDER_SCHEMA = "v0.29.9";
    static final String POOL = "control-plane-pool";
    private static final String PROFILE_LABEL = "profile";

    private ClusterTerraform() {
    }

    /**
     * Why a site with cluster settings gets no main.tf, as the note that says so; empty when it gets one, or
     * has no cluster to describe. The provider needs a profile to refer to, names each host by its edge host ID
     * (unknown for a random one until it registers) and names the project by name alone.
     */
    static Optional<Finding> absent(Inventory.SiteEntry site, List<Site> hosts) {
        if (hosts.isEmpty() || !hosts.get(0).hasCluster()) {
            return Optional.empty();
        }
        if (site.profile() == null || !site.profile().given()) {
            return Optional.of(Finding.note("fleet.profile.none", "profile",
                    "no cluster profile is named for the site, so no main.tf is written for it"));
        }
        String why = null;
        Registration r = hosts.get(0).registration();
        if (hosts.stream().anyMatch(h -> h.registration().hostId().equals(EdgeHostId.RANDOM))) {
            why = "a host's edge host ID is " + EdgeHostId.RANDOM + ", known only once it registers, so the machine pool"
                    + " cannot name it";
        } else if (r.projectName().isEmpty() && !r.projectUid().isEmpty()) {
            why = "the answers give the project by its UID only, and the provider takes its name (project_name); give"
                    + " registration.projectName too";
        }
        return Optional.ofNullable(why).map(w -> Finding.note("fleet.terraform.none", "profile",
                w + "; no main.tf is written for the site"));
    }

    /** @param hosts the site's hosts, in inventory order; the first one's answers give the cluster's settings */
    static String render(String siteName, Inventory.Profile profile, List<Site> hosts) {
        Site first = hosts.get(0);
        CloudConfig cloud = CloudConfig.of(first);
        Hcl file = Hcl.file();
        file.comment("The cluster of site " + siteName + ", written by edge-site from its inventory. The provider")
                .comment("reads its API key from the SPECTROCLOUD_APIKEY environment variable.");
        Map<String, String> provider = new LinkedHashMap<>();
        provider.put("source", PROVIDER_SOURCE);
        provider.put("version", PROVIDER_VERSION);
        file.block("terraform").block("required_providers").object("spectrocloud", provider);
        Hcl p = file.block("provider", "spectrocloud");
        Registration r = first.registration();
        p.string("host", r.paletteEndpoint().isEmpty() ? UserDataSchema.ENDPOINT.defaultValue() : r.paletteEndpoint());
        if (!r.projectName().isEmpty()) {
            p.string("project_name", r.projectName());
        }
        Hcl data = file.block("data", "spectrocloud_cluster_profile", PROFILE_LABEL);
        if (!profile.id().isEmpty()) {
            data.string("id", profile.id());
        } else {
            data.string("name", profile.name());
        }
        if (!profile.version().isEmpty()) {
            data.string("version", profile.version());
        }
        data.string("context", profile.context().isEmpty() ? Inventory.Profile.DEFAULT_CONTEXT : profile.context());

        Hcl cluster = file.block("resource", "spectrocloud_cluster_edge_native", "site");
        cluster.string("name", siteName);
        cluster.block("cluster_profile").attribute("id", "data.spectrocloud_cluster_profile." + PROFILE_LABEL + ".id");
        Hcl cc = cluster.block("cloud_config");
        if (cloud.overlay()) {
            cc.string("overlay_cidr_range", cloud.overlayCidr());
        } else {
            cc.string("vip", cloud.vip());
        }
        if (!cloud.ntpServers().isEmpty()) {
            cc.strings("ntp_servers", cloud.ntpServers());
        }
        if (!cloud.sshKeys().isEmpty()) {
            cc.strings("ssh_keys", cloud.sshKeys());
        }
        if (cloud.twoNode()) {
            cc.bool("is_two_node_cluster", true);
        }
        Hcl pool = cluster.block("machine_pool");
        pool.string("name", POOL).bool("control_plane", true).bool("control_plane_as_worker", true);
        for (Site h : hosts) {
            pool.block("edge_host").string("host_uid", h.registration().hostId()).string("host_name", h.host().hostname());
        }
        return file.text();
    }
}
