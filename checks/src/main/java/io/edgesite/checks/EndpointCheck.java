package io.edgesite.checks;

import inet.ipaddr.IPAddressString;
import io.edgesite.model.ManagementMode;
import io.edgesite.model.Site;
import io.edgesite.validators.Printable;
import io.edgesite.properties.SiteProperties;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Central management: the Palette endpoint resolves in DNS and accepts TCP 443, through the proxy if one is set. */
final class EndpointCheck implements Check {
    static final Duration CONNECT = Duration.ofMillis(1500);

    public String id() {
        return "net.endpoint";
    }

    public String title() {
        return "Palette endpoint reachable";
    }

    public boolean appliesTo(Site site) {
        return site.registration().managementMode() == ManagementMode.CENTRAL
                && !site.registration().paletteEndpoint().isBlank();
    }

    @Override
    public Duration bound() {
        return Duration.ofSeconds(3);
    }

    public CheckResult run(HostAccess host, Site site) {
        String endpoint = site.registration().paletteEndpoint().strip();
        int port = host.endpointPort();
        List<String> evidence = new ArrayList<>();
        String proxy = site.network().proxy().httpsProxy().isBlank() ? site.network().proxy().httpProxy()
                : site.network().proxy().httpsProxy();
        boolean literal = new IPAddressString(endpoint).isIPAddress();
        if (!literal) {
            try {
                List<String> addresses = host.network().resolve(endpoint);
                evidence.add("DNS: " + endpoint + " -> " + (addresses.isEmpty() ? "no IPv4 address" : String.join(", ", addresses)));
                if (addresses.isEmpty() && proxy.isBlank()) {
                    return result(Verdict.FAIL, endpoint + " has no IPv4 address in DNS", evidence, dnsRemedy(site),
                            SiteProperties.NAMESERVER, SiteProperties.ENDPOINT);
                }
            } catch (IOException e) {
                evidence.add("DNS: " + endpoint + " does not resolve (" + e.getClass().getSimpleName() + ")");
                if (proxy.isBlank()) {
                    return result(Verdict.FAIL, endpoint + " does not resolve", evidence, dnsRemedy(site),
                            SiteProperties.NAMESERVER, SiteProperties.ENDPOINT);
                }
                evidence.add("the proxy may resolve it instead");
            }
        }
        if (!proxy.isBlank()) {
            return throughProxy(host, endpoint, port, proxy, evidence);
        }
        try {
            host.network().connect(endpoint, port, CONNECT);
            evidence.add("TCP " + endpoint + ":" + port + ": connected");
            return result(Verdict.PASS, endpoint + ":" + port + " accepts connections", evidence, "");
        } catch (IOException e) {
            evidence.add("TCP " + endpoint + ":" + port + ": " + reason(e));
            return result(Verdict.FAIL, endpoint + ":" + port + " does not accept connections", evidence,
                    "Allow outbound TCP 443 from the hosts to " + endpoint + " (and to the image registries) on the"
                            + " site's firewall, or set a proxy in " + SiteProperties.HTTPS_PROXY.path() + ".",
                    SiteProperties.HTTPS_PROXY);
        }
    }

    private CheckResult throughProxy(HostAccess host, String endpoint, int port, String proxy, List<String> evidence) {
        URI uri;
        try {
            uri = URI.create(proxy.contains("://") ? proxy : "http://" + proxy);
        } catch (IllegalArgumentException e) {
            return result(Verdict.COULD_NOT_RUN, "the proxy address cannot be read", evidence, "Fix the proxy URL in "
                    + SiteProperties.HTTPS_PROXY.path() + ".", SiteProperties.HTTPS_PROXY);
        }
        String shown = Printable.url(proxy);
        int proxyPort = uri.getPort() > 0 ? uri.getPort() : 3128;
        try {
            String status = host.network().connectThroughProxy(uri.getHost(), proxyPort, endpoint, port, CONNECT);
            evidence.add("proxy " + shown + ": CONNECT " + endpoint + ":" + port + " -> " + status);
            String[] words = status.split(" ");
            if (words.length >= 2 && words[0].startsWith("HTTP/") && words[1].equals("200")) {
                return result(Verdict.PASS, endpoint + ":" + port + " reachable through the proxy", evidence, "");
            }
            return result(Verdict.FAIL, "the proxy refused to connect to " + endpoint + ":" + port, evidence,
                    "Allow CONNECT to " + endpoint + ":443 on the proxy (and proxy credentials in the URL, if it needs them).");
        } catch (IOException e) {
            evidence.add("proxy " + shown + ": " + reason(e));
            return result(Verdict.FAIL, "the proxy " + uri.getHost() + ":" + proxyPort + " does not answer", evidence,
                    "Check the proxy address in " + SiteProperties.HTTPS_PROXY.path() + " and that the hosts may reach it.",
                    SiteProperties.HTTPS_PROXY);
        }
    }

    private static String dnsRemedy(Site site) {
        return "Set a DNS server that resolves the Palette endpoint in " + SiteProperties.NAMESERVER.path()
                + (site.network().nameserver().isBlank() ? "" : " (now " + site.network().nameserver() + ")")
                + ", or check the spelling of " + SiteProperties.ENDPOINT.path() + ".";
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
