package io.edgesite.palette;

import java.util.ArrayList;
import java.util.List;

/**
 * VMware's VMXNET3 adapter: with the overlay or Flannel, its UDP tunnel segmentation offload must be off,
 * by the initramfs step Palette's docs give ("Disable UDP segmentation").
 */
public final class Vmxnet3 {
    /** The kernel driver of the adapter, as /sys/class/net/NIC/device/driver names it. */
    public static final String DRIVER = "vmxnet3";
    public static final String STEP_NAME = "Disable UDP segmentation";
    /** The ethtool features turned off, in the order the docs give them. */
    public static final List<String> FEATURES = List.of("tx-udp_tnl-segmentation", "tx-udp_tnl-csum-segmentation");

    private Vmxnet3() {
    }

    /** The step's commands for one NIC. */
    public static List<String> commands(String nic) {
        List<String> out = new ArrayList<>();
        for (String feature : FEATURES) {
            out.add("ethtool --offload " + nic + " " + feature + " off");
        }
        return out;
    }
}
