package io.edgesite.model;

import io.edgesite.palette.EdgePacks;
import io.edgesite.palette.Overlay;

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

    public Cluster {
        distribution = distribution == null ? Distribution.PXK_E : distribution;
        kubernetesVersion = Lists.text(kubernetesVersion);
        cni = cni == null ? Cni.CALICO : cni;
        podCidr = podCidr == null ? EdgePacks.podCidr(distribution) : podCidr;
        serviceCidr = serviceCidr == null ? EdgePacks.serviceCidr(distribution) : serviceCidr;
        vip = Lists.text(vip);
        overlayCidr = overlayCidr == null ? Overlay.DEFAULT_CIDR : overlayCidr;
    }

    public static Cluster defaults() {
        return new Cluster(Distribution.PXK_E, EdgePacks.DEFAULT_KUBERNETES_VERSION, 1, Cni.CALICO, null, null, false, "", null);
    }

    public NodeTopology topology() {
        return NodeTopology.of(nodes);
    }
}
