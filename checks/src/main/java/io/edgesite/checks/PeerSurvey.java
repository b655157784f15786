package io.edgesite.checks;

import inet.ipaddr.ipv4.IPv4Address;
import io.edgesite.model.Addressing;
import io.edgesite.model.Network.NamedInterface;
import io.edgesite.model.Site;
import io.edgesite.palette.Overlay;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The probe exchange with the other hosts, made once per run and read by the broadcast, MTU, VXLAN-port
 * and clock checks: from which NIC, which hosts answered which probe, and what this host's own firewall
 * and the ARP replies of silent peers say.
 */
public final class PeerSurvey {
    static final Duration WINDOW = Duration.ofMillis(1200);
    /** IP packet sizes tried below the NIC's MTU: common smaller MTUs, down to IPv6's minimum. */
    static final List<Integer> SMALLER_MTUS = List.of(1450, 1400, 1280);
    static final int IP_UDP_HEADERS = 28;

    final String nic;
    final IPv4Address source;
    final int mtu;
    final List<Integer> sizes = new ArrayList<>();
    final List<String> expected;
    final int wanted;
    final Map<String, PeerPath> peers = new LinkedHashMap<>();
    final List<String> own = new ArrayList<>();
    final Map<String, Set<String>> hostIds = new LinkedHashMap<>();
    final Map<String, Set<String>> instancesByAddress = new LinkedHashMap<>();
    final List<String> offSubnet = new ArrayList<>();
    final Map<String, Arping.Reply> arp = new LinkedHashMap<>();
    Map<String, String> unsendable = Map.of();
    Optional<String> firewall = Optional.empty();
    String error = "";

    private PeerSurvey(String nic, IPv4Address source, int mtu, List<String> expected, int wanted) {
        this.nic = nic;
        this.source = source;
        this.mtu = mtu;
        this.expected = List.copyOf(expected);
        this.wanted = wanted;
    }

    /** The survey of this run, made by the first check that asks for it. */
    static PeerSurvey of(HostAccess host, Site site) {
        return host.survey().get(() -> run(host, site));
    }

    private static PeerSurvey run(HostAccess host, Site site) {
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
        for (Map.Entry<String, List<IPv4Address>> e : addresses.entrySet()) {
            if (source == null && !e.getKey().equals("lo") && !e.getValue().isEmpty() && !e.getValue().get(0).isLoopback()) {
                nic = e.getKey();
                source = e.getValue().get(0);
            }
        }
        int mtu = host.root().read("/sys/class/net/" + nic + "/mtu").filter(m -> m.matches("\\d{3,5}"))
                .map(Integer::parseInt).orElse(1500);
        List<String> expected = host.peers();
        PeerSurvey s = new PeerSurvey(nic, source, mtu, expected,
                expected.isEmpty() ? site.cluster().nodes() - 1 : expected.size());
        if (source == null) {
            s.error = "no NIC with an IPv4 address to probe from (ip -o -4 addr show: "
                    + (addresses.isEmpty() ? "no answer" : addresses.keySet()) + ")";
            return s;
        }
        s.sizes.add(mtu);
        SMALLER_MTUS.stream().filter(m -> m < mtu).forEach(s.sizes::add);
        IPv4Address block = source.toPrefixBlock();
        for (String peer : expected) {
            if (!block.contains(new inet.ipaddr.IPAddressString(peer).getAddress())) {
                s.offSubnet.add(peer);
            }
        }
        String directed = block.getUpper().withoutPrefixLength().toString();
        ProbeExchange.Plan plan = new ProbeExchange.Plan(source.withoutPrefixLength().toString(),
                List.of("255.255.255.255", directed), expected, host.probePort(),
                s.sizes.stream().map(m -> m - IP_UDP_HEADERS).toList(),
                Overlay.VXLAN_PORTS,
                site.registration().hostId(), WINDOW);
        String from = nic;
        Map<String, CompletableFuture<Arping.Reply>> arps = new LinkedHashMap<>();
        for (String peer : expected) {
            arps.put(peer, CompletableFuture.supplyAsync(() -> Arping.ask(host.commands(), from, peer, 2,
                    Duration.ofMillis(400))));
        }
        CompletableFuture<Optional<String>> fw = CompletableFuture.supplyAsync(() -> LocalFirewall.statefulDrop(host.commands()));
        Set<String> local = new LinkedHashSet<>();
        addresses.values().forEach(list -> list.forEach(a -> local.add(a.withoutPrefixLength().toString())));
        try {
            ProbeExchange.Result result = host.network().exchange(plan);
            s.unsendable = result.unsendable();
            s.read(result.heard(), local);
        } catch (IOException e) {
            s.error = "could not probe from " + nic + " " + source + ": " + e.getMessage();
        }
        arps.forEach((peer, f) -> s.arp.put(peer, f.join()));
        s.firewall = fw.join();
        return s;
    }

    private void read(List<ProbeExchange.Heard> heard, Set<String> local) {
        for (ProbeExchange.Heard h : heard) {
            if (local.contains(h.address())) {
                String seen = h.address() + " (" + h.message().hostId() + ")";
                if (!own.contains(seen)) {
                    own.add(seen);
                }
                continue;
            }
            instancesByAddress.computeIfAbsent(h.address(), k -> new LinkedHashSet<>()).add(h.message().instance());
            hostIds.computeIfAbsent(h.message().hostId(), k -> new java.util.TreeSet<>(BY_ADDRESS)).add(h.address());
            peers.computeIfAbsent(h.address(), a -> new PeerPath(a, h.message().hostId())).add(h);
        }
    }

    /** Addresses in numeric order, so that reports read the same every run. */
    static final java.util.Comparator<String> BY_ADDRESS = java.util.Comparator.comparing(
            a -> new inet.ipaddr.IPAddressString(a).getAddress(), java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));

    /** The hosts that answered any probe, this host left out, in address order. */
    List<PeerPath> answered() {
        return peers.values().stream().sorted(java.util.Comparator.comparing(p -> p.address, BY_ADDRESS)).toList();
    }

    /** Host IDs given by more than one address. */
    Map<String, Set<String>> duplicateIds() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        hostIds.forEach((id, where) -> {
            if (where.size() > 1) {
                out.put(id, where);
            }
        });
        return out;
    }

    /** Addresses answered for by more than one edge-site process: two hosts with one address. */
    List<String> duplicateAddresses() {
        return instancesByAddress.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
    }

    /** The evidence every check built on the survey starts with. */
    List<String> evidence() {
        List<String> out = new ArrayList<>();
        out.add("probed from " + nic + " " + source + " (MTU " + mtu + ") on UDP: the broadcast addresses, then by"
                + " unicast " + (expected.isEmpty() ? "every host that answered" : String.join(", ", expected)));
        own.forEach(o -> out.add("this host answered its own probe from " + o + " (probe listen runs here): not counted"));
        unsendable.forEach((to, why) -> out.add("could not send to " + to + ": " + why));
        return out;
    }
}
