package io.edgesite.validators;

import io.edgesite.properties.SiteProperties;
import io.edgesite.model.InstallOptions;
import io.edgesite.model.Site;
import java.util.ArrayList;
import java.util.List;

/** What the installer does at the end, and kernel options. */
final class InstallRules implements Rule {
    @Override
    public List<Finding> check(Site site) {
        InstallOptions i = site.install();
        List<Finding> out = new ArrayList<>();
        if (i.poweroff() && i.reboot()) {
            out.add(Finding.error("install.poweroff-reboot", SiteProperties.REBOOT.path(),
                    "the installer can either power off or reboot when done, not both"));
        }
        if (i.extraCmdline().codePoints().anyMatch(cp -> cp < 0x20 || cp == 0x7f)) {
            out.add(Finding.error("install.cmdline.invalid", SiteProperties.EXTRA_CMDLINE.path(),
                    "kernel options are one line; remove the line break or control character"));
        }
        return out;
    }
}
