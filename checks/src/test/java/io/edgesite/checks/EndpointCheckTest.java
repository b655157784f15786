package io.edgesite.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgesite.model.Site;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The endpoint check's verdicts from scripted DNS, proxy and TLS answers (real servers: CheckScenariosIT). */
class EndpointCheckTest {
    @TempDir
    Path dir;

    static final Instant NEXT_YEAR = Instant.now().plus(365, ChronoUnit.DAYS);
    static final TlsOutcome TRUSTED = new TlsOutcome(0, "", true, true, "CN=api.spectrocloud.com", "CN=Amazon RSA 2048 M02",
            NEXT_YEAR, "");

    HostFixture host() {
        HostFixture h = new HostFixture(dir).file("/etc/resolv.conf", "nameserver 10.99.0.53\n");
        h.network.dns.put("api.spectrocloud.com", List.of("3.5.7.9"));
        return h;
    }

    CheckResult run(HostFixture h, Site site) {
        return new EndpointCheck().run(h.access(), site);
    }

    @Test
    void aTrustedHandshakePassesAndEachDnsServerIsAskedDirectly() {
        HostFixture h = host();
        h.network.tls = TRUSTED;
        CheckResult r = run(h, Sites.base());
        assertThat(r.verdict()).as(r.toString()).isEqualTo(Verdict.PASS);
        assertThat(h.network.asked).containsExactly("dns 10.99.0.53 api.spectrocloud.com",
                "tls 3.5.7.9 api.spectrocloud.com:443 trusting 0");
        assertThat(r.evidence()).contains("DNS 10.99.0.53 (/etc/resolv.conf): api.spectrocloud.com -> [3.5.7.9]");
    }

