package io.edgesite.model;

import java.util.List;

/** NICs aggregated into one logical link. */
public record Bond(String name, List<String> members, BondMode mode, IpConfig ip) {
    public Bond {
        name = Lists.text(name);
        members = Lists.copy(members);
        mode = mode == null ? BondMode.ACTIVE_BACKUP : mode;
        ip = ip == null ? IpConfig.none() : ip;
    }
}
