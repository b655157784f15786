package io.edgesite.checks;

import inet.ipaddr.ipv4.IPv4Address;
import io.edgesite.model.Addressing;
import io.edgesite.palette.DhcpNics;
import io.edgesite.properties.SiteProperties;
import io.edgesite.model.Nic;
import io.edgesite.model.Site;
import io.edgesite.validators.Ipv4;
import io.edgesite.checks.host.HostFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The NICs the answers name: present, with link, carrying the addresses expected; DHCP on several NICs. */
final class NicCheck implements Check {
    public String id() {
        return "nic.present";
    }

    public String title() {
        return "Network cards";
    }

    public boolean appliesTo(Site site) {
        return true;
    }

    public CheckResult run(HostAccess host, Site site) {
        List<String> evidence = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, List<IPv4Address>> addresses = InterfaceAddresses.read(host.commands());
        List<String> onHost = host.root().list("/sys/class/net");
        for (Nic nic : site.network().nics()) {
            String name = nic.name();
            if (!onHost.contains(name)) {
                failures.add(name + " does not exist on this host");
                evidence.add(name + ": not in /sys/class/net (found: " + String.join(", ", onHost) + ")");
                continue;
            }
            String carrier = host.root().read("/sys/class/net/" + name + "/carrier").orElse("");
            String state = host.root().read("/sys/class/net/" + name + "/operstate").orElse("unknown");
            List<IPv4Address> has = addresses.getOrDefault(name, List.of());
            evidence.add(name + ": link " + state + (carrier.isEmpty() ? "" : ", carrier " + carrier)
                    + (has.isEmpty() ? ", no IPv4 address" : ", " + has));
            if (nic.ip().addressing() == Addressing.NONE) {
                continue;
            }
            if (!carrier.equals("1")) {
                failures.add(name + " has no link (cable, switch port or virtual NIC not connected)");
                continue;
            }
            if (nic.ip().isStatic()) {
                Ipv4.Parsed expected = Ipv4.hostWithMask(nic.ip().address(), nic.ip().mask());
                if (expected.ok() && has.stream().noneMatch(a -> a.equals(expected.value()))) {
                    warnings.add(name + " does not carry " + nic.ip().address() + " yet (the installer sets it)");
                }
            } else if (has.isEmpty() && !addresses.isEmpty()) {
                warnings.add(name + " has no DHCP lease now");
            }
        }
        long withLink = HostFacts.read(host.root()).nics().stream()
                .filter(n -> host.root().read("/sys/class/net/" + n.name() + "/carrier").orElse("").equals("1")).count();
        long withStatic = site.network().interfaces().stream().filter(i -> i.ip().isStatic()).count();
        boolean dhcpOnAll = DhcpNics.unsupported(withLink, withStatic, site.cluster().overlay());
        if (dhcpOnAll) {
            failures.add(withLink + " NICs have link and all would use DHCP without the overlay");
            evidence.add("NICs with link: " + withLink);
        }
        if (addresses.isEmpty()) {
            evidence.add("addresses unknown: `ip -o -4 addr show` did not run");
        }
        if (!failures.isEmpty()) {
            return dhcpOnAll ? result(Verdict.FAIL, failures.get(0), evidence, remedy(failures, true),
                    SiteProperties.NICS, SiteProperties.OVERLAY) : result(Verdict.FAIL, failures.get(0), evidence, remedy(failures, false),
                    SiteProperties.NICS);
        }
        if (!warnings.isEmpty()) {
            return result(Verdict.WARN, warnings.get(0), evidence,
                    "Expected before installation; if the host is already installed, check the network block.");
        }
        return result(Verdict.PASS, site.network().nics().isEmpty() ? "no NIC named; every NIC uses DHCP"
                : site.network().nics().size() + " NIC(s) present with link", evidence, "");
    }

    private static String remedy(List<String> failures, boolean dhcpOnAll) {
        StringBuilder b = new StringBuilder(String.join("; ", failures)).append(". ");
        if (dhcpOnAll) {
            b.append(DhcpNics.REQUIREMENT).append(": give the cluster NIC a static address in ")
                    .append(SiteProperties.NICS.path()).append(" or turn on ").append(SiteProperties.OVERLAY.path())
                    .append(". ");
        }
        if (failures.stream().anyMatch(f -> f.contains("does not exist"))) {
            b.append("Use the interface names `ip link` shows on this host in ").append(SiteProperties.NICS.path())
                    .append(". ");
        }
        return b.toString().strip();
    }
}
