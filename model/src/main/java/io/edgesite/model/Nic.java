package io.edgesite.model;

/** A physical (or virtual machine) network card; {@code vmxnet3} marks a VMware VMXNET3 adapter. */
public record Nic(String name, IpConfig ip, boolean vmxnet3) {
    public Nic {
        name = Lists.text(name);
        ip = ip == null ? IpConfig.dhcp() : ip;
    }
}
