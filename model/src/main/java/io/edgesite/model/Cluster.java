package io.edgesite.model;

/**
 * The cluster the host will join. Both {@code vip} and {@code overlayCidr} are kept whatever the
 * toggle says, so switching the overlay on and off never loses what was typed; only the active one counts.
 */
public record Cluster(
        Distribution distribution,
        String kubernetesVersion,
        int nodes,
        Cni cni,
        String podCidr,
        String serviceCidr,
        boolean overlay,
        String vip,
        String overlayCidr) {

    /** Palette's proposed overlay range; its first address becomes the overlay VIP. */
    public static final String DEFAULT_OVERLAY_CIDR = "100.64.192.0/23";
    public static final String DEFAULT_KUBERNETES_VERSION = "1.32";

    public Cluster {
        distribution = distribution == null ? Distribution.PXK_E : distribution;
        kubernetesVersion = Lists.text(kubernetesVersion);
        cni = cni == null ? Cni.CALICO : cni;
        podCidr = podCidr == null ? distribution.defaultPodCidr() : podCidr;
        serviceCidr = serviceCidr == null ? distribution.defaultServiceCidr() : serviceCidr;
        vip = Lists.text(vip);
        overlayCidr = overlayCidr == null ? DEFAULT_OVERLAY_CIDR : overlayCidr;
    }

    public static Cluster defaults() {
        return new Cluster(Distribution.PXK_E, DEFAULT_KUBERNETES_VERSION, 1, Cni.CALICO, null, null, false, "", null);
    }

    public NodeTopology topology() {
        return NodeTopology.of(nodes);
    }
}
