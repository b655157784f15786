package io.edgesite.model;

/** The Kubernetes distributions Palette offers on Edge, with their pack-default pod and service CIDRs. */
public enum Distribution {
    PXK_E("pxk-e", "Palette eXtended Kubernetes - Edge", false, "192.168.0.0/16", "192.169.0.0/16"),
    PXK_E_FIPS("pxk-e-fips", "Palette eXtended Kubernetes - Edge (FIPS)", true, "192.168.0.0/16", "192.169.0.0/16"),
    K3S("k3s", "Palette Optimized K3s", false, "192.170.0.0/16", "192.169.0.0/16"),
    RKE2("rke2", "Palette Optimized RKE2", false, "192.168.0.0/16", "192.169.0.0/16"),
    CANONICAL("canonical", "Palette Optimized Canonical", false, "192.168.0.0/16", "192.169.0.0/16");

    private final String value;
    private final String title;
    private final boolean fips;
    private final String defaultPodCidr;
    private final String defaultServiceCidr;

    Distribution(String value, String title, boolean fips, String defaultPodCidr, String defaultServiceCidr) {
        this.value = value;
        this.title = title;
        this.fips = fips;
        this.defaultPodCidr = defaultPodCidr;
        this.defaultServiceCidr = defaultServiceCidr;
    }

    public String value() {
        return value;
    }

    /** The name Palette shows for it. */
    public String title() {
        return title;
    }

    public boolean fips() {
        return fips;
    }

    public String defaultPodCidr() {
        return defaultPodCidr;
    }

    public String defaultServiceCidr() {
        return defaultServiceCidr;
    }
}
