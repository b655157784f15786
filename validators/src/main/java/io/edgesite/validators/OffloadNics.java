package io.edgesite.validators;

import io.edgesite.model.Cni;
import io.edgesite.model.Nic;
import io.edgesite.model.Site;
import java.util.List;

/**
 * The VMXNET3 NICs whose UDP tunnel segmentation offload is turned off: every NIC marked VMXNET3. Palette's
 * docs ask for it with the overlay (and Flannel tunnels over VXLAN too); without either the step does no harm,
 * and the mark is the operator's own answer, so it is never dropped: a user-data file read without its cluster
 * settings (they are not in it) keeps its steps.
 */
public final class OffloadNics {
    private OffloadNics() {
    }

    public static List<String> of(Site site) {
        return site.network().nics().stream()
                .filter(Nic::vmxnet3)
                .map(Nic::name)
                .filter(n -> Names.interfaceNameProblem(n) == null)
                .toList();
    }

    /** Whether the cluster needs the step (the overlay, or Flannel); false when no cluster settings tell. */
    public static boolean needed(Site site) {
        return site.hasCluster() && (site.cluster().overlay() || site.cluster().cni() == Cni.FLANNEL);
    }
}
