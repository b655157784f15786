package io.edgesite.model;

import java.util.List;

/** What the installer does when it finishes, and kernel options for the installed system. */
public record InstallOptions(boolean poweroff, boolean reboot, String extraCmdline, List<String> bindMounts) {
    public InstallOptions {
        extraCmdline = Lists.text(extraCmdline);
        bindMounts = Lists.copy(bindMounts);
    }

    public static InstallOptions none() {
        return new InstallOptions(false, false, "", List.of());
    }
}
