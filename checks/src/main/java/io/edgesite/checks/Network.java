package io.edgesite.checks;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** The checks' view of the network: probes, neighbour pokes, name lookups and connections; tests fake it. */
public interface Network {
    /**
     * Broadcasts probes from {@code source} (an address of this host, which picks the NIC) to each target
     * address on {@code port} and returns the peers that answered within {@code window}, or as soon as
     * the addresses heard are {@code enough}.
     */
    List<Peer> broadcast(String source, List<String> targets, int port, String hostId, Duration window,
            java.util.function.Predicate<java.util.Set<String>> enough) throws IOException;

    /** Sends one small datagram to {@code address}, so the kernel resolves its MAC address (ARP). */
    void poke(String address) throws IOException;

    /** The IPv4 addresses a name resolves to. */
    List<String> resolve(String name) throws IOException;

    /** Opens and closes a TCP connection. */
    void connect(String host, int port, Duration timeout) throws IOException;

    /** Asks an HTTP proxy to CONNECT to host:port; returns the proxy's status line. */
    String connectThroughProxy(String proxyHost, int proxyPort, String host, int port, Duration timeout)
            throws IOException;
}
