package io.edgesite.model;

/** A tagged VLAN sub-interface on a NIC or bond; its name defaults to {@code parent.id}. */
public record Vlan(String parent, int id, String name, IpConfig ip) {
    public Vlan {
        parent = Lists.text(parent);
        name = Lists.text(name);
        ip = ip == null ? IpConfig.none() : ip;
    }

    /** The interface name the kernel will know it by. */
    public String interfaceName() {
        return name.isEmpty() ? parent + "." + id : name;
    }
}
