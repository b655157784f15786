package io.edgesite.palette;

/** Palette's overlay network ("Enable Overlay Network"). */
public final class Overlay {
    /** The range proposed when the overlay is turned on; its first address becomes the overlay VIP. */
    public static final String DEFAULT_CIDR = "100.64.192.0/23";
    /** The interface the hosts create for the overlay; CNIs other than Calico, Cilium and Flannel must use it. */
    public static final String INTERFACE = "scbr-100";
    /** The VXLAN ports used between hosts: IANA's 4789, and 8472, the Linux kernel's and Flannel's default. */
    public static final java.util.List<Integer> VXLAN_PORTS = java.util.List.of(4789, 8472);

    private Overlay() {
    }
}
