package io.edgesite.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgesite.validators.fleet.FleetFinding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Inventories as an operator writes them: the merge, the defaults a host's name gives, and every mistake placed. */
class InventoryTest {
    static final Path FLEET = Path.of("../examples/fleet");

    static String text(Inventory inventory) {
        return String.join("\n", inventory.problems().stream().map(f -> line(f)).toList());
    }

    static String line(FleetFinding f) {
        return f.finding().line() + ":" + f.finding().column() + ": " + f;
    }

    @Test
    void mapsMergeAtEveryDepthListsAreReplacedAndTheHostsNameIsItsHostNameAndId() {
        Inventory inv = Inventory.readYaml("""
                answers:
                  registration: {projectName: shops, tags: {chain: northwind}}
                  network:
                    nics: [{name: eth0, addressing: dhcp}, {name: eth1, addressing: dhcp}]
                sites:
                  - name: s1
                    answers:
                      registration: {tags: {store: "7"}}
                    hosts:
                      - name: s1-a
                        answers:
                          network:
                            nics: [{name: enp1s0, addressing: static, address: 10.0.0.5/24}]
                      - name: s1-b
                        answers:
                          host: {hostname: till-2}
                          registration: {hostId: till-2-id, tags: {store: "8"}}
                """);
        assertThat(inv.problems()).isEmpty();
        Map<String, Object> a = inv.sites().get(0).hosts().get(0).answers();
        assertThat(a).extractingByKey("registration").isEqualTo(Map.of("projectName", "shops", "hostId", "s1-a",
                "tags", Map.of("chain", "northwind", "store", "7")));
        assertThat(a).extractingByKey("network").isEqualTo(Map.of("nics",
                List.of(Map.of("name", "enp1s0", "addressing", "static", "address", "10.0.0.5/24"))));
        assertThat(a).extractingByKey("host").isEqualTo(Map.of("hostname", "s1-a"));
        Map<String, Object> b = inv.sites().get(0).hosts().get(1).answers();
        assertThat(b).extractingByKey("host").isEqualTo(Map.of("hostname", "till-2"));
        assertThat(b).extractingByKey("registration").isEqualTo(Map.of("projectName", "shops", "hostId", "till-2-id",
                "tags", Map.of("chain", "northwind", "store", "8")));
        assertThat((List<?>) ((Map<?, ?>) b.get("network")).get("nics")).hasSize(2);
    }

    @Test
    void theYamlAndCsvFormsOfTheExampleWriteTheSameFiles() throws Exception {
        Map<String, String> yaml = files(Inventory.read(FLEET.resolve("inventory.yaml")));
        Map<String, String> csv = files(Inventory.read(FLEET.resolve("inventory.csv")));
        assertThat(yaml).hasSize(12).isEqualTo(csv);
    }

