package io.edgesite.model;

import java.util.List;

/** NICs aggregated into one logical link; {@code mtu} 0 leaves the MTU as the system sets it. */
public record Bond(String name, List<String> members, BondMode mode, IpConfig ip, int mtu) {
    public Bond {
        name = Lists.text(name);
        members = Lists.copy(members);
        mode = mode == null ? BondMode.ACTIVE_BACKUP : mode;
        ip = ip == null ? IpConfig.none() : ip;
    }

    public Bond(String name, List<String> members, BondMode mode, IpConfig ip) {
        this(name, members, mode, ip, 0);
    }
}
