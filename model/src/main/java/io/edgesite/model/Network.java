package io.edgesite.model;

import io.edgesite.properties.SiteProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The host's interfaces and name resolution. */
public record Network(
        List<Nic> nics,
        List<Bond> bonds,
        List<Vlan> vlans,
        List<Bridge> bridges,
        String nameserver,
        Proxy proxy) {

    public Network {
        nics = Lists.copy(nics);
        bonds = Lists.copy(bonds);
        vlans = Lists.copy(vlans);
        bridges = Lists.copy(bridges);
        nameserver = Lists.text(nameserver);
        proxy = proxy == null ? Proxy.none() : proxy;
    }

    public static Network empty() {
        return new Network(List.of(), List.of(), List.of(), List.of(), "", Proxy.none());
    }

    /** Every interface that may carry an address, in declaration order: NICs, bonds, VLANs, bridges. */
    public List<NamedInterface> interfaces() {
        List<NamedInterface> all = new ArrayList<>();
        for (int i = 0; i < nics.size(); i++) {
            all.add(new NamedInterface(nics.get(i).name(), nics.get(i).ip(), nics.get(i).mtu(), SiteProperties.NICS.at(i)));
        }
        for (int i = 0; i < bonds.size(); i++) {
            all.add(new NamedInterface(bonds.get(i).name(), bonds.get(i).ip(), bonds.get(i).mtu(), SiteProperties.BONDS.at(i)));
        }
        for (int i = 0; i < vlans.size(); i++) {
            all.add(new NamedInterface(vlans.get(i).interfaceName(), vlans.get(i).ip(), vlans.get(i).mtu(),
                    SiteProperties.VLANS.at(i)));
        }
        for (int i = 0; i < bridges.size(); i++) {
            all.add(new NamedInterface(bridges.get(i).name(), bridges.get(i).ip(), bridges.get(i).mtu(),
                    SiteProperties.BRIDGES.at(i)));
        }
        return all;
    }

    public Optional<NamedInterface> find(String name) {
        return interfaces().stream().filter(i -> i.name().equals(name)).findFirst();
    }

    /** An interface of any kind with its address settings, its MTU (0: unset) and the answers path it came from. */
    public record NamedInterface(String name, IpConfig ip, int mtu, String path) {
    }
}