    static Map<String, String> files(Inventory inventory) {
        assertThat(inventory.problems()).isEmpty();
        Fleet.Checked checked = Fleet.check(inventory);
        assertThat(checked.hasErrors()).as(checked.findings().toString()).isFalse();
        Path root = Path.of("/fleet");
        Map<String, String> out = new TreeMap<>();
        for (Inventory.SiteEntry s : inventory.sites()) {
            FleetFiles.of(s, checked.bySite().get(s.name()), root, false, CidataIso.DEFAULT_DATE).forEach((p, bytes) ->
                    out.put(root.relativize(p).toString(), new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
        }
        return out;
    }

    @Test
    void everyMistakeInTheYamlIsPlacedOnItsLine() {
        Inventory inv = Inventory.readYaml("""
                version: 1
                sites:
                  - name: shop/1
                    hosts:
                      - name: a
                  - name: s2
                    profile: {name: p, id: "1", context: region}
                    hosts:
                      - name: a
                        mac: 52:54:00:zz:00:01
                        color: red
                      - name: A
                  - name: s3
                """);
        assertThat(text(inv)).contains(
                "3:11: sites[0].name: error: \"shop/1\" cannot name a folder",
                "7:14: sites[1].profile: error: give the profile's name or its id, not both [inventory.profile]",
                "7:42: sites[1].profile.context: error: the context is one of project, tenant, system [inventory.profile]",
                "10:14: sites[1].hosts[0].mac: error: \"52:54:00:zz:00:01\" is not a MAC address like 52:54:00:12:34:56",
                "11:9: sites[1].hosts[0].color: error: unknown key; see docs/inventory.md [inventory.unknown-key]",
                "12:15: sites[1].hosts[1].name: error: another host of the site has this name [inventory.host.duplicate]",
                "13:5: sites[2].hosts: error: list the site's hosts [inventory.hosts]");
        assertThat(inv.readable()).isFalse();
    }

    @Test
    void notYamlAtAllIsOneProblemAtItsLine() {
        Inventory inv = Inventory.readYaml("sites:\n  - name: [unclosed\n");
        assertThat(inv.problems()).singleElement().satisfies(f -> {
            assertThat(f.finding().rule()).isEqualTo("inventory.syntax");
            assertThat(f.finding().line()).isPositive();
        });
    }

    @Test
    void everyMistakeInTheCsvNamesItsRowAndColumn() {
        Inventory inv = Inventory.readCsv("""
                site,host,mac,cluster.nodes,cluster.overlay.enabled,network.nics[0].adress,registration.tags
                s1,a,52:54:00:00:00:01,three,yes,,k
                s1,a,,,,,
                s1,bad name,,,,,
                s1,b,,1,false,,,extra
                """);
        assertThat(text(inv)).contains(
                "1:6: network.nics[0].adress: error: not a column of an inventory",
                "2:4: cluster.nodes: error: give a whole number",
                "2:5: cluster.overlay.enabled: error: write true or false [form.toggle]",
                "2:7: registration.tags: error: write tags as key=value",
                "3:2: host: error: another row has this site and host [inventory.host.duplicate]",
                "4:2: host: error: this cannot name a folder",
                "5:8: (row): error: more cells than the header has columns [inventory.csv.row]");
    }

    @Test
    void aSpreadsheetsCsvIsReadAsItIsWritten() {
        // TRUE and False as spreadsheets export them; a row whose first cell starts with # is a row (here a bad
        // name, said so), not a comment skipped in silence; one site spelled in two cases is refused, not made
        // two clusters
        Inventory inv = Inventory.readCsv("""
                site,host,cluster.overlay.enabled,install.poweroff
                shop,a,TRUE,False
                #shop,x,,
                Store,b,,
                store,c,,
                """);
        assertThat(inv.sites()).extracting(Inventory.SiteEntry::name).containsExactly("shop", "Store");
        assertThat(inv.sites().get(0).hosts().get(0).answers()).extracting("cluster", "install").asString()
                .contains("enabled=true", "poweroff=false");
        assertThat(text(inv)).contains("3:1: site: error: this cannot name a folder",
                "5:1: site: error: \"store\" and \"Store\" differ only in case");
        assertThat(text(Inventory.readCsv("site,host\n"))).contains("1:1: (file): error: list the hosts, one row each");
    }

    @Test
    void aCsvWithoutSiteAndHostColumnsSaysSo() {
        Inventory inv = Inventory.readCsv("name,cluster.nodes\ns1,1\n");
        assertThat(text(inv)).contains("1:1: (header): error: the columns site and host name each row's site and host");
        assertThat(inv.sites()).isEmpty();
    }

    @Test
    void aHostsFindingStandsWhereItsValueIsWrittenHostSiteOrInventory() {
        Inventory inv = Inventory.readYaml("""
                answers:
                  cluster: {nodes: 1, vip: 10.0.0.300}
                sites:
                  - name: s1
                    answers:
                      network:
                        nics: [{name: eth0, addressing: static, address: 10.0.0.5/24}]
                    hosts:
                      - name: s1-a
                        answers:
                          host: {ntpServers: ["bad host!"]}
                """);
        Fleet.Checked c = Fleet.check(inv);
        assertThat(c.findings().stream().map(InventoryTest::line).toList()).anySatisfy(l -> assertThat(l)
                .startsWith("2:28: s1/s1-a: cluster.vip: error:"))
                .anySatisfy(l -> assertThat(l).startsWith("11:31: s1/s1-a: host.ntpServers[0]: error:"));
    }

    @Test
    void macsAreReadInAnySpellingAndKeptAsIpLinkPrintsThem() throws Exception {
        Inventory inv = Inventory.readYaml("sites:\n  - name: s\n    hosts:\n      - name: h\n"
                + "        macs: [52-54-00-AB-CD-EF, 5254.00ab.cd00]\n");
        assertThat(inv.problems()).isEmpty();
        assertThat(inv.sites().get(0).hosts().get(0).macs()).containsExactly("52:54:00:ab:cd:ef", "52:54:00:ab:cd:00");
        assertThat(InventoryMatch.find(inv, Map.of("52:54:00:AB:CD:00", "eno2"), "").reason()).isEqualTo("MAC of eno2");
        Path big = Files.createTempFile("inventory", ".yaml");
        try {
            Files.write(big, new byte[TextInput.MAX_INVENTORY_BYTES + 1]);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Inventory.read(big))
                    .hasMessageContaining("larger than 8 MiB; split the inventory");
        } finally {
            Files.delete(big);
        }
    }
}
