package io.edgesite.checks;

import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;
import io.edgesite.model.Site;
import io.edgesite.validators.Ipv4;
import io.edgesite.properties.SiteProperties;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The overlay, pod and service CIDRs against every route and address the host's kernel knows. */
final class CidrClashCheck implements Check {
    public String id() {
        return "net.cidr-clash";
    }

    public String title() {
        return "CIDR clashes with host routes";
    }

    public boolean appliesTo(Site site) {
        return true;
    }

    public CheckResult run(HostAccess host, Site site) {
        Map<String, IPv4Address> ranges = new LinkedHashMap<>();
        put(ranges, "pod CIDR", site.cluster().podCidr());
        put(ranges, "service CIDR", site.cluster().serviceCidr());
        if (site.cluster().overlay()) {
            put(ranges, "overlay CIDR", site.cluster().overlayCidr());
        }
        java.util.Optional<List<KernelRoutes.Route>> tables = RouteTables.read(host.commands());
        List<KernelRoutes.Route> routes = tables.orElseGet(() -> KernelRoutes.routes(host.root()));
        List<String> locals = new ArrayList<>(KernelRoutes.localAddresses(host.root()));
        List<String> evidence = new ArrayList<>();
        evidence.add("ranges: " + String.join(", ", ranges.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
        evidence.add("routes (" + (tables.isPresent() ? "every table, ip route show table all" : "main table only,"
                + " /proc/net/route: ip is missing") + "): " + (routes.isEmpty() ? "none read" : String.join("; ",
                routes.stream().map(Object::toString).toList())));
        evidence.add("local addresses (/proc/net/fib_trie): " + (locals.isEmpty() ? "none read" : String.join(", ", locals)));
        if (routes.isEmpty() && locals.isEmpty()) {
            return result(Verdict.COULD_NOT_RUN, "the kernel's routes could not be read", evidence, "");
        }
        List<String> clashes = new ArrayList<>();
        for (Map.Entry<String, IPv4Address> r : ranges.entrySet()) {
            for (KernelRoutes.Route route : routes) {
                if (!route.isDefault() && !route.destination().isLoopback() && r.getValue().overlaps(route.destination())) {
                    clashes.add(r.getKey() + " " + r.getValue() + " overlaps the route " + route);
                }
            }
            for (String local : locals) {
                IPv4Address a = new IPAddressString(local).getAddress().toIPv4();
                if (!a.isLoopback() && r.getValue().contains(a)) {
                    clashes.add(r.getKey() + " " + r.getValue() + " holds this host's address " + local);
                }
            }
        }
        if (clashes.isEmpty()) {
            return result(Verdict.PASS, "no range overlaps a host route or address", evidence, "");
        }
        evidence.addAll(clashes);
        return result(Verdict.FAIL, clashes.get(0), evidence,
                "Choose cluster ranges that no network at the site uses: traffic to an overlapping range would stay"
                        + " inside the cluster. Change the clashing one of " + SiteProperties.POD_CIDR.path() + ", "
                        + SiteProperties.SERVICE_CIDR.path() + " and " + SiteProperties.OVERLAY_CIDR.path()
                        + " (the overlay range cannot change once the cluster exists).",
                SiteProperties.POD_CIDR, SiteProperties.SERVICE_CIDR, SiteProperties.OVERLAY_CIDR);
    }

    private static void put(Map<String, IPv4Address> ranges, String name, String cidr) {
        Ipv4.Parsed p = Ipv4.cidr(cidr);
        if (p.ok()) {
            ranges.put(name, p.value());
        }
    }
}
