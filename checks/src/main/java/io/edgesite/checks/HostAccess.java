package io.edgesite.checks;

import io.edgesite.checks.host.HostRoot;
import java.util.List;

/**
 * Everything a check may read or touch: the host's files under {@code root}, its tools, the network,
 * and what the operator said about the other hosts.
 *
 * @param peers addresses of the other hosts expected to answer the probe; empty: expect {@code nodes - 1}
 *     answers from anyone
 * @param probePort the UDP port of the probe protocol
 * @param endpointPort the TCP port of an endpoint named without one (443; tests use a free one)
 * @param survey the probe exchange with the other hosts, made once per run and shared by the checks that
 *     read it
 */
public record HostAccess(HostRoot root, Commands commands, Network network, List<String> peers, int probePort,
        int endpointPort, Once<PeerSurvey> survey) {
    public HostAccess {
        peers = List.copyOf(peers);
        survey = survey == null ? new Once<>() : survey;
    }

    public HostAccess(HostRoot root, Commands commands, Network network, List<String> peers, int probePort,
            int endpointPort) {
        this(root, commands, network, peers, probePort, endpointPort, null);
    }

    /** The live host. */
    public static HostAccess system(List<String> peers) {
        return new HostAccess(HostRoot.system(), Commands.system(), new SystemNetwork(), peers,
                ProbeMessage.DEFAULT_PORT, 443);
    }

    /**
     * A host seen only through a directory: files under it, each tool's output from {@code DIR/commands/}, and
     * no network. Nothing of the live host is read or touched.
     */
    public static HostAccess fixture(HostRoot root, List<String> peers) {
        return new HostAccess(root, Commands.fixtures(root), Network.offline("not probed: the host is a fixture (--root)"),
                peers, ProbeMessage.DEFAULT_PORT, 443);
    }

    /** The same host with nothing measured yet (a new run of the checks). */
    public HostAccess fresh() {
        return new HostAccess(root, commands, network, peers, probePort, endpointPort, null);
    }

    /** The DMI vendor, "VMware, Inc." on vSphere VMs; empty when the firmware does not say. */
    public String vendor() {
        return root.read("/sys/class/dmi/id/sys_vendor").orElse("");
    }

    public boolean onVmware() {
        return vendor().toLowerCase(java.util.Locale.ROOT).contains("vmware");
    }
}
