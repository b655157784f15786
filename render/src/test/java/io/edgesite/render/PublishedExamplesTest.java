package io.edgesite.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edgesite.model.Site;
import io.edgesite.validators.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every complete user-data example published by Palette's docs, CanvOS, agent-mode and edgeforge
 * (src/test/resources/published, sources in its README): lint gives the verdict the docs support, and every
 * file without errors goes user-data -> answers -> user-data unchanged, as Debian's python3-yaml reads it.
 */
class PublishedExamplesTest {
    static final Path DIR = Path.of("src/test/resources/published");
    static final ObjectMapper JSON = new ObjectMapper();

    /** A file's expected verdict: the rules that find errors in it (none: clean), and the doc sentence behind them. */
    record Expected(String file, boolean site, Set<String> errors, String because) {
        @Override
        public String toString() {
            return file;
        }
    }

    private static final String HEADER = "Installer Configuration Reference: \"The #cloud-config value is a required"
            + " cloud-init header required by the cloud-init standard.\"";
    private static final String ENDPOINT = "Installer Configuration Reference, Site Parameters: paletteEndpoint \"The"
            + " URL endpoint that points to Palette. Example: api.spectrocloud.com\" (a placeholder is no endpoint)";
    private static final String PASSWORD = "Installer Configuration Reference, Single External Registry:"
            + " registryCredentials.password \"The password to authenticate with the registry.\" (String); '#' starts a"
            + " YAML comment, so the value is empty";

    static final List<Expected> TABLE = List.of(
            clean("01-prep-staging.yaml"), site("02-prep-site-partial.yaml"), clean("03-prep-single.yaml"),
            clean("04-prep-proxy-certs.yaml"), clean("05-prep-external-registry.yaml"), clean("06-prep-bind-mounts.yaml"),
            clean("07-prep-management-mode-local.yaml"), clean("08-prep-central-registration.yaml"),
            clean("09-prep-stages-ssm.yaml"), clean("10-prep-gpu-specs.yaml"), clean("11-prep-users.yaml"),
            clean("12-prep-poweroff.yaml"),
            errors("13-partial-canvos-edge-user-data.yaml", "Installer Configuration Reference, Site Parameters: \"The"
                    + " stylus.site blocks accept the following parameters.\" (a mapping; the skeleton has the text ...)",
                    "userdata.type"),
            clean("14-ref-single-registry.yaml"), clean("15-ref-device-uid-paths.yaml"), clean("16-ref-tags-from-file.yaml"),
            clean("17-ref-partitions-persistent-and-data.yaml"), clean("18-ref-partitions-data-only.yaml"),
            clean("19-ref-partitions-fixed-plus-extra.yaml"),
            errors("20-cloud-init-complete-example.yaml", HEADER, "userdata.header"),
            site("21-site-user-data-wifi.yaml"),
            siteErrors("22-connect-wifi-site.yaml", HEADER + "; Connect Edge Host to Wifi: \"Replace network-name and"
                    + " network-password with the name and password of your Wifi network.\" (published with a space"
                    + " before #cloud-config)", "userdata.header", "userdata.stage.placeholder"),
            errors("23-host-registration-auto.yaml", HEADER, "userdata.header"),
            clean("24-ext-registry-single.yaml"), clean("25-ext-registry-multiple.yaml"), clean("26-webhook-disable.yaml"),
            clean("27-edit-user-data-featuregate.yaml"), clean("28-canvos-basic-heredoc.yaml"),
            errors("29-canvos-advanced-heredoc.yaml", PASSWORD, "userdata.no-value"),
            clean("30-ipxe-config-skeleton.yaml"), clean("31-troubleshoot-canonical-noproxy.yaml"),
            clean("32-tut-vmware-stylus-snippet.yaml"), clean("33-tut-vmware-heredoc.yaml"),
            clean("34-tut-vmware-cat-output.yaml"), clean("35-tut-vbox-heredoc.yaml"), clean("36-tut-vbox-cat-output.yaml"),
            clean("37-gs-local-stylus-snippet.yaml"), clean("38-gs-local-heredoc.yaml"), clean("39-gs-local-cat-output.yaml"),
            clean("40-agent-connected-heredoc.yaml"), clean("41-agent-connected-cat-output.yaml"),
            clean("42-agent-airgap.yaml"), clean("43-agent-overlay-networkd.yaml"),
            clean("44-agent-overlay-step1-netplan.yaml"), clean("45-agent-overlay-step2-mask-wait-online.yaml"),
            clean("46-agent-overlay-step3-en-dhcp.yaml"), clean("47-agent-overlay-step4-eth-dhcp.yaml"),
            clean("48-agent-overlay-step5-networkd.yaml"), clean("49-agent-overlay-step6-resolved.yaml"),
            clean("50-agent-overlay-step7-resolv-conf.yaml"), clean("51-jetson-agent-mode.yaml"),
            errors("52-canvos-user-data-template.yaml", PASSWORD, "userdata.no-value"),
            clean("53-canvos-readme-aws-user-data.yaml"), clean("54-canvos-readme-cgroup-v2.yaml"),
            clean("55-canvos-rhel-fips.yaml"), clean("56-canvos-rhel-stig-firewall.yaml"), clean("57-canvos-rhel-stig-fips.yaml"),
            clean("58-canvos-ubuntu-fips-20-04.yaml"), clean("59-canvos-ubuntu-fips-24-04.yaml"),
            errors("60-canvos-test-two-node-generated.yaml", ENDPOINT + "; the test script's $DOMAIN", "endpoint.invalid"),
            clean("61-agent-mode-custom-image-user-data.yaml"), clean("62-agent-mode-custom-image-preload-content.yaml"),
            errors("63-agent-mode-maas-embedded-user-data.yaml", ENDPOINT + "; the example's <ENDPOINT>", "endpoint.invalid"),
            errors("64-edgeforge-userdata-example.yaml", PASSWORD, "userdata.no-value"));

