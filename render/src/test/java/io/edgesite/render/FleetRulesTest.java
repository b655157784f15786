package io.edgesite.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgesite.validators.fleet.FleetFinding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each rule across hosts and sites, with an inventory that breaks it: the finding names the site and host, the
 * answers path and the line of the inventory where the value stands.
 */
class FleetRulesTest {
    /** Registration, users and a cluster every site shares; sites supply what the case is about. */
    static final String SHARED = """
            answers:
              registration: {edgeHostToken: dG9rZW4tbm90LXJlYWw, projectName: shops}
              host:
                users: [{name: kairos, password: kairos-pw}]
            profile: {name: shop-edge}
            sites:
            """;

    static List<String> lint(String sites) {
        Inventory inv = Inventory.readYaml(SHARED + sites);
        assertThat(inv.problems()).as("the inventory itself is sound").isEmpty();
        return Fleet.check(inv).findings().stream().filter(f -> f.finding().severity().compareTo(
                io.edgesite.validators.Severity.NOTE) != 0).map(f -> f.finding().line() + ": " + f).toList();
    }

    static String host(String name, String address) {
        return "      - name: " + name + "\n        answers:\n          network:\n            nics: [{name: eth0,"
                + " addressing: static, address: " + address + ", gateway: " + gateway(address) + "}]\n";
    }

    static String gateway(String address) {
        return address.substring(0, address.lastIndexOf('.')) + ".1";
    }

    static String site(String name, String cluster, String... hosts) {
        return "  - name: " + name + "\n    answers:\n      cluster: " + cluster + "\n    hosts:\n" + String.join("", hosts);
    }

    static String vip(int nodes, String vip) {
        return "{distribution: k3s, cni: flannel, nodes: " + nodes + ", vip: " + vip + "}";
    }

    static String overlay(int nodes, String cidr) {
        return "{distribution: k3s, cni: flannel, nodes: " + nodes + ", overlay: {enabled: true, cidr: " + cidr + "}}";
    }

    @Test
    void aSoundFleetHasNothingToSay() {
        assertThat(lint(site("s1", vip(2, "10.1.0.100"), host("s1-a", "10.1.0.11/24"), host("s1-b", "10.1.0.12/24"))
                + site("s2", overlay(1, "100.64.192.0/23"), host("s2-a", "10.2.0.11/24")))).isEmpty();
    }

    @Test
    void twoHostsWithOneHostIdAnywhereInTheInventory() {
        String sites = site("s1", vip(1, "10.1.0.100"), host("s1-a", "10.1.0.11/24"))
                + site("s2", vip(1, "10.2.0.100"), host("s2-a", "10.2.0.11/24")
                        .replace("        answers:\n", "        answers:\n          registration: {hostId: s1-a}\n"));
        assertThat(lint(sites)).containsExactly("21: s2/s2-a: registration.hostId: error: the edge host ID \"s1-a\" is"
                + " s1/s1-a's too: each host needs its own [fleet.host-id.duplicate]");
    }

    @Test
    void twoHostsWithOneMacAnywhereInTheInventory() {
        String sites = site("s1", vip(1, "10.1.0.100"), host("s1-a", "10.1.0.11/24")
                        .replace("        answers:\n", "        mac: 52:54:00:AB:00:01\n        answers:\n"))
                + site("s2", vip(1, "10.2.0.100"), host("s2-a", "10.2.0.11/24")
                        .replace("        answers:\n", "        macs: [52:54:00:ab:00:02, 52-54-00-ab-00-01]\n        answers:\n"));
        assertThat(lint(sites)).containsExactly("20: s2/s2-a: mac: error: the MAC 52:54:00:ab:00:01 is s1/s1-a's too:"
                + " the wizard could not tell the two apart [fleet.mac.duplicate]");
    }

