package io.edgesite.model;

/** The Kubernetes distributions Palette offers on Edge (their pack defaults: {@link io.edgesite.palette.EdgePacks}). */
public enum Distribution implements Keyword {
    PXK_E("pxk-e", "Palette eXtended Kubernetes - Edge", false),
    PXK_E_FIPS("pxk-e-fips", "Palette eXtended Kubernetes - Edge (FIPS)", true),
    K3S("k3s", "Palette Optimized K3s", false),
    RKE2("rke2", "Palette Optimized RKE2", false),
    CANONICAL("canonical", "Palette Optimized Canonical", false);

    private final String value;
    private final String title;
    private final boolean fips;

    Distribution(String value, String title, boolean fips) {
        this.value = value;
        this.title = title;
        this.fips = fips;
    }

    @Override
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
}
