package io.edgesite.model;

import java.util.List;

/** A Linux bridge over NICs, bonds or VLANs (Multus uses one as its primary interface). */
public record Bridge(String name, List<String> ports, IpConfig ip, int mtu) {
    public Bridge {
        name = Lists.text(name);
        ports = Lists.copy(ports);
        ip = ip == null ? IpConfig.none() : ip;
    }

    public Bridge(String name, List<String> ports, IpConfig ip) {
        this(name, ports, ip, 0);
    }
}
