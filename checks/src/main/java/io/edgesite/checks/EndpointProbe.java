package io.edgesite.checks;

import io.edgesite.model.Site;
import io.edgesite.properties.SitePath;
import io.edgesite.properties.SiteProperties;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Whether the host can reach one HTTPS server as the Palette agent would: its name asked of each DNS server
 * directly, the proxy chosen as Go chooses it ({@code HTTPS_PROXY} unless {@code noProxy} matches), the
 * tunnel asked for with the URL's credentials, and a TLS handshake whose certificate must be trusted.
 */
final class EndpointProbe {
    static final Duration DNS = Duration.ofSeconds(1);
    static final Duration CONNECT = Duration.ofMillis(1500);
    /** How long a check that probes servers this way may take: a DNS answer, a connection and a handshake. */
    static final Duration BOUND = Duration.ofMillis(2800);
    static final Duration EXPIRY_WARNING = Duration.ofDays(14);

    /** A verdict with what was seen, what to do, and the settings the remedy names. */
    record Outcome(Verdict verdict, String summary, List<String> evidence, String remedy, List<SitePath> cited) {
    }

    private final HostAccess host;
    private final Site site;
    private final SitePath name;
    /** Asked for the proxy's name and the server's: read once (the answers, else resolv.conf). */
    private final Nameservers nameservers;
    private final List<String> evidence = new ArrayList<>();

    /** @param name the setting that names the server (the endpoint), or null for a registry kept as user-data */
    EndpointProbe(HostAccess host, Site site, SitePath name) {
        this.host = host;
        this.site = site;
        this.name = name;
        this.nameservers = Nameservers.of(site, host.root());
    }

    Outcome probe(String text, List<X509Certificate> extra, boolean insecure) {
        Target t = Target.parse(text, host.endpointPort());
        Optional<ProxyRoute> proxy = ProxyRoute.parse(site.network().proxy().httpsProxy());
        if (proxy.isPresent() && NoProxy.of(site.network().proxy().noProxy()).direct(t.host(), t.port())) {
            evidence.add("noProxy matches " + t.host() + ": direct, not through " + proxy.get());
            proxy = Optional.empty();
        }
        if (proxy.isPresent() && !proxy.get().scheme().equals("http")) {
            return outcome(Verdict.COULD_NOT_RUN, "the proxy " + proxy.get() + " is not tested (only http:// proxies are)",
                    "", List.of());
        }
        String address = t.host();
        try {
            if (proxy.isPresent()) {
                evidence.add("through the proxy " + proxy.get() + (proxy.get().hasCredentials() ? " with its credentials" : ""));
                ProxyRoute p = proxy.get();
                proxy = Optional.of(new ProxyRoute(p.scheme(), resolve(new Target(p.host(), p.port())), p.port(), p.authorization()));
            } else {
                address = resolve(t);
            }
        } catch (Failed f) {
            return f.outcome;
        }
        TlsOutcome o;
        try {
            o = host.network().handshake(address, t.host(), t.port(), proxy, extra, CONNECT);
        } catch (IOException e) {
            String why = e instanceof SocketTimeoutException ? "no answer within " + CONNECT.toMillis() + " ms" : e.getMessage();
            if (proxy.isPresent()) {
                return outcome(Verdict.FAIL, "the proxy " + proxy.get() + " does not answer (" + why + ")",
                        "Check the proxy address in " + SiteProperties.HTTPS_PROXY.path() + " and that the hosts may reach it.",
                        List.of(SiteProperties.HTTPS_PROXY));
            }
            return outcome(Verdict.FAIL, t + " does not accept connections (" + why + ")", "Allow outbound TCP " + t.port()
                    + " from the hosts to " + t.host() + " on the site's firewall, or set a proxy in "
                    + SiteProperties.HTTPS_PROXY.path() + ".", List.of(SiteProperties.HTTPS_PROXY));
        }
        return judge(t, o, proxy, insecure);
    }

