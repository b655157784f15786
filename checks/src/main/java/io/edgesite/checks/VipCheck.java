package io.edgesite.checks;

import inet.ipaddr.ipv4.IPv4Address;
import io.edgesite.model.Site;
import io.edgesite.validators.Ipv4;
import io.edgesite.properties.SiteProperties;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The VIP (overlay off): on a subnet the host is connected to, not this host's address, and nobody
 * answers ARP for it yet (a datagram to it makes the kernel ask; /proc/net/arp shows any answer).
 */
final class VipCheck implements Check {
    static final Duration WAIT = Duration.ofMillis(500);
    private static final int ATF_COM = 0x2;

    public String id() {
        return "net.vip-free";
    }

    public String title() {
        return "VIP unused and on the hosts' subnet";
    }

    public boolean appliesTo(Site site) {
        return !site.cluster().overlay() && Ipv4.address(site.cluster().vip()).ok();
    }

    public CheckResult run(HostAccess host, Site site) {
        IPv4Address vip = Ipv4.address(site.cluster().vip()).value();
        String text = vip.toString();
        List<String> evidence = new ArrayList<>();
        if (KernelRoutes.localAddresses(host.root()).contains(text)) {
            return result(Verdict.FAIL, text + " is this host's own address", List.of("/proc/net/fib_trie: " + text + " is local"),
                    "The VIP must be an unused address: set " + SiteProperties.VIP.path()
                            + " to another one on the hosts' subnet.", SiteProperties.VIP);
        }
        Optional<KernelRoutes.Route> connected = KernelRoutes.routes(host.root()).stream()
                .filter(r -> r.gateway() == null && !r.isDefault() && r.destination().contains(vip)).findFirst();
        if (connected.isEmpty()) {
            evidence.add("no connected route holds " + text);
            return result(Verdict.FAIL, text + " is not on a subnet this host is connected to", evidence,
                    "The VIP must be on the hosts' own segment (the subnet of their NICs), so that it can move between"
                            + " them: change " + SiteProperties.VIP.path() + ".", SiteProperties.VIP);
        }
        evidence.add(text + " is on " + connected.get().destination() + " dev " + connected.get().iface());
        Optional<String> before = neighbour(host, text);
        try {
            host.network().poke(text);
        } catch (IOException e) {
            return result(Verdict.COULD_NOT_RUN, "could not probe " + text, List.of(e.getMessage()), "");
        }
        long end = System.nanoTime() + WAIT.toNanos();
        Optional<String> mac = Optional.empty();
        while (System.nanoTime() < end && mac.isEmpty()) {
            mac = neighbour(host, text);
            if (mac.isEmpty()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        if (mac.isPresent()) {
            evidence.add("ARP: " + text + " is at " + mac.get() + (before.isPresent() ? " (already in the neighbour table)" : ""));
            return result(Verdict.FAIL, text + " is in use: " + mac.get() + " answers for it", evidence,
                    "Another device holds the VIP. Set " + SiteProperties.VIP.path() + " to an unused address, or free"
                            + " this one (check the DHCP range and static assignments).", SiteProperties.VIP);
        }
        evidence.add("ARP: no answer for " + text + " within " + WAIT.toMillis() + " ms");
        return result(Verdict.PASS, text + " is free on " + connected.get().destination(), evidence, "");
    }

    /** The MAC address of a complete ARP entry for the address, if the kernel has one. */
    static Optional<String> neighbour(HostAccess host, String address) {
        for (String line : host.root().read("/proc/net/arp").orElse("").lines().skip(1).toList()) {
            String[] f = line.strip().split("\\s+");
            Ipv4.Parsed entry = f.length >= 4 ? Ipv4.address(f[0]) : null;
            if (entry != null && entry.ok() && entry.value().toString().equals(address)) {
                try {
                    if ((Integer.decode(f[2]) & ATF_COM) != 0) {
                        return Optional.of(f[3]);
                    }
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