    @Test
    void randomHostIdsAreNoDuplicatesButLeaveNoMainTf() {
        // $random, given once for the fleet: each host draws its own ID, which Terraform cannot name beforehand
        String inventory = SHARED.replace("projectName: shops}", "projectName: shops, hostId: $random}")
                + site("s1", vip(2, "10.1.0.100"), host("s1-a", "10.1.0.11/24"), host("s1-b", "10.1.0.12/24"));
        Fleet.Checked checked = Fleet.check(Inventory.readYaml(inventory));
        assertThat(checked.findings()).noneSatisfy(f -> assertThat(f.finding().rule()).isEqualTo("fleet.host-id.duplicate"));
        assertThat(checked.findings()).anySatisfy(f -> {
            assertThat(f.finding().rule()).isEqualTo("fleet.terraform.none");
            assertThat(f.finding().message()).contains("$random");
        });
        Inventory.SiteEntry site = checked.inventory().sites().get(0);
        assertThat(FleetFiles.of(site, checked.bySite().get("s1"), java.nio.file.Path.of("/out"), false, CidataIso.DEFAULT_DATE))
                .containsKey(java.nio.file.Path.of("/out/s1/cluster.json")).doesNotContainKey(java.nio.file.Path.of("/out/s1/main.tf"));
    }

    @Test
    void aProjectGivenByUidAloneLeavesNoMainTf() {
        String inventory = SHARED.replace("projectName: shops}", "projectUid: 5f3c1d2e8a9b7c6d5e4f3a2b}")
                + site("s1", vip(1, "10.1.0.100"), host("s1-a", "10.1.0.11/24"));
        Fleet.Checked checked = Fleet.check(Inventory.readYaml(inventory));
        assertThat(checked.findings()).anySatisfy(f -> {
            assertThat(f.finding().rule()).isEqualTo("fleet.terraform.none");
            assertThat(f.finding().message()).contains("registration.projectName");
        });
    }

    @Test
    void twoHostsWithOneHostNameAnywhereInTheInventory() {
        String sites = site("s1", vip(1, "10.1.0.100"), host("s1-a", "10.1.0.11/24"))
                + site("s2", vip(1, "10.2.0.100"), host("s2-a", "10.2.0.11/24")
                        .replace("        answers:\n", "        answers:\n          host: {hostname: S1-A}\n"));
        assertThat(lint(sites)).containsExactly("21: s2/s2-a: host.hostname: error: the host name \"s1-a\" is s1/s1-a's"
                + " too: each host needs its own [fleet.hostname.duplicate]");
    }

    @Test
    void oneAddressTwiceInASiteIsAnErrorAndAcrossSitesAWarning() {
        String sites = site("s1", vip(2, "10.1.0.100"), host("s1-a", "10.1.0.11/24"), host("s1-b", "10.1.0.11/24"))
                + site("s2", vip(1, "10.1.0.200"), host("s2-a", "10.1.0.11/24"));
        assertThat(lint(sites)).containsExactlyInAnyOrder(
                "18: s1/s1-b: network.nics[0].address: error: the address 10.1.0.11 is also s1/s1-a (eth0)'s: each host"
                        + " needs its own [fleet.address.duplicate]",
                "26: s2/s2-a: network.nics[0].address: warning: the address 10.1.0.11 is also s1/s1-a (eth0)'s at another"
                        + " site; fine only while the two sites do not share a network [fleet.address.other-site]");
    }

    @Test
    void twoHostsOfASiteOnAnAddressAnotherSiteUsedFirstAreStillAnError() {
        // chains reuse one LAN plan: s1 first, then s2 gives two of its hosts that same address
        String sites = site("s1", vip(1, "10.1.0.100"), host("s1-a", "10.1.0.11/24"))
                + site("s2", vip(2, "10.1.0.200"), host("s2-a", "10.1.0.11/24"), host("s2-b", "10.1.0.11/24"));
        assertThat(lint(sites)).contains(
                "26: s2/s2-b: network.nics[0].address: error: the address 10.1.0.11 is also s2/s2-a (eth0)'s: each host"
                        + " needs its own [fleet.address.duplicate]");
    }

