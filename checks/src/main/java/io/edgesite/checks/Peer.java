package io.edgesite.checks;

/** Another edge host that answered a broadcast probe: its address and the host ID it gave. */
public record Peer(String address, String hostId) {
}
