package io.edgesite.checks;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which senders a probe responder may answer: a unicast host on a subnet this host is connected to (the
 * NIC's own subnets with {@code --interface}), never a broadcast, multicast, network or own address, never
 * source port 0, and IPv6 only when asked for. An answer to anything else would go to a host that did not
 * ask, or leave the segment.
 *
 * @param local this host's own addresses
 * @param subnets the subnets answered (the NIC's, or every connected one)
 * @param connected every connected subnet, whose network and broadcast addresses are never answered
 */
public record SourcePolicy(Set<String> local, List<IPAddress> subnets, List<IPAddress> connected, boolean ipv6) {
    public SourcePolicy {
        local = Set.copyOf(local);
        subnets = List.copyOf(subnets);
        connected = List.copyOf(connected);
    }

    /** The host's interfaces as they are now; {@code nic} narrows the answered subnets to its own, when given. */
    public static SourcePolicy system(String nic, boolean ipv6) throws SocketException {
        Set<String> local = new TreeSet<>();
        List<IPAddress> connected = new ArrayList<>();
        List<IPAddress> own = new ArrayList<>();
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InterfaceAddress a : ni.getInterfaceAddresses()) {
                IPAddress address = new IPAddressString(a.getAddress().getHostAddress()).getAddress();
                if (address == null) {
                    continue;
                }
                local.add(address.toString());
                if (!a.getAddress().isLoopbackAddress() && !a.getAddress().isLinkLocalAddress()) {
                    IPAddress block = address.setPrefixLength(a.getNetworkPrefixLength(), false).toPrefixBlock();
                    connected.add(block);
                    if (nic == null || ni.getName().equals(nic)) {
                        own.add(block);
                    }
                }
            }
        }
        return new SourcePolicy(local, own, connected, ipv6);
    }

    /** Why a sender is not answered, or empty when it may be. */
    public Optional<String> refusal(InetSocketAddress from) {
        InetAddress a = from.getAddress();
        if (a == null || from.getPort() == 0) {
            return Optional.of("source port 0");
        }
        if (!(a instanceof Inet4Address) && !ipv6) {
            return Optional.of("an IPv6 sender (answered with --ipv6 only)");
        }
        byte[] b = a.getAddress();
        boolean limitedBroadcast = b.length == 4 && (b[0] & b[1] & b[2] & b[3]) == (byte) 0xff;
        if (a.isAnyLocalAddress() || a.isMulticastAddress() || limitedBroadcast) {
            return Optional.of("a broadcast or multicast source");
        }
        IPAddress address = new IPAddressString(a.getHostAddress()).getAddress();
        if (local.contains(address.toString())) {
            return Optional.of("this host's own address");
        }
        for (IPAddress block : connected) {
            if (block.getPrefixLength() != null && block.getPrefixLength() < block.getBitCount() - 1
                    && (block.getLower().withoutPrefixLength().equals(address)
                            || block.getUpper().withoutPrefixLength().equals(address))) {
                return Optional.of("the network or broadcast address of " + block);
            }
        }
        if (subnets.stream().noneMatch(s -> s.contains(address))) {
            return Optional.of("not on " + (subnets.isEmpty() ? "any connected subnet" : "the subnets " + subnets));
        }
        return Optional.empty();
    }
}
