package io.edgesite.checks;

import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;
import io.edgesite.checks.host.HostRoot;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The kernel's IPv4 routes ({@code /proc/net/route}) and local addresses ({@code /proc/net/fib_trie}). */
final class KernelRoutes {
    private static final int RTF_GATEWAY = 0x2;

    /** One route: a destination block through a NIC, perhaps via a gateway, in a table ("main" unless said). */
    public record Route(String iface, IPv4Address destination, IPv4Address gateway, String table) {
        public Route(String iface, IPv4Address destination, IPv4Address gateway) {
            this(iface, destination, gateway, "main");
        }

        public boolean isDefault() {
            return destination.getNetworkPrefixLength() == 0;
        }

        @Override
        public String toString() {
            return destination.toPrefixBlock() + (gateway == null ? "" : " via " + gateway) + " dev " + iface
                    + (table.equals("main") ? "" : " table " + table);
        }
    }

    private KernelRoutes() {
    }

    /** The routes; lines that do not parse are skipped. */
    public static List<Route> routes(HostRoot root) {
        List<Route> out = new ArrayList<>();
        for (String line : root.read("/proc/net/route").orElse("").lines().skip(1).toList()) {
            String[] f = line.strip().split("\\s+");
            if (f.length < 8) {
                continue;
            }
            try {
                // addresses are 32-bit numbers in the host's (little-endian) byte order
                IPv4Address dst = fromHex(f[1]);
                int prefix = Integer.bitCount((int) Long.parseLong(f[7], 16));
                int flags = Integer.parseInt(f[3], 16);
                IPv4Address block = new IPv4Address(dst.intValue(), prefix).toPrefixBlock();
                out.add(new Route(f[0], block, (flags & RTF_GATEWAY) != 0 ? fromHex(f[2]) : null));
            } catch (RuntimeException e) {
                // a line of another shape: not a route this reader understands
            }
        }
        return out;
    }

    /** The host's own IPv4 addresses (loopback included), from the local table's /32 host entries. */
    public static Set<String> localAddresses(HostRoot root) {
        Set<String> out = new LinkedHashSet<>();
        String previous = null;
        for (String line : root.read("/proc/net/fib_trie").orElse("").lines().toList()) {
            String t = line.strip();
            if (t.equals("/32 host LOCAL") && previous != null) {
                IPAddressString a = new IPAddressString(previous);
                if (a.isIPv4()) {
                    out.add(a.getAddress().toString());
                }
            }
            previous = t.startsWith("|-- ") ? t.substring(4).strip() : null;
        }
        return out;
    }

    private static IPv4Address fromHex(String hex) {
        return new IPv4Address(Integer.reverseBytes((int) Long.parseLong(hex, 16)));
    }
}
