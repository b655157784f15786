package io.edgesite.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edgesite.model.Network;
import io.edgesite.model.Nic;
import io.edgesite.model.Site;
import io.edgesite.validators.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Published Palette examples: lint accepts them, and they survive user-data -> answers -> user-data. */
class RoundTripTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void answersToUserDataToAnswersIsStable() throws Exception {
        try (Stream<Path> s = Files.list(GoldenTest.EXAMPLES)) {
            for (Path example : s.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Site site = AnswersFormat.read(Files.readString(example));
                UserDataParser.Parsed parsed = UserDataParser.parse(UserDataRenderer.render(site));
                assertThat(parsed.clusterKnown()).as(example.toString()).isTrue();
                assertThat(parsed.site().cluster()).as(example.toString()).isEqualTo(site.cluster());
                assertThat(UserDataRenderer.render(parsed.site())).as(example.toString())
                        .isEqualTo(UserDataRenderer.render(site));
            }
        }
    }

    @Test
    void unknownKeysAndStagesAreKeptInPlace() throws Exception {
        String text = "#cloud-config\nstylus:\n  debug: true\n  site:\n    paletteEndpoint: api.spectrocloud.com\n"
                + "    edgeHostToken: t0k\n    futureKey: {a: 1}\n    network:\n      interfaces:\n"
                + "        eth0: {type: static, ipAddress: 10.0.0.5/24, mask: 255.255.255.0}\n"
                + "install:\n  poweroff: false\n  device: /dev/sda\nstages:\n  initramfs:\n"
                + "    - users: {kairos: {passwd: kairos, groups: [sudo]}}\n"
                + "    - name: keep me\n      files:\n        - path: /etc/x\n          permissions: 0644\n"
                + "  boot:\n    - commands: [echo hi]\nunknownTop: [1, yes, '0644']\n";
        UserDataParser.Parsed parsed = UserDataParser.parse(text);
        assertThat(parsed.site().host().users()).extracting(u -> u.name()).containsExactly("kairos");
        assertThat(parsed.site().network().nics().get(0).ip().address()).isEqualTo("10.0.0.5/24");
        Map<String, Object> kept = parsed.site().passthrough().tree();
        assertThat(kept).containsKeys("stages", "unknownTop", "install", "stylus");
        assertThat(load(UserDataRenderer.render(parsed.site()))).isEqualTo(load(text));
    }

    @Test
    void aFileEdgeSiteWroteImportsToTheAnswersThatMadeItWithOrWithoutTheComment() throws Exception {
        try (Stream<Path> s = Files.list(GoldenTest.EXAMPLES)) {
            for (Path example : s.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Site site = AnswersFormat.read(Files.readString(example));
                String written = UserDataRenderer.render(site);
                assertThat(AnswersFormat.write(UserDataParser.parse(written).site())).as(example.toString())
                        .isEqualTo(AnswersFormat.write(site));
                String withoutComment = written.lines().filter(l -> !l.startsWith("# ")).collect(Collectors.joining("\n", "", "\n"));
                // Without the comment only the cluster and the deployment mode are unknown: user-data holds neither.
                io.edgesite.model.Host h = site.host();
                Site userDataOnly = site.withoutCluster().withHost(new io.edgesite.model.Host(h.hostname(), null,
                        h.users(), h.usersStepName(), h.ntpServers(), h.prepareNetworkd()));
                assertThat(AnswersFormat.write(UserDataParser.parse(withoutComment).site())).as(example + " without comment")
                        .isEqualTo(AnswersFormat.write(userDataOnly));
            }
        }
    }

    @Test
    void theOlderCommentIsStillRead() throws Exception {
        Site site = AnswersFormat.read(Files.readString(GoldenTest.EXAMPLES.resolve("static-multi-nic-overlay.yaml")));
        String older = UserDataRenderer.render(site).replace(ClusterSummary.INTRO,
                "# edge-site cluster (the installer ignores this; Palette takes it from cluster.json):");
        assertThat(UserDataParser.parse(older).site().cluster()).isEqualTo(site.cluster());
    }

    @Test
    void vmxnet3StepsOfTwoNicsComeBackAsTicksAndUntickingOneKeepsExactlyTheOther() throws Exception {
        String text = "#cloud-config\nstylus:\n  site:\n    network:\n      interfaces:\n"
                + "        ens192: {type: static, ipAddress: 10.0.0.5/24}\n        ens224: {type: dhcp}\n"
                + "stages:\n  initramfs:\n    - name: Keep me\n      commands: [echo first]\n"
                + "    - name: Disable UDP segmentation\n      commands:\n"
                + "        - ethtool --offload ens192 tx-udp_tnl-segmentation off\n"
                + "        - ethtool --offload ens192 tx-udp_tnl-csum-segmentation off\n"
                + "        - ethtool --offload ens224 tx-udp_tnl-segmentation off\n"
                + "        - ethtool --offload ens224 tx-udp_tnl-csum-segmentation off\n";
        Site site = UserDataParser.parse(text).site();
        assertThat(site.network().nics()).extracting(Nic::vmxnet3).containsExactly(true, true);
        assertThat(load(UserDataRenderer.render(site))).isEqualTo(load(text));
        Network n = site.network();
        Site unticked = site.withNetwork(new Network(List.of(n.nics().get(0), new Nic("ens224", n.nics().get(1).ip(), false)),
                n.bonds(), n.vlans(), n.bridges(), n.nameserver(), n.proxy()));
        JsonNode steps = load(UserDataRenderer.render(unticked)).at("/stages/initramfs");
        assertThat(steps.get(0).get("name").asText()).isEqualTo("Keep me");
        assertThat(steps.get(1).get("commands").toString()).isEqualTo(
                "[\"ethtool --offload ens192 tx-udp_tnl-segmentation off\",\"ethtool --offload ens192 tx-udp_tnl-csum-segmentation off\"]");
        assertThat(steps).hasSize(2);
    }

    @Test
    void findingsCarryLineAndColumnInMultiDocumentAndCrlfFiles() throws Exception {
        String text = "#cloud-config\r\nstylus:\r\n  site:\r\n    paletteEndpoint: https://x.example\r\n"
                + "    bogus: 1\r\n---\r\nmore: 1\r\n";
        List<Finding> findings = UserDataParser.parse(text).findings();
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("endpoint.invalid");
            assertThat(List.of(f.line(), f.column())).containsExactly(4, 22);
        }).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("userdata.unknown-key");
            assertThat(List.of(f.line(), f.column())).containsExactly(5, 5);
        }).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("yaml.extra-document");
            assertThat(f.line()).isEqualTo(7);
        });
    }

    @Test
    void lintReportsFindingsAtUserDataPaths() throws Exception {
        String text = "#cloud-config\nstylus:\n  site:\n    paletteEndpoint: api.spectrocloud.com\n    edgeHostToken: t\n"
                + "    network:\n      interfaces:\n        enp0s3: {type: static, ipAddress: 10.0.10.25}\n";
        List<Finding> findings = UserDataParser.parse(text).findings();
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("address.invalid");
            assertThat(f.path()).isEqualTo("stylus.site.network.interfaces.enp0s3.ipAddress");
        });
    }

    @Test
    void theHeaderIsLookedForAsTheInstallerDoesInTheFirstTenLines() throws Exception {
        assertThat(UserDataParser.parse("stylus:\n  managementMode: local\n").findings())
                .anySatisfy(f -> assertThat(f).extracting(Finding::rule, Finding::severity)
                        .containsExactly("userdata.header", io.edgesite.validators.Severity.ERROR));
        assertThat(UserDataParser.parse("  #cloud-config\nstylus:\n  managementMode: local\n").findings())
                .anySatisfy(f -> assertThat(f.isError()).isTrue());
        assertThat(UserDataParser.parse("# site file\n#cloud-config\nstylus:\n  managementMode: local\n").findings())
                .filteredOn(Finding::isError).isEmpty();
        assertThat(UserDataParser.parse("#cloud-config   \nstylus:\n  managementMode: local\n").findings())
                .filteredOn(f -> f.rule().equals("userdata.header")).isEmpty();
    }

    @Test
    void crlfFilesKeepTheirClusterSummary() throws Exception {
        Site site = AnswersFormat.read(Files.readString(GoldenTest.EXAMPLES.resolve("static-multi-nic-overlay.yaml")));
        String crlf = UserDataRenderer.render(site).replace("\n", "\r\n");
        UserDataParser.Parsed parsed = UserDataParser.parse(crlf);
        assertThat(parsed.clusterKnown()).isTrue();
        assertThat(parsed.site().cluster()).isEqualTo(site.cluster());
    }

    @Test
    void stageRulesAreChecked() throws Exception {
        String text = "#cloud-config\nstages:\n  boot:\n    - commands: echo hi\n      files:\n"
                + "        - {path: /a, permissions: \"0644\"}\n        - {path: /b, permissions: 0644}\n"
                + "stylus:\n  site:\n    paletteEndpoint: api.spectrocloud.com\n    edgeHostToken: t\n"
                + "    network: {interfaces: {eth0: {type: dhcp, nameServers: 1.1.1.1}}}\n";
        assertThat(UserDataParser.parse(text).findings()).extracting(Finding::path).contains(
                "stages.boot[0].commands", "stages.boot[0].files[0].permissions",
                "stylus.site.network.interfaces.eth0.nameServers")
                .doesNotContain("stages.boot[0].files[1].permissions");
        assertThat(UserDataParser.parse(text).findings()).filteredOn(f -> f.path().endsWith("nameServers"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("did you mean"));
    }

    static JsonNode load(String yaml) throws Exception {
        return JSON.readTree(Python.yamlToJson(yaml));
    }

    @Test
    void thePublishedAgentModeNetworkdStepsImportAsTheAnswerThatWritesThem() throws Exception {
        // written by hand in the agent-mode overlay page, not by edge-site: matched step by step, nothing left over
        String text = Files.readString(PublishedExamplesTest.DIR.resolve("43-agent-overlay-networkd.yaml"));
        Site site = UserDataParser.parse(text).site();
        assertThat(site.host().prepareNetworkd()).isTrue();
        assertThat(site.passthrough().tree()).isEmpty();
        assertThat(UserDataRenderer.render(site)).contains("Backup and disable Netplan", "20-dhcp.network",
                "Link systemd-resolved DNS to /etc/resolv.conf");
    }
}
