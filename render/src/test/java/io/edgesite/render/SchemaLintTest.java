package io.edgesite.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgesite.validators.Finding;
import io.edgesite.validators.Severity;
import io.edgesite.validators.userdata.SchemaLint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The user-data schema rules: a row per rule with the text that trips it and the source it enforces. */
class SchemaLintTest {

    static Arguments row(String rule, Severity severity, String path, String yaml, String because) {
        return Arguments.of(rule, severity, path, yaml, because);
    }

    static final String YIP = "yip (mudler/yip pkg/schema): a type error anywhere in a file's stages drops every stage of"
            + " the file";

    static Stream<Arguments> rows() {
        return Stream.of(
                row("userdata.type", Severity.ERROR, "stages.boot[0].if", "stages:\n  boot:\n    - if: [-f /x]\n",
                        YIP + "; Stage.If is a string"),
                row("userdata.type", Severity.ERROR, "stages.boot[0].files[0].permissions",
                        "stages:\n  boot:\n    - files:\n        - {path: /a, permissions: \"0644\"}\n",
                        YIP + "; File.Permissions is uint32"),
                row("userdata.type", Severity.ERROR, "stages.initramfs",
                        "stages:\n  initramfs:\n    files: []\n", YIP + "; a stage is a list of steps"),
                row("userdata.type", Severity.ERROR, "stages.boot[0].commands", "stages:\n  boot:\n    - commands: echo hi\n",
                        YIP + "; Stage.Commands is a list"),
                row("userdata.type", Severity.ERROR, "install.reboot", "install:\n  reboot: \"true\"\n",
                        "go-yaml v3: a quoted \"true\" is text and cannot be read into a boolean"),
                row("userdata.type", Severity.ERROR, "stylus.site.caCerts", "stylus:\n  site:\n    caCerts: abc\n",
                        "Installer Configuration Reference: caCerts is an \"Array of strings\""),
                row("userdata.type", Severity.ERROR, "stylus.localUI.port", "stylus:\n  localUI:\n    port: \"5080\"\n",
                        "Installer Configuration Reference: localUI.port is an Integer"),
                row("userdata.value", Severity.ERROR, "stylus.managementMode", "stylus:\n  managementMode: remote\n",
                        "Installer Configuration Reference: \"Allowed values are local and central.\""),
                row("userdata.no-value", Severity.ERROR, "stylus.registryCredentials.password",
                        "stylus:\n  registryCredentials:\n    password: ####\n",
                        "YAML: '#' starts a comment, so the password is empty"),
                row("userdata.unknown-key", Severity.WARNING, "stylus.site.paletteEndpint",
                        "stylus:\n  site:\n    paletteEndpint: api.spectrocloud.com\n",
                        "go-yaml: keys a struct does not declare are ignored"),
                row("userdata.misplaced", Severity.WARNING, "stylus.reboot", "stylus:\n  reboot: true\n",
                        "Installer Configuration Reference, Install Parameters: install.reboot"),
                row("userdata.misplaced", Severity.WARNING, "externalRegistries",
                        "externalRegistries:\n  registries: []\n",
                        "Installer Configuration Reference: stylus.externalRegistries"),
                row("userdata.misplaced", Severity.WARNING, "stylus.site.debug", "stylus:\n  site:\n    debug: true\n",
                        "Installer Configuration Reference: \"stylus.debug | Enable this parameter for debug output.\""),
                row("userdata.deprecated", Severity.WARNING, "stylus.includeTui", "stylus:\n  includeTui: true\n",
                        "Installer Configuration Reference: includeTui \"(Deprecated) ... Palette TUI is always enabled"
                                + " regardless of its value.\""),
                row("userdata.legacy", Severity.NOTE, "stylus.installationMode", "stylus:\n  installationMode: airgap\n",
                        "Install Palette Agent (airgap) still writes installationMode: airgap"),
                row("userdata.rewritten", Severity.WARNING, "stylus.site.projectUid", "stylus:\n  site:\n    projectUid: 0123\n",
                        "Kairos re-writes the merged configuration with go-yaml: 0123 is the octal number 83"),
                row("userdata.stage.unknown", Severity.WARNING, "stages.initframs", "stages:\n  initframs: []\n",
                        "Installer Configuration Reference, Cloud Init Stages: the stages the installer runs"),
                row("userdata.stage.no-permissions", Severity.WARNING, "stages.boot[0].files[0]",
                        "stages:\n  boot:\n    - files:\n        - {path: /etc/x, content: x}\n",
                        "yip: File.Permissions is 0 when left out: mode 000"),
                row("userdata.stage.placeholder", Severity.ERROR, "stages.initramfs[0].commands[0]",
                        "stages:\n  initramfs:\n    - commands: [ethtool --offload <interface-name> tx-udp_tnl-segmentation off]\n",
                        "Enable Overlay Network: \"Replace <interface-name> with the name of the network interface\""),
                row("userdata.networkd.shadowed", Severity.WARNING, "stages.initramfs[0].files[1]",
                        "stages:\n  initramfs:\n    - files:\n        - {path: /etc/systemd/network/20-dhcp.network,"
                                + " content: \"[Match]\\nName=en*\\n\"}\n        - {path: /etc/systemd/network/40-enp1s0.network,"
                                + " content: \"[Match]\\nName=enp1s0\\n\"}\n",
                        "systemd.network(5): \"The first (in alphanumeric order) of the network files that matches a"
                                + " given interface is applied, all later files are ignored, even if they match as well.\""),
                row("userdata.partition.no-fs", Severity.WARNING, "install.partitions.persistent",
                        "install:\n  partitions:\n    persistent:\n      size: 100\n",
                        "Installer Configuration Reference: persistent.fs \"You must provide a value for this parameter\""));
    }

