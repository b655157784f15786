package io.edgesite.validators.fleet;

import io.edgesite.model.Site;
import java.util.List;

/** One host of an inventory: the site it belongs to, its name there, its NICs' MACs, and the answers merged for it. */
public record FleetHost(String site, String name, List<String> macs, Site answers) {
    public FleetHost {
        macs = List.copyOf(macs);
    }
}
