package io.edgesite.palette;

/**
 * Palette's rule for hosts with several NICs: DHCP on every one of them is supported only with the
 * overlay network, because the cluster address could otherwise move to whichever NIC answers first.
 */
public final class DhcpNics {
    /** The requirement in words, for findings and check remedies. */
    public static final String REQUIREMENT = "a host with more than one NIC needs static addresses or the overlay network;"
            + " DHCP on every NIC is not supported";

    private DhcpNics() {
    }

    /** Whether NICs on DHCP and NICs with static addresses break the rule. */
    public static boolean unsupported(long onDhcp, long withStaticAddress, boolean overlay) {
        return onDhcp > 1 && withStaticAddress == 0 && !overlay;
    }
}
