package io.edgesite.checks;

import io.edgesite.checks.host.HostRoot;
import io.edgesite.model.Network.NamedInterface;
import io.edgesite.model.Site;
import java.util.ArrayList;
import java.util.List;

/**
 * The DNS servers the installed host will ask: those the answers set (global, then per interface), or,
 * when they set none, those in the host's {@code /etc/resolv.conf} now.
 */
record Nameservers(List<String> servers, String source) {
    static Nameservers of(Site site, HostRoot root) {
        List<String> out = new ArrayList<>();
        if (!site.network().nameserver().isBlank()) {
            out.add(site.network().nameserver().strip());
        }
        for (NamedInterface i : site.network().interfaces()) {
            String n = i.ip().nameserver().strip();
            if (i.ip().isStatic() && !n.isEmpty() && !out.contains(n)) {
                out.add(n);
            }
        }
        if (!out.isEmpty()) {
            return new Nameservers(out, "the answers");
        }
        for (String line : root.read("/etc/resolv.conf").orElse("").lines().toList()) {
            String[] f = line.strip().split("\\s+");
            if (f.length >= 2 && f[0].equals("nameserver") && !out.contains(f[1])) {
                out.add(f[1]);
            }
        }
        return new Nameservers(out, "/etc/resolv.conf");
    }
}
