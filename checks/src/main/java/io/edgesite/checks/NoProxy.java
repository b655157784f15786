package io.edgesite.checks;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which destinations bypass the proxy, read as the Palette agent's Go runtime reads {@code NO_PROXY}
 * ({@code golang.org/x/net/http/httpproxy}): {@code *} for all; a CIDR for IP literals in it; an IP, with an
 * optional port, for that IP only; a domain for itself and its subdomains, {@code .domain} for subdomains
 * only, {@code *.domain} as {@code .domain}, each with an optional port. Localhost and loopback addresses
 * never use the proxy. Entries that do not parse are ignored, as Go ignores them.
 */
final class NoProxy {
    private record Ip(IPAddress ip, String port) {
    }

    private record Domain(String suffix, String port, boolean matchHost) {
    }

    private boolean all;
    private final List<IPAddress> cidrs = new ArrayList<>();
    private final List<Ip> ips = new ArrayList<>();
    private final List<Domain> domains = new ArrayList<>();

    private NoProxy() {
    }

    static NoProxy of(List<String> entries) {
        NoProxy n = new NoProxy();
        for (String entry : entries) {
            for (String raw : entry.split(",")) {
                String p = raw.strip().toLowerCase(Locale.ROOT);
                if (p.isEmpty()) {
                    continue;
                }
                if (p.equals("*")) {
                    n.all = true;
                    return n;
                }
                n.add(p);
            }
        }
        return n;
    }

    private void add(String p) {
        IPAddressString cidr = new IPAddressString(p);
        if (p.contains("/") && cidr.isPrefixed() && cidr.getAddress() != null) {
            cidrs.add(cidr.getAddress().toPrefixBlock());
            return;
        }
        String host = p;
        String port = "";
        int colon = p.lastIndexOf(':');
        boolean bracketed = p.startsWith("[") && p.contains("]:");
        if (bracketed || colon > 0 && p.indexOf(':') == colon) {
            host = p.substring(0, colon);
            port = p.substring(colon + 1);
            if (host.isEmpty() || !port.matches("\\d*")) {
                return;
            }
            if (bracketed) {
                host = host.substring(1, host.length() - 1);
            }
        }
        IPAddress ip = ipLiteral(host);
        if (ip != null) {
            ips.add(new Ip(ip, port));
            return;
        }
        if (host.startsWith("*.")) {
            host = host.substring(1);
        }
        boolean matchHost = !host.startsWith(".");
        String name = matchHost ? host : host.substring(1);
        try {
            name = IDN.toASCII(name, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            // kept as written, as Go keeps a name it cannot convert
        }
        domains.add(new Domain("." + name, port, matchHost));
    }

    /** Whether a request to {@code host} on {@code port} goes direct. */
    boolean direct(String host, int port) {
        if (host.equals("localhost")) {
            return true;
        }
        IPAddress ip = ipLiteral(host);
        if (ip != null && ip.isLoopback()) {
            return true;
        }
        if (all) {
            return true;
        }
        String p = Integer.toString(port);
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (ip != null) {
            return cidrs.stream().anyMatch(c -> c.contains(ip))
                    || ips.stream().anyMatch(i -> i.ip().equals(ip) && (i.port().isEmpty() || i.port().equals(p)));
        }
        try {
            name = IDN.toASCII(name, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            // compared as written
        }
        for (Domain d : domains) {
            if ((name.endsWith(d.suffix()) || d.matchHost() && name.equals(d.suffix().substring(1)))
                    && (d.port().isEmpty() || d.port().equals(p))) {
                return true;
            }
        }
        return false;
    }

    private static IPAddress ipLiteral(String host) {
        IPAddressString s = new IPAddressString(host);
        return s.isIPAddress() && !s.isPrefixed() ? s.getAddress().withoutPrefixLength() : null;
    }
}
