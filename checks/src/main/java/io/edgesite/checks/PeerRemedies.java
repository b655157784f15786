package io.edgesite.checks;

/**
 * Why a named peer did not answer the broadcast, told by what else came back: its unicast answer and
 * whether it heard the broadcast, its ARP reply, and this host's firewall. Each cause has its own remedy.
 */
final class PeerRemedies {
    static final String LISTEN = "Run `edge-site probe listen` on every other host (or open the wizard's checks"
            + " screen there) and run the check again.";

    /** A short summary for the line, the finding for the evidence, and the remedy. */
    record Diagnosis(String summary, String finding, String remedy) {
    }

    private PeerRemedies() {
    }

    static Diagnosis diagnose(HostAccess host, PeerSurvey s, String peer, PeerPath p) {
        if (s.offSubnet.contains(peer)) {
            return new Diagnosis("is on another subnet",
                    "not on this host's subnet " + s.source.toPrefixBlock() + ": a broadcast does not cross a router",
                    "The hosts of one cluster must share one Layer-2 segment: give them addresses on one subnet (one VLAN).");
        }
        if (p != null && p.unicast && p.sawBroadcast) {
            return s.firewall.isPresent()
                    ? new Diagnosis("heard the broadcast but its answer was dropped here",
                            "answered by unicast and heard the broadcast; the answers to the broadcast did not come back,"
                                    + " and this host's firewall drops new inbound packets",
                            ownFirewall(host))
                    : new Diagnosis("heard the broadcast but its answer did not come back",
                            "answered by unicast and heard the broadcast; the answers to the broadcast did not come back",
                            "Let UDP " + host.probePort() + " answers from the other hosts in: a firewall on this host or"
                                    + " on the path drops them.");
        }
        if (p != null && p.unicast) {
            return new Diagnosis("answers by unicast but not the broadcast (broadcast filtered)",
                    "answered by unicast; it did not hear the broadcast", broadcastFiltered(host));
        }
        Arping.Reply arp = s.arp.get(peer);
        if (arp != null && arp.answered()) {
            return new Diagnosis("is up but does not answer probes",
                    "answers ARP (" + String.join(", ", arp.macs()) + ") but no probe, broadcast or unicast",
                    "On that host, run `edge-site probe listen`, and let UDP " + host.probePort() + " in and out of its"
                            + " firewall.");
        }
        String arpNote = arp == null || !arp.ran() ? (arp == null ? "" : "; ARP not tried: " + arp.why())
                : "; no ARP reply either";
        return new Diagnosis("does not answer at all",
                "no answer to broadcast or unicast probes" + arpNote,
                "The host is down, not on this segment, or not running `edge-site probe listen`. " + LISTEN);
    }

    static String broadcastFiltered(HostAccess host) {
        if (host.onVmware()) {
            return "Broadcasts do not pass between the hosts. This host is a VMware VM: on the port group (or the"
                    + " distributed switch) of the hosts' network, set Security > Promiscuous mode and Forged transmits"
                    + " to Accept (Palette names promiscuous mode), then run the check again.";
        }
        return "Broadcasts do not pass between the hosts while unicast does: turn off broadcast filtering or storm"
                + " control on the switch ports, and keep the hosts in one VLAN.";
    }

    static String ownFirewall(HostAccess host) {
        return "This host's firewall accepts only replies to connections it opened; answers to a broadcast match none."
                + " Allow UDP " + host.probePort() + " and the overlay's VXLAN ports ("
                + String.join(", ", io.edgesite.palette.Overlay.VXLAN_PORTS.stream().map(String::valueOf).toList())
                + ") in from the hosts'"
                + " subnet (firewalld: a rich rule or the trusted zone for that subnet; ufw: `ufw allow from SUBNET`).";
    }

    static String unnamed(HostAccess host) {
        return LISTEN + " Name the other hosts with --peer to tell a filtered broadcast from a host that is down. "
                + broadcastFiltered(host);
    }
}
