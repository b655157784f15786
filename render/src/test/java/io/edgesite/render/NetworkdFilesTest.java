package io.edgesite.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgesite.model.Site;
import io.edgesite.validators.Finding;
import io.edgesite.validators.networkd.NetworkdMatch;
import io.edgesite.validators.networkd.UnitFile;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The networkd files edge-site writes, resolved by systemd-networkd's first-match rule for every interface. */
class NetworkdFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"vmo-bonded-vlans.yaml", "local-agent.yaml"})
    void everyInterfaceTheAnswersNameGetsItsOwnFileFirst(String example) throws Exception {
        Site site = AnswersFormat.read(Files.readString(GoldenTest.EXAMPLES.resolve(example)));
        List<UnitFile> files = networkFiles(UserDataRenderer.tree(site));
        List<String> names = new ArrayList<>();
        site.network().interfaces().forEach(i -> names.add(i.name()));
        assertThat(names).isNotEmpty();
        for (String name : names) {
            assertThat(NetworkdMatch.applied(files, new NetworkdMatch.Link(name))).as(name).get()
                    .extracting(UnitFile::name).isEqualTo("/etc/systemd/network/05-edge-site-" + name + ".network");
        }
        // Each interface has exactly one file naming it: nothing competes.
        for (String name : names) {
            assertThat(files.stream().filter(f -> f.values("Match", "Name").contains(name))).as(name).hasSize(1);
        }
    }

    @org.junit.jupiter.api.Test
    void anMtuGoesIntoItsInterfacesOwnFileAndNoOther() throws Exception {
        String answers = Files.readString(GoldenTest.EXAMPLES.resolve("vmo-bonded-vlans.yaml"))
                .replace("      members: [enp1s1, enp2s1]\n", "      members: [enp1s1, enp2s1]\n      mtu: 9000\n")
                .replace("    - name: enp1s1\n      addressing: none\n", "    - name: enp1s1\n      addressing: none\n      mtu: 9000\n");
        Site site = AnswersFormat.read(answers);
        List<UnitFile> files = networkFiles(UserDataRenderer.tree(site));
        for (String name : List.of("bond_data", "enp1s1")) {
            assertThat(NetworkdMatch.applied(files, new NetworkdMatch.Link(name))).as(name).get()
                    .satisfies(f -> assertThat(f.values("Link", "MTUBytes")).containsExactly("9000"));
        }
        for (String name : List.of("bond_mgmt", "enp2s1", "br0")) {
            assertThat(NetworkdMatch.applied(files, new NetworkdMatch.Link(name))).as(name).get()
                    .satisfies(f -> assertThat(f.values("Link", "MTUBytes")).isEmpty());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"vmo-bonded-vlans.yaml", "local-agent.yaml"})
    void theWrittenFileHasNoShadowedNetworkdFile(String example) throws Exception {
        Site site = AnswersFormat.read(Files.readString(GoldenTest.EXAMPLES.resolve(example)));
        assertThat(UserDataParser.parse(UserDataRenderer.render(site)).findings())
                .noneSatisfy(f -> assertThat(f.rule()).isEqualTo("userdata.networkd.shadowed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"40-enp1s0.network"})
    void aFileThatSortsAfterTheAgentWildcardIsReported(String late) throws Exception {
        String text = "#cloud-config\nstages:\n  initramfs:\n    - files:\n"
                + "        - {path: /etc/systemd/network/20-dhcp.network, permissions: 0644,"
                + " content: \"[Match]\\nName=en*\\n[Network]\\nDHCP=yes\\n\"}\n"
                + "        - {path: /etc/systemd/network/" + late + ", permissions: 0644,"
                + " content: \"[Match]\\nName=enp1s0\\n[Network]\\nBond=bond0\\n\"}\n";
        List<Finding> findings = UserDataParser.parse(text).findings();
        assertThat(findings).filteredOn(f -> f.rule().equals("userdata.networkd.shadowed")).singleElement()
                .satisfies(f -> {
                    assertThat(f.path()).isEqualTo("stages.initramfs[0].files[1]");
                    assertThat(f.message()).contains("20-dhcp.network").contains("enp1s0");
                    assertThat(f.line()).isEqualTo(6);
                });
    }

    /** The .network files the document's steps write. */
    static List<UnitFile> networkFiles(Map<String, Object> tree) {
        List<UnitFile> out = new ArrayList<>();
        Object stages = tree.get("stages");
        if (stages instanceof Map<?, ?> m) {
            for (Object steps : m.values()) {
                for (Object step : (List<?>) steps) {
                    if (step instanceof Map<?, ?> s && s.get("files") instanceof List<?> files) {
                        for (Object f : files) {
                            Map<?, ?> file = (Map<?, ?>) f;
                            String path = (String) file.get("path");
                            if (path.endsWith(".network")) {
                                out.add(UnitFile.parse(path, (String) file.get("content")));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

}
