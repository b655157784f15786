package io.edgesite.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Against the routes and addresses captured in a network namespace (10.99.0.3/24, default via 10.99.0.1). */
class CidrClashCheckTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "pod {0}, service {1}, overlay {2} -> {3}")
    @CsvSource({
        "192.168.0.0/16, 192.169.0.0/16, false, PASS, ''",
        "172.30.0.0/16,  10.99.0.0/16,   false, FAIL, service CIDR 10.99.0.0/16 overlaps the route 10.99.0.0/24 dev veth3",
        "10.99.0.0/28,   192.169.0.0/16, false, FAIL, pod CIDR 10.99.0.0/28 overlaps the route 10.99.0.0/24 dev veth3",
        "192.168.0.0/16, 192.169.0.0/16, true,  PASS, ''",
    })
    void rangesAgainstTheKernelsRoutes(String pod, String service, boolean overlay, Verdict verdict, String summary) {
        HostFixture h = new HostFixture(dir).file("/proc/net/route", HostFixture.captured("proc-net-route.txt"))
                .file("/proc/net/fib_trie", HostFixture.captured("proc-net-fib_trie.txt"));
        var site = Sites.cidrs(overlay ? Sites.overlay(Sites.base(), 3) : Sites.base(), pod, service);
        CheckResult r = new CidrClashCheck().run(h.access(), site);
        assertThat(r.verdict()).as(r.toString()).isEqualTo(verdict);
        if (!summary.isEmpty()) {
            assertThat(r.summary()).isEqualTo(summary);
        }
        assertThat(r.evidence().get(1)).isEqualTo(
                "routes (main table only, /proc/net/route: ip is missing): 0.0.0.0/0 via 10.99.0.1 dev veth3;"
                        + " 10.99.0.0/24 dev veth3");
    }

    @org.junit.jupiter.api.Test
    void aRouteInAnotherTableClashesToo() {
        HostFixture h = new HostFixture(dir).file("/proc/net/fib_trie", HostFixture.captured("proc-net-fib_trie.txt"))
                .command("[{\"dst\":\"192.168.50.0/24\",\"dev\":\"wg0\",\"table\":\"100\",\"flags\":[]},"
                        + "{\"dst\":\"10.99.0.0/24\",\"dev\":\"veth3\",\"flags\":[]}]",
                        "ip", "-4", "-j", "route", "show", "table", "all");
        CheckResult r = new CidrClashCheck().run(h.access(), Sites.base());
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.summary()).isEqualTo("pod CIDR 192.168.0.0/16 overlaps the route 192.168.50.0/24 dev wg0 table 100");
    }

    @org.junit.jupiter.api.Test
    void anOverlayRangeHoldingAHostAddressFails() {
        HostFixture h = new HostFixture(dir).file("/proc/net/fib_trie", HostFixture.captured("proc-net-fib_trie.txt"));
        var site = Sites.overlay(Sites.base(), 3);
        site = site.withCluster(new io.edgesite.model.Cluster(site.cluster().distribution(), site.cluster().kubernetesVersion(),
                3, site.cluster().cni(), site.cluster().podCidr(), site.cluster().serviceCidr(), true, "", "10.99.0.0/23"));
        CheckResult r = new CidrClashCheck().run(h.access(), site);
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.summary()).isEqualTo("overlay CIDR 10.99.0.0/23 holds this host's address 10.99.0.3");
    }

    @org.junit.jupiter.api.Test
    void unreadableRoutesMeanTheCheckCouldNotRun() {
        assertThat(new CidrClashCheck().run(new HostFixture(dir).access(), Sites.base()).verdict())
                .isEqualTo(Verdict.COULD_NOT_RUN);
    }
}
