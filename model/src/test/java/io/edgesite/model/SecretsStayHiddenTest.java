package io.edgesite.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A canary in every field that may hold a secret: no record's text shows it, the whole site's included. */
class SecretsStayHiddenTest {
    static final String CANARY = "Canary-7f3a9";

    static Site siteWithCanaries() {
        Registration r = new Registration(ManagementMode.CENTRAL, RegistrationMode.AUTO, "api.example.com",
                Secret.of(CANARY + "-token"), "Default", "", "edge-1", Map.of("site", "north"), "", false, List.of(), "");
        User u = new User("kairos", Secret.of(CANARY + "-password"), List.of("sudo"), List.of("ssh-ed25519 AAAA k@h"));
        Host h = new Host("edge-1", DeploymentMode.APPLIANCE, List.of(u), Host.DEFAULT_USERS_STEP, List.of());
        Proxy p = new Proxy("http://proxyuser:" + CANARY + "-http@proxy:3128",
                "http://proxyuser:" + CANARY + "-p@ss@proxy:3128", List.of("10.0.0.0/8"));
        Network n = new Network(List.of(new Nic("eth0", IpConfig.dhcp(), false)), List.of(), List.of(), List.of(), "", p);
        Passthrough kept = new Passthrough(Map.of("stylus", Map.of("registryCredentials",
                Map.of("password", CANARY + "-registry")), "stages", Map.of("boot", List.of(Map.of("commands",
                        List.of("echo " + CANARY + "-command"))))));
        return new Site(r, h, n, Cluster.defaults(), InstallOptions.none(), kept);
    }

    @Test
    void noRecordHoldingASecretShowsIt() {
        Site site = siteWithCanaries();
        for (Object record : List.of(site, site.registration(), site.registration().edgeHostToken(), site.host(),
                site.host().users().get(0), site.host().users().get(0).password(), site.network(), site.network().proxy(),
                site.passthrough())) {
            assertThat(record.toString()).as(record.getClass().getSimpleName()).doesNotContain(CANARY);
        }
    }

    @Test
    void theCanariesAreThereForTheRendererToReveal() {
        Site site = siteWithCanaries();
        assertThat(site.registration().edgeHostToken().reveal()).startsWith(CANARY);
        assertThat(site.host().users().get(0).password().reveal()).startsWith(CANARY);
        assertThat(site.network().proxy().httpsProxy()).contains(CANARY);
        assertThat(site.passthrough().at("stylus", "registryCredentials", "password")).isEqualTo(CANARY + "-registry");
    }

    @Test
    void aMaskedProxyUrlKeepsWhereItGoes() {
        assertThat(Proxy.masked("http://u:" + CANARY + "@proxy.example.com:3128/")).isEqualTo("http://****@proxy.example.com:3128/");
        // an @ inside the password must not leave its tail behind
        assertThat(Proxy.masked("http://u:pa@ss@proxy:3128")).isEqualTo("http://****@proxy:3128");
        assertThat(Proxy.masked("u:secret@proxy:3128")).isEqualTo("****@proxy:3128");
        assertThat(Proxy.masked("http://proxy:3128/a@b")).isEqualTo("http://proxy:3128/a@b");
        assertThat(Secret.of("").toString()).isEqualTo("(not set)");
    }
}
