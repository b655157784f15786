package io.edgesite.validators;

import io.edgesite.palette.DhcpNics;
import io.edgesite.properties.SiteProperties;
import io.edgesite.model.Addressing;
import io.edgesite.model.Network;
import io.edgesite.model.Proxy;
import io.edgesite.model.Site;
import java.util.ArrayList;
import java.util.List;

/** Global DNS, the proxy and no-proxy list, and how many interfaces may rely on DHCP. */
final class ReachabilityRules implements Rule {

    @Override
    public List<Finding> check(Site site) {
        Network n = site.network();
        List<Finding> out = new ArrayList<>();
        if (!n.nameserver().isEmpty()) {
            InterfaceRules.checkNameserver(n.nameserver(), SiteProperties.NAMESERVER.path(), out);
        }
        Proxy p = n.proxy();
        checkProxyUrl(p.httpProxy(), SiteProperties.HTTP_PROXY.path(), out);
        checkProxyUrl(p.httpsProxy(), SiteProperties.HTTPS_PROXY.path(), out);
        for (int i = 0; i < p.noProxy().size(); i++) {
            String entry = p.noProxy().get(i).strip();
            if (!entry.isEmpty() && !isNoProxyEntry(entry)) {
                out.add(Finding.error("no-proxy.invalid", TreePath.item(SiteProperties.NO_PROXY.path(), i),
                        "\"" + Printable.of(entry) + "\" is not a host name, .domain, IPv4 address or CIDR"));
            }
        }
        if (!p.noProxy().isEmpty() && p.httpProxy().isEmpty() && p.httpsProxy().isEmpty()) {
            out.add(Finding.warning("no-proxy.unused", SiteProperties.NO_PROXY.path(),
                    "a no-proxy list is set but no proxy is"));
        }
        long addressed = n.interfaces().stream().filter(i -> i.ip().addressing() != Addressing.NONE).count();
        long dhcp = n.interfaces().stream().filter(i -> i.ip().addressing() == Addressing.DHCP).count();
        if (DhcpNics.unsupported(dhcp, addressed - dhcp, false) && !site.hasCluster()) {
            out.add(Finding.warning("dhcp.multi-nic", SiteProperties.NICS.path(), "without cluster settings to tell: "
                    + DhcpNics.REQUIREMENT + ". Give the cluster NIC a static address or enable the overlay"));
        } else if (DhcpNics.unsupported(dhcp, addressed - dhcp, site.cluster().overlay())) {
            out.add(Finding.error("dhcp.multi-nic", SiteProperties.NICS.path(),
                    DhcpNics.REQUIREMENT + ". Give the cluster NIC a static address or enable the overlay"));
        }
        return out;
    }

    private static void checkProxyUrl(String url, String path, List<Finding> out) {
        if (!url.isEmpty() && !Names.isHttpUrl(url)) {
            out.add(Finding.error("proxy.invalid", path,
                    "\"" + Printable.url(url) + "\" is not a proxy URL like http://proxy.example.com:3128"));
        }
    }

    private static boolean isNoProxyEntry(String e) {
        if (e == null || e.isEmpty()) {
            return false;
        }
        String s = e.startsWith(".") ? e.substring(1) : e;
        if (s.startsWith("*.")) {
            s = s.substring(2);
        }
        return Names.isHostOrAddress(s) || Ipv4.cidr(s).ok();
    }
}
