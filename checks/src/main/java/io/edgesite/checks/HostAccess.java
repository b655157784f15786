package io.edgesite.checks;

import io.edgesite.checks.host.HostRoot;
import java.util.List;

/**
 * Everything a check may read or touch: the host's files under {@code root}, its tools, the network,
 * and what the operator said about the other hosts.
 *
 * @param peers addresses of the other hosts expected to answer the broadcast probe; empty: expect
 *     {@code nodes - 1} answers from anyone
 * @param probePort the UDP port of the probe protocol
 * @param endpointPort the Palette endpoint's TCP port (443; tests use a free one)
 */
public record HostAccess(HostRoot root, Commands commands, Network network, List<String> peers, int probePort,
        int endpointPort) {
    public HostAccess {
        peers = List.copyOf(peers);
    }

    public static HostAccess system(List<String> peers) {
        return new HostAccess(HostRoot.system(), Commands.system(), new SystemNetwork(), peers,
                ProbeMessage.DEFAULT_PORT, 443);
    }

    /** The DMI vendor, "VMware, Inc." on vSphere VMs; empty when the firmware does not say. */
    public String vendor() {
        return root.read("/sys/class/dmi/id/sys_vendor").orElse("");
    }

    public boolean onVmware() {
        return vendor().toLowerCase(java.util.Locale.ROOT).contains("vmware");
    }
}
