package io.edgesite.checks;

import java.util.Set;
import java.util.TreeSet;

/**
 * What the probes learnt about the path to one other host: which probes it answered, whether it heard the
 * broadcast, the largest packets that passed each way, the overlay ports it listens on and those that
 * passed, and its clock against this host's.
 */
final class PeerPath {
    final String address;
    final String hostId;
    boolean broadcast;
    boolean unicast;
    boolean sawBroadcast;
    /** IP packet sizes whose probe arrived there, and whose full-size answer came back. */
    final Set<Integer> out = new TreeSet<>();
    final Set<Integer> back = new TreeSet<>();
    final Set<Integer> advertised = new TreeSet<>();
    final Set<Integer> ports = new TreeSet<>();
    private long bestRtt = Long.MAX_VALUE;
    private Long offset;

    PeerPath(String address, String hostId) {
        this.address = address;
        this.hostId = hostId;
    }

    void add(ProbeExchange.Heard h) {
        ProbeMessage m = h.message();
        if (!m.ports().equals("-")) {
            for (String p : m.ports().split(",")) {
                if (p.matches("\\d{1,5}")) {
                    advertised.add(Integer.parseInt(p));
                }
            }
        }
        switch (h.probe()) {
            case BROADCAST -> broadcast = true;
            case UNICAST -> {
                unicast = true;
                sawBroadcast |= !m.seen().equals("-");
                clock(h);
            }
            case MTU -> {
                int size = h.parameter() + PeerSurvey.IP_UDP_HEADERS;
                out.add(size);
                if (h.length() >= h.parameter()) {
                    back.add(size);
                }
            }
            case PORT -> ports.add(h.parameter());
        }
    }

    /** The clock offset from the answer with the shortest round trip: half of it is the error bound. */
    private void clock(ProbeExchange.Heard h) {
        long rtt = h.receivedMs() - h.sentMs();
        if (h.sentMs() > 0 && h.message().time() > 0 && rtt >= 0 && rtt < bestRtt) {
            bestRtt = rtt;
            offset = h.message().time() - (h.sentMs() + rtt / 2);
        }
    }

    /** The peer's clock minus this host's, in ms; null without a timed answer. */
    Long offsetMillis() {
        return offset;
    }

    long roundTripMillis() {
        return bestRtt;
    }

    /** The largest size that passed both ways, 0 when none did. */
    int largestBothWays() {
        return out.stream().filter(back::contains).mapToInt(Integer::intValue).max().orElse(0);
    }

    String name() {
        return address + " (" + hostId + ")";
    }
}
