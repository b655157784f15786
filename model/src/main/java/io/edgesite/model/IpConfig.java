package io.edgesite.model;

/** The IPv4 settings of one interface; {@code address} carries its prefix, as in {@code 10.0.10.25/24}. */
public record IpConfig(Addressing addressing, String address, String gateway, String nameserver) {
    public IpConfig {
        addressing = addressing == null ? Addressing.DHCP : addressing;
        address = Lists.text(address);
        gateway = Lists.text(gateway);
        nameserver = Lists.text(nameserver);
    }

    public static IpConfig dhcp() {
        return new IpConfig(Addressing.DHCP, "", "", "");
    }

    public static IpConfig none() {
        return new IpConfig(Addressing.NONE, "", "", "");
    }

    public static IpConfig staticAddress(String address, String gateway, String nameserver) {
        return new IpConfig(Addressing.STATIC, address, gateway, nameserver);
    }

    public boolean isStatic() {
        return addressing == Addressing.STATIC;
    }
}