    static Expected clean(String file) {
        return new Expected(file, false, Set.of(), "");
    }

    static Expected site(String file) {
        return new Expected(file, true, Set.of(), "");
    }

    static Expected errors(String file, String because, String... rules) {
        return new Expected(file, false, Set.of(rules), because);
    }

    static Expected siteErrors(String file, String because, String... rules) {
        return new Expected(file, true, Set.of(rules), because);
    }

    static Stream<Expected> table() {
        return TABLE.stream();
    }

    static Stream<Expected> cleanFiles() {
        return TABLE.stream().filter(e -> e.errors().isEmpty());
    }

    @Test
    void theTableCoversEveryFileAndThereAreAtLeastThirty() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            Set<String> files = new TreeSet<>(s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).toList());
            assertThat(files).hasSizeGreaterThanOrEqualTo(30)
                    .isEqualTo(new TreeSet<>(TABLE.stream().map(Expected::file).toList()));
        }
        assertThat(TABLE).allSatisfy(e -> assertThat(e.errors().isEmpty()).isEqualTo(e.because().isEmpty()));
    }

    @ParameterizedTest
    @MethodSource("table")
    void lintGivesTheVerdictTheDocsSupport(Expected e) throws Exception {
        UserDataParser.Parsed parsed = UserDataParser.parse(Files.readString(DIR.resolve(e.file())));
        List<Finding> findings = parsed.findings(e.site());
        assertThat(findings.stream().filter(Finding::isError).map(Finding::rule).collect(java.util.stream.Collectors.toSet()))
                .as("%s: %s", e.file(), findings).isEqualTo(e.errors());
        assertThat(findings).as("every finding carries its line").allSatisfy(f -> assertThat(f.line()).isPositive());
    }

    @ParameterizedTest
    @MethodSource("cleanFiles")
    void everyCleanFileImportsAndRendersBackTheSameData(Expected e) throws Exception {
        String original = Files.readString(DIR.resolve(e.file()));
        Site site = UserDataParser.parse(original).site();
        Site again = AnswersFormat.read(AnswersFormat.write(site));
        String rendered = UserDataRenderer.render(again);
        assertThat(rendered).startsWith("#cloud-config\n");
        assertThat(load(rendered)).as(e.file()).isEqualTo(load(original));
    }

    static Stream<Path> asPublished() throws IOException {
        try (Stream<Path> s = Files.list(DIR.resolve("as-published"))) {
            return s.sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("asPublished")
    void publishedTextThatIsNotYamlIsRefusedWithTheLineAndNoSecret(Path file) {
        assertThatThrownBy(() -> UserDataParser.parse(Files.readString(file)))
                .isInstanceOf(YamlSyntaxException.class)
                .satisfies(x -> assertThat(((YamlSyntaxException) x).line()).isPositive())
                .hasMessageNotContaining("***");
    }

    /** The document as Debian's python3-yaml (the YAML 1.1 reader of cloud-init) reads it: types included. */
    static JsonNode load(String yaml) throws Exception {
        return JSON.readTree(Python.yamlToJson(yaml));
    }
}
