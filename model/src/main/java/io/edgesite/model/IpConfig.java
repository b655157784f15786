package io.edgesite.model;

/**
 * The IPv4 settings of one interface. {@code address} carries its prefix ({@code 10.0.10.25/24}), or is
 * bare with the prefix given as a dotted {@code mask} ({@code 255.255.255.0}), the two forms Palette reads.
 */
public record IpConfig(Addressing addressing, String address, String mask, String gateway, String nameserver) {
    public IpConfig {
        addressing = addressing == null ? Addressing.DHCP : addressing;
        address = Lists.text(address);
        mask = Lists.text(mask);
        gateway = Lists.text(gateway);
        nameserver = Lists.text(nameserver);
    }

    public IpConfig(Addressing addressing, String address, String gateway, String nameserver) {
        this(addressing, address, "", gateway, nameserver);
    }

    public static IpConfig dhcp() {
        return new IpConfig(Addressing.DHCP, "", "", "", "");
    }

    public static IpConfig none() {
        return new IpConfig(Addressing.NONE, "", "", "", "");
    }

    public static IpConfig staticAddress(String address, String gateway, String nameserver) {
        return new IpConfig(Addressing.STATIC, address, "", gateway, nameserver);
    }

    public boolean isStatic() {
        return addressing == Addressing.STATIC;
    }
}
