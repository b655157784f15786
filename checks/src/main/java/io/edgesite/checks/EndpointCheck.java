package io.edgesite.checks;

import io.edgesite.model.ManagementMode;
import io.edgesite.model.Site;
import io.edgesite.properties.SiteProperties;
import java.time.Duration;

/** Central management: the Palette endpoint reachable over HTTPS, through the proxy if one applies, with a trusted certificate. */
final class EndpointCheck implements Check {
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
    public boolean usesNetwork() {
        return true;
    }

    @Override
    public Duration bound() {
        return EndpointProbe.BOUND;
    }

    public CheckResult run(HostAccess host, Site site) {
        EndpointProbe.Outcome o = new EndpointProbe(host, site, SiteProperties.ENDPOINT).probe(
                site.registration().paletteEndpoint(), Certificates.of(site.registration().caCerts()),
                site.registration().insecureSkipVerify());
        return result(o.verdict(), o.summary(), o.evidence(), o.remedy(),
                o.cited().toArray(io.edgesite.properties.SitePath[]::new));
    }
}
