package io.edgesite.validators;

import inet.ipaddr.ipv4.IPv4Address;
import io.edgesite.model.Network;
import java.util.ArrayList;
import java.util.List;

/** The static addresses a site declares, parsed; entries that do not parse are left to the address rules. */
public final class HostSubnets {

    /** One static interface: its address, its subnet and its gateway (null when none parses). */
    public record Assigned(String path, String interfaceName, IPv4Address address, IPv4Address subnet,
            IPv4Address gateway) {
    }

    private HostSubnets() {
    }

    public static List<Assigned> of(Network network) {
        List<Assigned> out = new ArrayList<>();
        for (Network.NamedInterface i : network.interfaces()) {
            if (!i.ip().isStatic()) {
                continue;
            }
            Ipv4.Parsed p = Ipv4.hostWithMask(i.ip().address(), i.ip().mask());
            if (!p.ok()) {
                continue;
            }
            Ipv4.Parsed gw = Ipv4.address(i.ip().gateway());
            out.add(new Assigned(i.path(), i.name(), Ipv4.bare(p.value()), Ipv4.subnetOf(p.value()),
                    gw.ok() ? gw.value() : null));
        }
        return out;
    }
}
