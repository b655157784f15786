package io.edgesite.validators;

import io.edgesite.model.Cni;
import io.edgesite.model.Nic;
import io.edgesite.model.Site;
import java.util.List;

/**
 * The VMXNET3 NICs whose UDP tunnel segmentation offload is turned off: with the overlay or Flannel, or,
 * for user-data alone (no cluster settings to tell), every NIC marked VMXNET3.
 */
public final class OffloadNics {
    private OffloadNics() {
    }

    public static List<String> of(Site site) {
        if (site.hasCluster() && !site.cluster().overlay() && site.cluster().cni() != Cni.FLANNEL) {
            return List.of();
        }
        return site.network().nics().stream()
                .filter(Nic::vmxnet3)
                .map(Nic::name)
                .filter(n -> Names.interfaceNameProblem(n) == null)
                .toList();
    }
}
