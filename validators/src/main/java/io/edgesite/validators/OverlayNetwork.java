package io.edgesite.validators;

import inet.ipaddr.ipv4.IPv4Address;
import java.math.BigInteger;
import java.util.Optional;

/** The overlay CIDR range and the VIP Palette derives from it: the network address plus one. */
public record OverlayNetwork(IPv4Address block) {

    /** The overlay for a CIDR text, if it parses strictly. */
    public static Optional<OverlayNetwork> parse(String cidr) {
        Ipv4.Parsed p = Ipv4.cidr(cidr);
        return p.ok() ? Optional.of(new OverlayNetwork(p.value())) : Optional.empty();
    }

    /** The overlay VIP: first usable address, computed as Palette's Terraform provider does (network + 1). */
    public IPv4Address vip() {
        return block.getLower().withoutPrefixLength().increment(1);
    }

    public String vipText() {
        return vip().toCanonicalString();
    }

    /** Usable host addresses: all but network and broadcast. */
    public BigInteger usableAddresses() {
        BigInteger count = block.getCount();
        return count.compareTo(BigInteger.TWO) <= 0 ? BigInteger.ZERO : count.subtract(BigInteger.TWO);
    }

    /** The VIP shown next to the CIDR field while it is typed; empty while the text is not a valid range. */
    public static String previewVip(String cidr) {
        return parse(cidr).filter(o -> o.usableAddresses().signum() > 0).map(OverlayNetwork::vipText).orElse("");
    }
}
