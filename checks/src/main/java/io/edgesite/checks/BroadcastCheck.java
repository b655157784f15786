package io.edgesite.checks;

import inet.ipaddr.ipv4.IPv4Address;
import io.edgesite.model.Addressing;
import io.edgesite.model.Network.NamedInterface;
import io.edgesite.model.Site;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Layer-2 broadcast between the hosts (overlay): a probe to the limited and the subnet's broadcast
 * address from the host's NIC, answered by unicast by every host running {@code edge-site probe listen}.
 */
final class BroadcastCheck implements Check {
    static final Duration WINDOW = Duration.ofMillis(1200);

    public String id() {
        return "l2.broadcast";
    }

    public String title() {
        return "Layer-2 broadcast between hosts";
    }

    public boolean appliesTo(Site site) {
        return site.cluster().overlay() && site.cluster().nodes() > 1;
    }

    @Override
    public Duration bound() {
        return WINDOW.plusSeconds(1);
    }

    public CheckResult run(HostAccess host, Site site) {
        Map<String, List<IPv4Address>> addresses = InterfaceAddresses.read(host.commands());
        String nic = null;
        IPv4Address source = null;
        for (NamedInterface i : site.network().interfaces()) {
            if (i.ip().addressing() != Addressing.NONE && !addresses.getOrDefault(i.name(), List.of()).isEmpty()) {
                nic = i.name();
                source = addresses.get(i.name()).get(0);
                break;
            }
        }
        if (source == null) {
            for (Map.Entry<String, List<IPv4Address>> e : addresses.entrySet()) {
                if (!e.getKey().equals("lo") && !e.getValue().isEmpty() && !e.getValue().get(0).isLoopback()) {
                    nic = e.getKey();
                    source = e.getValue().get(0);
                    break;
                }
            }
        }
        if (source == null) {
            return result(Verdict.COULD_NOT_RUN, "no NIC with an IPv4 address to probe from",
                    List.of("ip -o -4 addr show: " + (addresses.isEmpty() ? "no answer" : addresses.keySet())),
                    "Connect the host's NIC (it needs an address, DHCP or static) and run the check again.");
        }
        String directed = source.toPrefixBlock().getUpper().withoutPrefixLength().toString();
        String from = source.withoutPrefixLength().toString();
        List<String> expected = host.peers();
        int wanted = expected.isEmpty() ? site.cluster().nodes() - 1 : expected.size();
        List<Peer> heard;
        try {
            // stop listening once every named peer (or enough of anyone) has answered
            heard = host.network().broadcast(from, List.of("255.255.255.255", directed), host.probePort(),
                    site.registration().hostId(), WINDOW,
                    got -> expected.isEmpty() ? got.size() >= wanted : got.containsAll(expected));
        } catch (IOException e) {
            return result(Verdict.COULD_NOT_RUN, "could not send the probe from " + from,
                    List.of(nic + " " + source + ": " + e.getMessage()), "");
        }
        List<String> evidence = new ArrayList<>();
        evidence.add("probe sent from " + nic + " " + source + " to 255.255.255.255 and " + directed
                + ", UDP " + host.probePort());
        evidence.add("expected: " + (expected.isEmpty() ? wanted + " other host(s) (nodes - 1)" : String.join(", ", expected)));
        evidence.add("heard: " + (heard.isEmpty() ? "nobody" : String.join(", ",
                heard.stream().map(p -> p.address() + " (" + p.hostId() + ")").toList())));
        Set<String> missing = new LinkedHashSet<>(expected);
        heard.forEach(p -> missing.remove(p.address()));
        boolean ok = expected.isEmpty() ? heard.size() >= wanted : missing.isEmpty();
        if (ok) {
            return result(Verdict.PASS, "heard " + heard.size() + " of " + wanted + " hosts", evidence, "");
        }
        String summary = expected.isEmpty() ? "heard " + heard.size() + " of " + wanted + " hosts"
                : "no answer from " + String.join(", ", missing);
        if (!expected.isEmpty()) {
            evidence.add("missing: " + String.join(", ", missing));
        }
        return result(Verdict.FAIL, summary, evidence, remedy(host));
    }

    private static String remedy(HostAccess host) {
        String listen = "Run `edge-site probe listen` on every other host first (or open the wizard's checks screen there). ";
        if (host.onVmware()) {
            return listen + "This host is a VMware VM: on the port group (or the distributed switch) of the hosts'"
                    + " network, set Security > Promiscuous mode and Forged transmits to Accept (Palette names promiscuous mode),"
                    + " then run the check again.";
        }
        return listen + "Broadcasts must pass between the hosts: put them on one Layer-2 segment (one VLAN) and turn"
                + " off broadcast filtering or storm control that blocks them on the switch ports.";
    }
}
