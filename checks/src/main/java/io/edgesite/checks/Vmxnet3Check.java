package io.edgesite.checks;

import io.edgesite.model.IpConfig;
import io.edgesite.model.Network;
import io.edgesite.model.Nic;
import io.edgesite.model.Site;
import io.edgesite.palette.Vmxnet3;
import io.edgesite.properties.SiteProperties;
import io.edgesite.validators.OffloadNics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * VMware VMXNET3 NICs with the overlay or Flannel: the user-data must turn UDP tunnel segmentation
 * offload off for exactly those NICs ("Disable UDP segmentation"); also shows what ethtool reports now.
 */
final class Vmxnet3Check implements Check {
    public String id() {
        return "nic.vmxnet3-offload";
    }

    public String title() {
        return "VMXNET3 UDP tunnel offload";
    }

    public boolean appliesTo(Site site) {
        return OffloadNics.needed(site);
    }

    public CheckResult run(HostAccess host, Site site) {
        List<String> vmxnet3 = new ArrayList<>();
        for (String nic : host.root().list("/sys/class/net")) {
            if (host.root().linkName("/sys/class/net/" + nic + "/device/driver").filter(Vmxnet3.DRIVER::equals).isPresent()) {
                vmxnet3.add(nic);
            }
        }
        List<String> evidence = new ArrayList<>();
        evidence.add("VMXNET3 NICs (sysfs device/driver): " + (vmxnet3.isEmpty() ? "none" : String.join(", ", vmxnet3)));
        if (host.onVmware()) {
            evidence.add("DMI vendor: " + host.vendor());
        }
        for (String nic : vmxnet3) {
            evidence.add(offloadState(host, nic));
        }
        List<String> missing = vmxnet3.stream().filter(n -> !flagged(site, n)).toList();
        List<String> extra = site.network().nics().stream().filter(Nic::vmxnet3).map(Nic::name)
                .filter(n -> host.root().list("/sys/class/net").contains(n) && !vmxnet3.contains(n)).toList();
        if (!missing.isEmpty()) {
            String names = String.join(", ", missing);
            return result(Verdict.FAIL, names + " need UDP segmentation turned off in the user-data", evidence,
                    "Add the initramfs step \"" + Vmxnet3.STEP_NAME + "\" (" + String.join("; ", Vmxnet3.commands("<nic>"))
                            + ") for " + names + ": mark the NIC VMXNET3 in " + SiteProperties.NICS.path()
                            + " and edge-site adds it.", SiteProperties.NICS)
                    .withFix(new SiteFix("mark " + names + " as VMXNET3, which adds the \"" + Vmxnet3.STEP_NAME + "\" step",
                            s -> markVmxnet3(s, missing)));
        }
        if (!extra.isEmpty()) {
            return result(Verdict.WARN, String.join(", ", extra) + " marked VMXNET3 but driven by another driver",
                    evidence, "The extra step does no harm; unmark the NIC in " + SiteProperties.NICS.path()
                            + " if it is not a VMXNET3 adapter.", SiteProperties.NICS);
        }
        return result(Verdict.PASS, vmxnet3.isEmpty() ? "no VMXNET3 NIC" : "the step covers " + String.join(", ", vmxnet3),
                evidence, "");
    }

    private static boolean flagged(Site site, String name) {
        return site.network().nics().stream().anyMatch(n -> n.name().equals(name) && n.vmxnet3());
    }

    private static String offloadState(HostAccess host, String nic) {
        Commands.Output o = host.commands().run(Duration.ofSeconds(2), List.of("ethtool", "-k", nic));
        if (o.missing()) {
            return nic + ": ethtool is not installed, the offload state is unknown";
        }
        if (!o.ok()) {
            return nic + ": ethtool -k failed: " + o.err().strip();
        }
        Map<String, Offloads.State> f = Offloads.parse(o.out());
        List<String> states = new ArrayList<>();
        for (String feature : Vmxnet3.FEATURES) {
            states.add(feature + " " + Optional.ofNullable(f.get(feature)).map(Offloads.State::text).orElse("?"));
        }
        return nic + ": " + String.join(", ", states);
    }

    /** The NICs marked VMXNET3 (added as DHCP, Palette's default, when the answers do not list them). */
    static Site markVmxnet3(Site s, List<String> names) {
        Network n = s.network();
        List<Nic> nics = new ArrayList<>();
        for (Nic nic : n.nics()) {
            nics.add(names.contains(nic.name()) ? new Nic(nic.name(), nic.ip(), true) : nic);
        }
        for (String name : names) {
            if (nics.stream().noneMatch(x -> x.name().equals(name))) {
                nics.add(new Nic(name, IpConfig.dhcp(), true));
            }
        }
        return s.withNetwork(new Network(nics, n.bonds(), n.vlans(), n.bridges(), n.nameserver(), n.proxy()));
    }
}
