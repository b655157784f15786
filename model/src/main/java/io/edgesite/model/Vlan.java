package io.edgesite.model;

/** A tagged VLAN sub-interface on a NIC or bond; its name defaults to {@code parent.id}. */
public record Vlan(String parent, int id, String name, IpConfig ip, int mtu) {
    public Vlan {
        parent = Lists.text(parent);
        name = Lists.text(name);
        ip = ip == null ? IpConfig.none() : ip;
    }

    public Vlan(String parent, int id, String name, IpConfig ip) {
        this(parent, id, name, ip, 0);
    }

    /** The interface name the kernel will know it by. */
    public String interfaceName() {
        return name.isEmpty() ? parent + "." + id : name;
    }
}