    @Test
    void aVipThatIsAHostsAddressInItsSiteOrAnother() {
        String sites = site("s1", vip(2, "10.1.0.12"), host("s1-a", "10.1.0.11/24"), host("s1-b", "10.1.0.12/24"))
                + site("s2", vip(1, "10.1.0.11"), host("s2-a", "10.1.0.21/24"));
        assertThat(lint(sites)).contains(
                "9: s1/s1-b: cluster.vip: error: 10.1.0.12 is the address of eth0; the VIP must be an unused address [vip.is-host-address]",
                "21: s2: cluster.vip: warning: the VIP 10.1.0.11 is the address of s1/s1-a; fine only while the two sites"
                        + " do not share a network [fleet.vip.other-site]");
    }

    @Test
    void aVipOutsideTheSitesHostSubnet() {
        assertThat(lint(site("s1", vip(1, "10.9.0.100"), host("s1-a", "10.1.0.11/24"))))
                .singleElement().asString().startsWith("9: s1/s1-a: cluster.vip: error: 10.9.0.100 is not inside any host subnet (10.1.0.0/24)").contains("[vip.outside-subnet]");
    }

    @Test
    void overlayHostsOnTwoSubnetsCannotShareTheOverlay() {
        String sites = site("s1", overlay(3, "100.64.192.0/23"), host("s1-a", "10.1.0.11/24"),
                host("s1-b", "10.1.0.12/24"), host("s1-c", "10.1.1.13/24"));
        assertThat(lint(sites)).containsExactly("22: s1/s1-c: network.nics[0].address: error: the overlay needs the"
                + " cluster's hosts on one Layer-2 segment: this host is on 10.1.1.0/24, s1-a on 10.1.0.0/24"
                + " [fleet.overlay.segments]");
    }

    @Test
    void theNodeCountAgainstTheHostsListed() {
        assertThat(lint(site("s1", vip(3, "10.1.0.100"), host("s1-a", "10.1.0.11/24"), host("s1-b", "10.1.0.12/24"))))
                .containsExactly("9: s1: cluster.nodes: error: the cluster has 3 nodes but the site lists 2 hosts"
                        + " [fleet.nodes.count]");
    }

    @Test
    void anOverlayRangeOverAnotherSitesHosts() {
        String sites = site("s1", overlay(1, "10.2.0.0/23"), host("s1-a", "10.1.0.11/24"))
                + site("s2", vip(1, "10.2.0.100"), host("s2-a", "10.2.0.11/24"));
        assertThat(lint(sites)).contains("9: s1: cluster.overlay.cidr: warning: the overlay range 10.2.0.0/23 overlaps"
                + " s2's host subnet 10.2.0.0/24; if the sites share a WAN, the cluster cannot reach those hosts"
                + " [fleet.overlay.other-site]");
    }

    @Test
    void hostsOfOneSiteThatDisagreeOnTheCluster() {
        String sites = site("s1", vip(2, "10.1.0.100"), host("s1-a", "10.1.0.11/24"), host("s1-b", "10.1.0.12/24")
                .replace("        answers:\n", "        answers:\n          cluster: {vip: 10.1.0.101}\n"));
        assertThat(lint(sites)).containsExactly("17: s1/s1-b: cluster.vip: error: differs from s1-a's: the hosts of a site"
                + " form one cluster, so its settings belong in the site's answers [fleet.cluster.differs]");
    }

    @Test
    void findingsEveryHostHasAlikeAreSaidOnceOfTheSite() {
        List<FleetFinding> all = Fleet.check(Inventory.readYaml(SHARED + site("s1", overlay(2, "100.64.192.0/23"),
                host("s1-a", "10.1.0.11/24"), host("s1-b", "10.1.0.12/24")))).findings();
        assertThat(all.stream().filter(f -> f.finding().rule().equals("overlay.vip")).toList())
                .singleElement().satisfies(f -> assertThat(f.subject()).isEqualTo("s1"));
        assertThat(all.stream().filter(f -> f.finding().rule().equals("overlay.static-ip")).map(FleetFinding::subject))
                .containsExactly("s1/s1-a", "s1/s1-b");
    }
}
