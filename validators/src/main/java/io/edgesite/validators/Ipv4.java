package io.edgesite.validators;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import inet.ipaddr.ipv4.IPv4Address;

/** Strict IPv4 parsing: no ranges, wildcards, leading zeros or inet_aton forms, and CIDR host bits reported. */
public final class Ipv4 {
    private static final IPAddressStringParameters ADDRESS = params(false);
    private static final IPAddressStringParameters WITH_PREFIX = params(true);
    /** RFC 6598 shared address space. */
    static final String SHARED_RANGE = "100.64.0.0/10";
    private static final IPv4Address SHARED = new IPAddressString(SHARED_RANGE).getAddress().toIPv4();

    private Ipv4() {
    }

    private static IPAddressStringParameters params(boolean prefix) {
        IPAddressStringParameters.Builder b = new IPAddressStringParameters.Builder()
                .allowEmpty(false)
                .allowAll(false)
                .allowSingleSegment(false)
                .allowIPv6(false)
                .allowMask(false)
                .allowPrefixOnly(false)
                .allowPrefix(prefix)
                .allow_inet_aton(false)
                .setRangeOptions(IPAddressStringParameters.RangeParameters.NO_RANGE);
        b.getIPv4AddressParametersBuilder()
                .allow_inet_aton(false)
                .allowBinary(false)
                .allowPrefixesBeyondAddressSize(false)
                .allowPrefixLengthLeadingZeros(false)
                .allowLeadingZeros(false)
                .allowUnlimitedLeadingZeros(false)
                .allowWildcardedSeparator(false);
        return b.toParams();
    }

    /** The outcome of parsing: a value, or a plain-language problem. */
    public record Parsed(IPv4Address value, String problem) {
        public boolean ok() {
            return value != null;
        }

        static Parsed fail(String problem) {
            return new Parsed(null, problem);
        }
    }

    /** A single address without prefix, such as a gateway, DNS server or VIP. */
    public static Parsed address(String text) {
        String t = text == null ? "" : text;
        if (t.indexOf('/') >= 0) {
            return Parsed.fail("\"" + Printable.of(t) + "\" has a prefix; give the address alone, like 10.0.0.1");
        }
        return parse(t, ADDRESS, "an IPv4 address like 10.0.0.1");
    }

    /** A network block in CIDR notation; host bits must be zero. */
    public static Parsed cidr(String text) {
        String t = text == null ? "" : text;
        if (t.indexOf('/') < 0) {
            return Parsed.fail("\"" + Printable.of(t) + "\" has no prefix length; write it as a CIDR like 10.0.0.0/24");
        }
        Parsed p = parse(t, WITH_PREFIX, "a CIDR block like 10.0.0.0/24");
        if (!p.ok()) {
            return p;
        }
        IPv4Address a = p.value();
        if (!a.isPrefixBlock()) {
            IPv4Address block = a.toPrefixBlock();
            return Parsed.fail("host bits are set in " + t + "; did you mean " + block.toCanonicalString() + "?");
        }
        return p;
    }

    /** A host address with its prefix length, as user-data wants it ({@code 10.0.10.25/24}). */
    public static Parsed hostWithPrefix(String text) {
        String t = text == null ? "" : text;
        if (t.indexOf('/') < 0) {
            return Parsed.fail("\"" + Printable.of(t) + "\" has no prefix length; write it like 10.0.10.25/24");
        }
        return parse(t, WITH_PREFIX, "an address with prefix length like 10.0.10.25/24");
    }

    /**
     * An interface's address as user-data gives it: with its prefix length, or bare with a separate dotted
     * mask ({@code 255.255.255.0}, which must be contiguous) or a mask given as a prefix length ({@code 24}).
     */
    public static Parsed hostWithMask(String address, String mask) {
        if (mask == null || mask.isEmpty()) {
            return hostWithPrefix(address);
        }
        if (address != null && address.indexOf('/') >= 0) {
            return Parsed.fail("\"" + Printable.of(address) + "\" carries a prefix length and a mask is given too;"
                    + " give one of them");
        }
        Parsed host = address(address);
        if (!host.ok()) {
            return host;
        }
        Integer prefix = maskPrefix(mask);
        if (prefix == null) {
            return Parsed.fail("the mask \"" + Printable.of(mask) + "\" is not a contiguous network mask like"
                    + " 255.255.255.0");
        }
        return new Parsed(host.value().setPrefixLength(prefix, false), null);
    }

    /** The prefix length of a dotted network mask (or of a plain prefix length), or null when it is none. */
    public static Integer maskPrefix(String mask) {
        if (mask.matches("[0-9]{1,2}")) {
            int n = Integer.parseInt(mask);
            return n <= 32 ? n : null;
        }
        Parsed m = address(mask);
        if (!m.ok()) {
            return null;
        }
        Integer prefix = m.value().getBlockMaskPrefixLength(true);
        return prefix;
    }

    private static Parsed parse(String text, IPAddressStringParameters params, String expected) {
        if (text.isBlank()) {
            return Parsed.fail("is empty; expected " + expected);
        }
        if (text.codePoints().anyMatch(cp -> Character.isWhitespace(cp) || Character.isISOControl(cp))) {
            return Parsed.fail("\"" + Printable.of(text) + "\" contains spaces or control characters; expected "
                    + expected);
        }
        try {
            IPAddress a = new IPAddressString(text, params).toAddress();
            if (!a.isIPv4()) {
                return Parsed.fail("\"" + Printable.of(text) + "\" is not " + expected);
            }
            return new Parsed(a.toIPv4(), null);
        } catch (AddressStringException | RuntimeException e) {
            return Parsed.fail("\"" + Printable.of(text) + "\" is not " + expected);
        }
    }

    /** The whole subnet an address-with-prefix sits in. */
    public static IPv4Address subnetOf(IPv4Address hostWithPrefix) {
        return hostWithPrefix.toPrefixBlock();
    }

    /**
     * Which of its subnet's two reserved addresses {@code a} is, "network" or "broadcast"; empty for any other
     * address, and in a /31 or /32, which have neither (RFC 3021).
     */
    public static java.util.Optional<String> reservedIn(IPv4Address subnet, IPv4Address a) {
        Integer prefix = subnet.getNetworkPrefixLength();
        if (prefix != null && prefix > 30) {
            return java.util.Optional.empty();
        }
        if (a.equals(subnet.getLower().withoutPrefixLength())) {
            return java.util.Optional.of("network");
        }
        return a.equals(subnet.getUpper().withoutPrefixLength()) ? java.util.Optional.of("broadcast") : java.util.Optional.empty();
    }

    /** The address alone, prefix dropped. */
    public static IPv4Address bare(IPv4Address a) {
        // "10.0.10.0/24" parses as the whole block; the address written is its lowest one.
        return a.getLower().withoutPrefixLength();
    }

    /** RFC 1918's private ranges. */
    static final java.util.List<String> PRIVATE_RANGES = java.util.List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16");

    /** RFC 1918 private or RFC 6598 shared address space. */
    public static boolean isPrivateOrShared(IPv4Address block) {
        return block.isPrivate() && isPrivateBlock(block) || SHARED.contains(block);
    }

    private static boolean isPrivateBlock(IPv4Address block) {
        // isPrivate() looks at the lower address only; the whole block must stay inside one private range.
        for (String range : PRIVATE_RANGES) {
            if (new IPAddressString(range).getAddress().contains(block)) {
                return true;
            }
        }
        return false;
    }
}