    @ParameterizedTest(name = "{0} at {2}")
    @MethodSource("rows")
    void eachRuleTripsOnItsText(String rule, Severity severity, String path, String yaml, String because) throws Exception {
        assertThat(because).isNotBlank();
        List<Finding> findings = SchemaLint.check(YamlText.readDocument(yaml).tree());
        assertThat(findings).as(findings.toString()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(f.path()).isEqualTo(path);
            assertThat(f.severity()).isEqualTo(severity);
        });
    }

    @Test
    void everySchemaRuleHasARow() throws Exception {
        Pattern id = Pattern.compile("Finding\\.(error|warning|note)\\(\"([a-z0-9.-]+)\"");
        Set<String> inSources = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("../validators/src/main/java/io/edgesite/validators/userdata"))) {
            for (Path p : files.toList()) {
                Matcher m = id.matcher(Files.readString(p));
                while (m.find()) {
                    inSources.add(m.group(2));
                }
            }
        }
        Set<String> inTable = new TreeSet<>(rows().map(a -> (String) a.get()[0]).toList());
        assertThat(inSources).isNotEmpty();
        assertThat(inTable).containsAll(inSources);
    }

    @Test
    void suggestionsNameTheNearKeyOrWhereTheKeyBelongs() throws Exception {
        Map<String, String> messages = messages("stylus:\n  site:\n    Name: x\n    paletteEndpint: y\n  LocalUI: {}\n"
                + "  reboot: true\nexternalRegistries: {}\n");
        assertThat(messages.get("stylus.site.Name")).contains("did you mean stylus.site.name?");
        assertThat(messages.get("stylus.site.paletteEndpint")).contains("did you mean stylus.site.paletteEndpoint?");
        assertThat(messages.get("stylus.LocalUI")).contains("did you mean stylus.localUI?");
        assertThat(messages.get("stylus.reboot")).contains("reboot belongs under install");
        assertThat(messages.get("externalRegistries")).contains("belongs under stylus");
    }

    @Test
    void booleansFollowTheInstallersReader() throws Exception {
        for (String ok : List.of("true", "False", "yes", "\"yes\"", "off")) {
            assertThat(errors("install:\n  reboot: " + ok + "\n")).as(ok).isEmpty();
        }
        for (String bad : List.of("\"true\"", "1", "maybe", "[true]")) {
            assertThat(errors("install:\n  reboot: " + bad + "\n")).as(bad).isNotEmpty();
        }
    }

    @Test
    void controlCharactersInKeysAndValuesAreEscapedInMessages() throws Exception {
        List<Finding> findings = SchemaLint.check(YamlText.readDocument("stylus:\n  \"bad\\u0007key\": 1\n"
                + "  managementMode: \"lo\\ncal\"\n").tree());
        assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.message()).doesNotContain("\u0007").doesNotContain("\n"));
    }

    @Test
    void openMappingsAndNamedEntriesTakeAnyName() throws Exception {
        assertThat(SchemaLint.check(YamlText.readDocument("stylus:\n  site:\n    tags: {Mumbai,India: {lat: 1}}\n"
                + "    network:\n      interfaces:\n        enp0s3: {type: static, ipAddress: 10.0.0.5, mask: 255.255.255.0}\n"
                + "stages:\n  network.after:\n    - name: x\n      users: {ops: {passwd: y, uid: 1000}}\n").tree())).isEmpty();
    }

    private static List<Finding> errors(String yaml) throws Exception {
        return SchemaLint.check(YamlText.readDocument(yaml).tree()).stream().filter(Finding::isError).toList();
    }

    private static Map<String, String> messages(String yaml) throws Exception {
        Map<String, String> out = new java.util.HashMap<>();
        SchemaLint.check(YamlText.readDocument(yaml).tree()).forEach(f -> out.put(f.path(), f.message()));
        return out;
    }
}
