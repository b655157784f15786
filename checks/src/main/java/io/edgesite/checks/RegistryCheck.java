package io.edgesite.checks;

import io.edgesite.model.Site;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The external registries the answers name ({@code stylus.registryCredentials} and
 * {@code stylus.externalRegistries}), each reached as the Palette endpoint is: DNS, proxy, TLS.
 */
final class RegistryCheck implements Check {
    public String id() {
        return "net.registries";
    }

    public String title() {
        return "External registries reachable";
    }

    public boolean appliesTo(Site site) {
        return !registries(site).isEmpty();
    }

    @Override
    public boolean usesNetwork() {
        return true;
    }

    @Override
    public Duration bound() {
        return EndpointProbe.BOUND;
    }

    /** One registry: its address, its own certificates, and whether TLS is left unverified. */
    record Registry(String domain, List<String> certificates, boolean insecure) {
    }

    @SuppressWarnings("unchecked")
    static List<Registry> registries(Site site) {
        List<Registry> out = new ArrayList<>();
        if (site.passthrough().at("stylus", "registryCredentials") instanceof Map<?, ?> one) {
            add(out, (Map<String, Object>) one);
        }
        if (site.passthrough().at("stylus", "externalRegistries", "registries") instanceof List<?> many) {
            for (Object r : many) {
                if (r instanceof Map<?, ?> m) {
                    add(out, (Map<String, Object>) m);
                }
            }
        }
        return out;
    }

    private static void add(List<Registry> out, Map<String, Object> m) {
        if (m.get("domain") instanceof String d && !d.isBlank()) {
            List<String> certs = new ArrayList<>();
            if (m.get("certificates") instanceof List<?> l) {
                l.forEach(c -> certs.add(String.valueOf(c)));
            }
            out.add(new Registry(d, certs, "true".equals(String.valueOf(m.get("insecure")))));
        }
    }

    public CheckResult run(HostAccess host, Site site) {
        List<Registry> registries = registries(site);
        List<CompletableFuture<EndpointProbe.Outcome>> runs = new ArrayList<>();
        for (Registry r : registries) {
            List<String> pems = new ArrayList<>(site.registration().caCerts());
            pems.addAll(r.certificates());
            List<X509Certificate> trust = Certificates.of(pems);
            runs.add(CompletableFuture.supplyAsync(() -> new EndpointProbe(host, site, null)
                    .probe(r.domain(), trust, r.insecure())));
        }
        List<String> evidence = new ArrayList<>();
        EndpointProbe.Outcome worst = null;
        for (int i = 0; i < runs.size(); i++) {
            EndpointProbe.Outcome o = runs.get(i).join();
            String domain = registries.get(i).domain();
            evidence.add(domain + ": " + o.verdict().word() + ", " + o.summary());
            o.evidence().forEach(e -> evidence.add("  " + e));
            if (worst == null || o.verdict().severity() > worst.verdict().severity()) {
                worst = o;
            }
        }
        return result(worst.verdict(), worst.summary(), evidence, worst.remedy(),
                worst.cited().toArray(io.edgesite.properties.SitePath[]::new));
    }
}