    @Test
    void theAnswersNameserversWinOverResolvConfAndASilentOneFailsByName() {
        HostFixture h = host();
        h.network.silentDns.add("10.99.0.54");
        CheckResult r = run(h, Sites.nameserver(Sites.base(), "10.99.0.54"));
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.summary()).isEqualTo("the DNS server 10.99.0.54 does not answer");
        assertThat(r.settings()).containsExactly("network.nameserver");
        assertThat(h.network.asked).containsExactly("dns 10.99.0.54 api.spectrocloud.com");
    }

    @Test
    void aNameThatDoesNotExistNamesTheSetting() {
        HostFixture h = host();
        CheckResult r = run(h, Sites.endpoint(Sites.base(), "api.spectrocloud.invalid", false));
        assertThat(r.summary()).isEqualTo("api.spectrocloud.invalid does not exist in DNS");
        assertThat(r.settings()).containsExactly("registration.paletteEndpoint", "network.nameserver");
    }

    @Test
    void anEndpointWithAPortIsAskedForItsNameAndReachedOnItsPort() {
        HostFixture h = host();
        h.network.tls = TRUSTED;
        CheckResult r = run(h, Sites.endpoint(Sites.base(), "api.spectrocloud.com:8443", false));
        assertThat(r.verdict()).isEqualTo(Verdict.PASS);
        assertThat(h.network.asked).contains("tls 3.5.7.9 api.spectrocloud.com:8443 trusting 0");
    }

    @Test
    void aCaptivePortalThatAnswersInPlainTextFails() {
        HostFixture h = host();
        h.network.tls = TlsOutcome.notTls(0, "Unsupported or unrecognized SSL message");
        CheckResult r = run(h, Sites.base());
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.summary()).isEqualTo("api.spectrocloud.com:443 answered, but not with TLS: a captive portal or a"
                + " filtering device");
    }

    @Test
    void anUntrustedCertificateNamesItsIssuerAndSkipVerifyMakesItAWarning() {
        HostFixture h = host();
        h.network.tls = new TlsOutcome(0, "", true, false, "CN=api.spectrocloud.com", "CN=Shop Firewall CA", NEXT_YEAR,
                "PKIX path building failed");
        CheckResult r = run(h, Sites.base());
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.summary()).isEqualTo("the certificate of api.spectrocloud.com is not trusted: issued by CN=Shop Firewall CA");
        assertThat(r.settings()).containsExactly("registration.caCerts");
        assertThat(run(h, Sites.endpoint(Sites.base(), "api.spectrocloud.com", true)).verdict()).isEqualTo(Verdict.WARN);
    }

    @Test
    void theProxysAnswersAreToldApartAndItsCredentialsAreSentButNeverShown() {
        HostFixture h = host();
        h.network.dns.put("proxy.shop", List.of("10.99.0.8"));
        Site site = Sites.proxy(Sites.base(), "http://shop:s3cr%40t@proxy.shop:8080");
        h.network.tls = TlsOutcome.proxyRefused(407, "HTTP/1.1 407 Proxy Authentication Required");
        CheckResult r = run(h, site);
        assertThat(r.summary()).isEqualTo("the proxy refused the credentials in its URL");
        // Basic base64("shop:s3cr@t")
        assertThat(h.network.asked).contains("tls api.spectrocloud.com api.spectrocloud.com:443 via http://****@10.99.0.8:8080"
                + " Basic c2hvcDpzM2NyQHQ= trusting 0");
        assertThat(r.toString()).doesNotContain("s3cr");
        assertThat(run(h, Sites.proxy(Sites.base(), "http://proxy.shop:8080")).summary()).isEqualTo("the proxy asks for credentials");
        h.network.tls = TlsOutcome.proxyRefused(403, "HTTP/1.1 403 Forbidden");
        assertThat(run(h, site).summary()).isEqualTo("the proxy forbids tunnels to api.spectrocloud.com:443");
        h.network.tls = TlsOutcome.proxyRefused(502, "HTTP/1.1 502 Bad Gateway");
        assertThat(run(h, site).summary()).isEqualTo("the proxy could not reach api.spectrocloud.com:443 (HTTP/1.1 502 Bad Gateway)");
        h.network.tls = new TlsOutcome(200, "", true, true, "CN=api", "CN=CA", NEXT_YEAR, "");
        assertThat(run(h, site).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void noProxyIsReadAsGoReadsIt() {
        HostFixture h = host();
        h.network.tls = TRUSTED;
        CheckResult direct = run(h, Sites.proxy(Sites.base(), "http://proxy.shop:8080", ".spectrocloud.com"));
        assertThat(direct.evidence()).contains("noProxy matches api.spectrocloud.com: direct, not through http://proxy.shop:8080");
        assertThat(h.network.asked).contains("tls 3.5.7.9 api.spectrocloud.com:443 trusting 0");
    }

    @Test
    void aRefusedConnectionFailsWithTheFirewallRemedy() {
        HostFixture h = host();
        CheckResult r = run(h, Sites.base());
        assertThat(r.summary()).isEqualTo("api.spectrocloud.com:443 does not accept connections (Connection refused)");
        assertThat(r.remedy()).contains("Allow outbound TCP 443");
    }

    @Test
    void registriesInTheAnswersAreCheckedTheSameWay() {
        HostFixture h = host();
        h.network.dns.put("registry.shop", List.of("10.99.0.9"));
        h.network.tls = TRUSTED;
        Site site = Sites.base().withPassthrough(new io.edgesite.model.Passthrough(java.util.Map.of("stylus",
                java.util.Map.of("externalRegistries", java.util.Map.of("registries", List.of(
                        java.util.Map.of("domain", "registry.shop:5000/edge", "insecure", true)))))));
        RegistryCheck check = new RegistryCheck();
        assertThat(check.appliesTo(site)).isTrue();
        assertThat(check.appliesTo(Sites.base())).isFalse();
        CheckResult r = check.run(h.access(), site);
        assertThat(r.verdict()).isEqualTo(Verdict.PASS);
        assertThat(h.network.asked).contains("tls 10.99.0.9 registry.shop:5000 trusting 0");
    }
}
