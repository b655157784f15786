package io.edgesite.palette;

import io.edgesite.model.DeploymentMode;
import io.edgesite.model.Distribution;
import io.edgesite.model.ManagementMode;
import io.edgesite.model.NodeTopology;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Palette's overlay support matrix ("Enable Overlay Network", Supported Clusters). Two-node clusters are
 * their own topology: the one place Canonical takes the overlay, with central management.
 */
public final class SupportMatrix {

    /** A column of the published table. */
    public enum Column {
        AGENT("agent mode"),
        APPLIANCE("appliance mode"),
        LOCAL("local management"),
        CENTRAL("central management"),
        SINGLE_NODE("single node"),
        MULTI_NODE("multi-node"),
        NON_FIPS("non-FIPS"),
        FIPS("FIPS");

        private final String title;

        Column(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private SupportMatrix() {
    }

    private static Set<Column> supported(Distribution d) {
        return switch (d) {
            case CANONICAL -> EnumSet.of(Column.AGENT, Column.APPLIANCE, Column.CENTRAL, Column.NON_FIPS);
            case K3S -> EnumSet.complementOf(EnumSet.of(Column.FIPS));
            case PXK_E, PXK_E_FIPS, RKE2 -> EnumSet.allOf(Column.class);
        };
    }

    /** Row name as printed in the table. */
    public static String row(Distribution d) {
        return switch (d) {
            case CANONICAL -> "Canonical";
            case K3S -> "K3s";
            case PXK_E, PXK_E_FIPS -> "PXK-E";
            case RKE2 -> "RKE2";
        };
    }

    /** The cells that say "no" for this cluster with the overlay on; empty when the overlay is supported. */
    public static List<String> overlayBlockers(Distribution d, DeploymentMode mode, ManagementMode management,
            NodeTopology topology) {
        Set<Column> yes = supported(d);
        List<Column> needed = new ArrayList<>();
        needed.add(mode == DeploymentMode.AGENT ? Column.AGENT : Column.APPLIANCE);
        needed.add(management == ManagementMode.LOCAL ? Column.LOCAL : Column.CENTRAL);
        if (topology != NodeTopology.TWO_NODE) {
            needed.add(topology == NodeTopology.SINGLE_NODE ? Column.SINGLE_NODE : Column.MULTI_NODE);
        }
        needed.add(d.fips() ? Column.FIPS : Column.NON_FIPS);
        List<String> blockers = new ArrayList<>();
        for (Column c : needed) {
            if (!yes.contains(c)) {
                blockers.add(row(d) + " x " + c.title());
            }
        }
        return blockers;
    }

    /** Two-node clusters: central management, appliance mode, K3s or Canonical only. */
    public static List<String> twoNodeBlockers(Distribution d, DeploymentMode mode, ManagementMode management) {
        List<String> blockers = new ArrayList<>();
        if (d != Distribution.K3S && d != Distribution.CANONICAL) {
            blockers.add(d.title() + " (two-node clusters take K3s or Canonical only)");
        }
        if (management == ManagementMode.LOCAL) {
            blockers.add("local management (two-node clusters need central management)");
        }
        if (mode == DeploymentMode.AGENT) {
            blockers.add("agent mode (two-node clusters need appliance mode)");
        }
        return blockers;
    }
}