    private Outcome judge(Target t, TlsOutcome o, Optional<ProxyRoute> proxy, boolean insecure) {
        if (o.proxyCode() != 0) {
            evidence.add("proxy: CONNECT " + t + " -> " + (o.proxyStatus().isEmpty() ? "200" : o.proxyStatus()));
        }
        // 407 is the standard answer; some proxies (tinyproxy) answer 401 to credentials they reject
        if (o.proxyCode() == 407 || o.proxyCode() == 401) {
            boolean given = proxy.get().hasCredentials();
            return outcome(Verdict.FAIL, "the proxy " + (given ? "refused the credentials in its URL" : "asks for credentials"),
                    given ? "Correct the user and password in " + SiteProperties.HTTPS_PROXY.path() + "."
                            : "Give the proxy's user and password in its URL: " + SiteProperties.HTTPS_PROXY.path()
                                    + " as http://USER:PASSWORD@proxy:port.", List.of(SiteProperties.HTTPS_PROXY));
        }
        if (o.proxyCode() == 403) {
            return outcome(Verdict.FAIL, "the proxy forbids tunnels to " + t, "Allow CONNECT to " + t + " on the proxy,"
                    + " or add " + t.host() + " to " + SiteProperties.NO_PROXY.path() + " if the hosts may reach it directly.",
                    List.of(SiteProperties.NO_PROXY));
        }
        if (o.proxyCode() >= 500) {
            return outcome(Verdict.FAIL, "the proxy could not reach " + t + " (" + o.proxyStatus() + ")",
                    "The proxy itself cannot reach " + t.host() + ": check its DNS, routes and outbound firewall.", List.of());
        }
        if (o.proxyCode() != 0 && o.proxyCode() != 200) {
            return outcome(Verdict.FAIL, "the proxy answered " + o.proxyStatus(), "Check the proxy's configuration for"
                    + " CONNECT to " + t + ".", List.of(SiteProperties.HTTPS_PROXY));
        }
        if (!o.tls()) {
            evidence.add("TLS: " + o.problem());
            return outcome(Verdict.FAIL, t + " answered, but not with TLS: a captive portal or a filtering device",
                    "Something on the path answers in place of " + t.host() + ": sign in to the network's portal or"
                            + " exempt the hosts from it, and check the name in " + where() + ".", cited());
        }
        evidence.add("TLS: certificate for " + o.subject() + ", issued by " + o.issuer() + ", valid until " + o.notAfter());
        if (!o.trusted()) {
            evidence.add("not trusted: " + o.problem());
            String remedy = "The certificate comes from a CA the hosts do not trust: a TLS-intercepting proxy or a"
                    + " private CA. Add that CA's certificate to " + SiteProperties.CA_CERTS.path() + ".";
            return insecure ? outcome(Verdict.WARN, "untrusted certificate from " + o.issuer() + " (verification is"
                    + " turned off)", remedy, List.of(SiteProperties.CA_CERTS))
                    : outcome(Verdict.FAIL, "the certificate of " + t.host() + " is not trusted: issued by " + o.issuer(),
                            remedy, List.of(SiteProperties.CA_CERTS));
        }
        if (o.notAfter() != null && o.notAfter().isBefore(Instant.now().plus(EXPIRY_WARNING))) {
            return outcome(Verdict.WARN, "the certificate of " + t.host() + " expires " + o.notAfter(),
                    "Renew the server's certificate.", List.of());
        }
        return outcome(Verdict.PASS, t + ": TLS with a trusted certificate" + (proxy.isPresent() ? ", through the proxy" : ""),
                "", List.of());
    }

    /** The first address of a name, asked of every DNS server at once; a failure is thrown with its verdict. */
    private String resolve(Target t) throws Failed {
        if (t.literal()) {
            return t.host();
        }
        Nameservers ns = nameservers;
        if (ns.servers().isEmpty()) {
            throw new Failed(outcome(Verdict.FAIL, "no DNS server to ask for " + t.host(), "Set a DNS server in "
                    + SiteProperties.NAMESERVER.path() + ".", List.of(SiteProperties.NAMESERVER)));
        }
        Map<String, CompletableFuture<Object>> asked = new java.util.LinkedHashMap<>();
        for (String server : ns.servers()) {
            asked.put(server, CompletableFuture.supplyAsync(() -> {
                try {
                    return host.network().lookup(server, t.host(), DNS);
                } catch (IOException e) {
                    return e;
                }
            }));
        }
        Set<String> addresses = new LinkedHashSet<>();
        List<String> silent = new ArrayList<>();
        boolean unknown = false;
        for (Map.Entry<String, CompletableFuture<Object>> e : asked.entrySet()) {
            Object r = e.getValue().join();
            if (r instanceof List<?> l) {
                l.forEach(a -> addresses.add((String) a));
                evidence.add("DNS " + e.getKey() + " (" + ns.source() + "): " + t.host() + " -> " + (l.isEmpty() ? "no IPv4 address" : l));
            } else {
                IOException x = (IOException) r;
                unknown |= x instanceof UnknownHostException;
                if (x instanceof SocketTimeoutException) {
                    silent.add(e.getKey());
                }
                evidence.add("DNS " + e.getKey() + " (" + ns.source() + "): " + (x instanceof SocketTimeoutException
                        ? "no answer within " + DNS.toMillis() + " ms" : x.getMessage()));
            }
        }
        if (!silent.isEmpty()) {
            throw new Failed(outcome(Verdict.FAIL, "the DNS server " + String.join(", ", silent) + " does not answer",
                    "Every DNS server the hosts use must answer: fix or remove " + String.join(", ", silent) + " in "
                            + SiteProperties.NAMESERVER.path() + " (or the host's resolv.conf).",
                    List.of(SiteProperties.NAMESERVER)));
        }
        if (addresses.isEmpty()) {
            throw new Failed(outcome(Verdict.FAIL, t.host() + (unknown ? " does not exist in DNS" : " has no IPv4 address"),
                    "Check the spelling of " + where() + ", or set a DNS server that resolves it in "
                            + SiteProperties.NAMESERVER.path() + ".", name == null ? List.of(SiteProperties.NAMESERVER)
                            : List.of(name, SiteProperties.NAMESERVER)));
        }
        return addresses.iterator().next();
    }

    private String where() {
        return name == null ? "the registry's domain" : name.path();
    }

    private List<SitePath> cited() {
        return name == null ? List.of() : List.of(name);
    }

    private Outcome outcome(Verdict v, String summary, String remedy, List<SitePath> cited) {
        return new Outcome(v, summary, List.copyOf(evidence), remedy, cited);
    }

    /** A verdict reached before the handshake. */
    private static final class Failed extends Exception {
        final transient Outcome outcome;

        Failed(Outcome outcome) {
            super(outcome.summary(), null, false, false);
            this.outcome = outcome;
        }
    }
}
