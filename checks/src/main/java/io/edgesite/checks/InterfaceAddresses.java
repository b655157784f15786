package io.edgesite.checks;

import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The IPv4 addresses on each interface, as {@code ip -o -4 addr show} lists them. */
final class InterfaceAddresses {
    private InterfaceAddresses() {
    }

    /** Interface name to its addresses with prefix; empty when {@code ip} is missing or fails. */
    public static Map<String, List<IPv4Address>> read(Commands commands) {
        Commands.Output o = commands.run(Duration.ofSeconds(2), List.of("ip", "-o", "-4", "addr", "show"));
        return o.ok() ? parse(o.out()) : Map.of();
    }

    /** Lines like {@code 2: veth3    inet 10.99.0.3/24 brd 10.99.0.255 scope global veth3\ ...}. */
    static Map<String, List<IPv4Address>> parse(String text) {
        Map<String, List<IPv4Address>> out = new LinkedHashMap<>();
        for (String line : text.lines().toList()) {
            String[] f = line.strip().split("\\s+");
            for (int i = 2; i + 1 < f.length; i++) {
                if (f[i].equals("inet")) {
                    IPAddressString a = new IPAddressString(f[i + 1]);
                    if (a.isIPv4() && a.getNetworkPrefixLength() != null) {
                        String name = f[1].endsWith(":") ? f[1].substring(0, f[1].length() - 1) : f[1];
                        // "eth0@if12" names a veth by its peer; the interface is eth0
                        int at = name.indexOf('@');
                        out.computeIfAbsent(at > 0 ? name.substring(0, at) : name, k -> new ArrayList<>())
                                .add(a.getAddress().toIPv4());
                    }
                    break;
                }
            }
        }
        return out;
    }
}
