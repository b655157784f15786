package io.edgesite.checks;

import inet.ipaddr.ipv4.IPv4Address;
import io.edgesite.model.Site;
import io.edgesite.properties.SiteProperties;
import io.edgesite.validators.Finding;
import io.edgesite.validators.Ipv4;
import io.edgesite.validators.SiteValidator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The VIP (overlay off): the VIP rules of the answers, then on the host: not its own address, on a subnet it
 * is connected to and neither that subnet's network nor broadcast address, and no answer to three ARP
 * requests sent over 0.8 s (a reply during the check, not a remembered neighbour entry, means in use).
 */
final class VipCheck implements Check {
    static final int REQUESTS = 3;
    static final Duration SPACING = Duration.ofMillis(400);

    public String id() {
        return "net.vip-free";
    }

    public String title() {
        return "VIP unused and on the hosts' subnet";
    }

    public boolean appliesTo(Site site) {
        return !site.cluster().overlay() && !site.cluster().vip().isBlank();
    }

    @Override
    public Duration bound() {
        return Duration.ofMillis(2600);
    }

    public CheckResult run(HostAccess host, Site site) {
        String change = "Set " + SiteProperties.VIP.path() + " to an unused address on the hosts' subnet.";
        List<String> rules = SiteValidator.validate(site).stream()
                .filter(f -> f.isError() && f.path().equals(SiteProperties.VIP.path())).map(Finding::message).toList();
        if (!rules.isEmpty()) {
            return result(Verdict.FAIL, rules.get(0), rules, change, SiteProperties.VIP);
        }
        IPv4Address vip = Ipv4.address(site.cluster().vip()).value();
        String text = vip.toString();
        if (KernelRoutes.localAddresses(host.root()).contains(text)) {
            return result(Verdict.FAIL, text + " is this host's own address", List.of("/proc/net/fib_trie: " + text
                    + " is local"), change, SiteProperties.VIP);
        }
        Optional<KernelRoutes.Route> connected = KernelRoutes.routes(host.root()).stream()
                .filter(r -> r.gateway() == null && !r.isDefault() && r.destination().contains(vip)).findFirst();
        List<String> evidence = new ArrayList<>();
        if (connected.isEmpty()) {
            evidence.add("no connected route holds " + text);
            return result(Verdict.FAIL, text + " is not on a subnet this host is connected to", evidence,
                    "The VIP must be on the hosts' own segment (the subnet of their NICs), so that it can move between"
                            + " them. " + change, SiteProperties.VIP);
        }
        IPv4Address subnet = connected.get().destination();
        evidence.add(text + " is on " + subnet + " dev " + connected.get().iface());
        Optional<String> reserved = Ipv4.reservedIn(subnet, vip);
        if (reserved.isPresent()) {
            return result(Verdict.FAIL, text + " is the " + reserved.get() + " address of " + subnet, evidence, change,
                    SiteProperties.VIP);
        }
        Arping.Reply reply = Arping.ask(host.commands(), connected.get().iface(), text, REQUESTS, SPACING);
        if (!reply.ran()) {
            return result(Verdict.COULD_NOT_RUN, "could not ask who holds " + text, List.of(reply.why()),
                    "Install arping (iputils-arping) and run the check again.");
        }
        if (reply.answered()) {
            evidence.add("ARP: " + text + " is at " + String.join(", ", reply.macs()));
            return result(Verdict.FAIL, text + " is in use: " + String.join(", ", reply.macs()) + " answers for it",
                    evidence, "Another device holds the VIP. " + change + " Or free this one (check the DHCP range and"
                            + " static assignments).", SiteProperties.VIP);
        }
        evidence.add("ARP: no reply to " + REQUESTS + " requests over " + SPACING.toMillis() * (REQUESTS - 1) + " ms");
        return result(Verdict.PASS, text + " is free on " + subnet, evidence, "");
    }
}
