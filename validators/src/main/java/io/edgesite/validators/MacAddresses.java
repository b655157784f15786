package io.edgesite.validators;

import inet.ipaddr.MACAddressString;
import inet.ipaddr.mac.MACAddress;
import java.util.Optional;

/** A NIC's hardware address as an inventory gives it, in the one spelling {@code ip link} prints. */
public final class MacAddresses {
    private MacAddresses() {
    }

    /** {@code 52:54:00:12:34:56} for any common spelling of a 48-bit address, or empty when it is none. */
    public static Optional<String> canonical(String text) {
        MACAddress a = new MACAddressString(text.strip()).getAddress();
        if (a == null || a.isExtended() || a.isMultiple()) {
            return Optional.empty();
        }
        return Optional.of(a.toColonDelimitedString().toLowerCase(java.util.Locale.ROOT));
    }
}
