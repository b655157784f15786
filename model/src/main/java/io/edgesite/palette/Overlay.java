package io.edgesite.palette;

/** Palette's overlay network ("Enable Overlay Network"). */
public final class Overlay {
    /** The range proposed when the overlay is turned on; its first address becomes the overlay VIP. */
    public static final String DEFAULT_CIDR = "100.64.192.0/23";
    /** The interface the hosts create for the overlay; CNIs other than Calico, Cilium and Flannel must use it. */
    public static final String INTERFACE = "scbr-100";
    /** The VXLAN ports the overlay and Flannel use between hosts. */
    public static final int VXLAN_PORT = 4789;
    public static final int FLANNEL_VXLAN_PORT = 8472;

    private Overlay() {
    }
}
