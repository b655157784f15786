package io.edgesite.model;

/**
 * A physical (or virtual machine) network card; {@code vmxnet3} marks a VMware VMXNET3 adapter, {@code mtu}
 * its link MTU (0 leaves it as the system sets it).
 */
public record Nic(String name, IpConfig ip, boolean vmxnet3, int mtu) {
    public Nic {
        name = Lists.text(name);
        ip = ip == null ? IpConfig.dhcp() : ip;
    }

    public Nic(String name, IpConfig ip, boolean vmxnet3) {
        this(name, ip, vmxnet3, 0);
    }
}
