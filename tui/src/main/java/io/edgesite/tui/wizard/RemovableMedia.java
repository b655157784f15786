package io.edgesite.tui.wizard;

import io.edgesite.checks.host.HostRoot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The mounted removable media (USB sticks, SD cards): mounts of a disk whose sysfs says {@code removable} is 1. */
public final class RemovableMedia {
    private RemovableMedia() {
    }

    public static List<Path> mounted(HostRoot root) {
        List<Path> out = new ArrayList<>();
        for (String line : root.read("/proc/mounts").orElse("").lines().toList()) {
            String[] f = line.split(" ");
            if (f.length < 2 || !f[0].startsWith("/dev/")) {
                continue;
            }
            String dev = f[0].substring(5);
            // a partition (sdb1, mmcblk0p1) belongs to its disk (sdb, mmcblk0)
            String disk = dev.matches("(mmcblk|nvme)\\d+(n\\d+)?p\\d+") ? dev.replaceFirst("p\\d+$", "") : dev.replaceFirst("\\d+$", "");
            if (root.read("/sys/block/" + disk + "/removable").orElse("0").equals("1")) {
                out.add(Path.of(f[1].replace("\\040", " ")));
            }
        }
        return out;
    }
}
