package io.edgesite.palette;

import io.edgesite.model.Cni;
import io.edgesite.model.Distribution;
import java.util.List;

/** What Palette's Edge packs offer: Kubernetes versions, and each distribution's default ranges and CNI. */
public final class EdgePacks {
    /** The versions the Edge packs cover, newest first. */
    public static final List<String> KUBERNETES_VERSIONS = List.of("1.33", "1.32", "1.31", "1.30", "1.29", "1.28",
            "1.27", "1.26");
    public static final String DEFAULT_KUBERNETES_VERSION = "1.32";

    private EdgePacks() {
    }

    /** The pod CIDR of the distribution's Kubernetes pack: K3s uses 192.170.0.0/16, the others 192.168.0.0/16. */
    public static String podCidr(Distribution d) {
        return d == Distribution.K3S ? "192.170.0.0/16" : "192.168.0.0/16";
    }

    /** The service CIDR of the Kubernetes packs. */
    public static String serviceCidr(Distribution d) {
        return "192.169.0.0/16";
    }

    /** The CNI a distribution comes with: Cilium for Palette Optimized Canonical, Calico for the others. */
    public static Cni defaultCni(Distribution d) {
        return d == Distribution.CANONICAL ? Cni.CILIUM : Cni.CALICO;
    }

    /** The minor version of a version text such as 1.32, or -1. */
    public static int minor(String version) {
        return version.matches("1\\.\\d{1,2}(\\.\\d{1,3})?") ? Integer.parseInt(version.split("\\.")[1]) : -1;
    }

    /** Whether the packs cover this version. */
    public static boolean covers(String version) {
        int minor = minor(version);
        return KUBERNETES_VERSIONS.stream().anyMatch(v -> minor(v) == minor);
    }
}
