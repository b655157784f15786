package io.edgesite.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgesite.model.ManagementMode;
import io.edgesite.model.RegistrationMode;
import io.edgesite.validators.Finding;
import io.edgesite.validators.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The registration keys as the installer reference has them, older ones included: what a user-data file's
 * registration means once read, and what lint says of it.
 */
class RegistrationReadingTest {
    static final String SITE = "#cloud-config\nstylus:\n%s  site:\n    paletteEndpoint: api.spectrocloud.com\n"
            + "    edgeHostToken: aUAxxxxxxxxx0ChYCrO\n    projectName: edge\n%s";

    static UserDataParser.Parsed parse(String stylus, String site) {
        try {
            return UserDataParser.parse(String.format(SITE, stylus, site));
        } catch (YamlSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    static List<Finding> about(UserDataParser.Parsed p, String rulePrefix) {
        return p.findings().stream().filter(f -> f.rule().startsWith(rulePrefix)).toList();
    }

    @Test
    void installationModeAirgapIsLocalManagementWithANoteNotAWarning() {
        UserDataParser.Parsed p = parse("  installationMode: airgap\n", "");
        assertThat(p.site().registration().managementMode()).isEqualTo(ManagementMode.LOCAL);
        assertThat(p.findings()).filteredOn(f -> f.path().equals("stylus.installationMode"))
                .isNotEmpty().allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.NOTE));
        assertThat(parse("  installationMode: connected\n", "").site().registration().managementMode())
                .isEqualTo(ManagementMode.CENTRAL);
    }

    @Test
    void installationModeThatContradictsManagementModeIsAnError() {
        UserDataParser.Parsed p = parse("  managementMode: local\n  installationMode: connected\n", "");
        assertThat(about(p, "management.conflict")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(about(parse("  managementMode: local\n  installationMode: airgap\n", ""), "management.conflict")).isEmpty();
    }

    @Test
    void disableAutoRegisterIsManualRegistration() {
        assertThat(parse("", "    disableAutoRegister: true\n").site().registration().registrationMode())
                .isEqualTo(RegistrationMode.MANUAL);
        assertThat(parse("", "    disableAutoRegister: false\n").site().registration().registrationMode())
                .isEqualTo(RegistrationMode.AUTO);
        assertThat(parse("", "    registrationURL: https://edge-registration.example.com\n").site().registration()
                .registrationMode()).isEqualTo(RegistrationMode.QR);
    }

    @Test
    void manualRegistrationWantsAHostIdUnlessDeviceUidPathsGiveIt() {
        // the host ID is what the operator types into Palette with manual registration
        assertThat(about(parse("", "    disableAutoRegister: true\n"), "host-id.recommended")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        // "deviceUIDPaths": the ID read from files on the device satisfies it
        assertThat(about(parse("", "    disableAutoRegister: true\n    deviceUIDPaths:\n      - name: /etc/edge/uid\n"),
                "host-id.recommended")).isEmpty();
        assertThat(about(parse("", "    disableAutoRegister: true\n    name: edge-store-7\n"), "host-id.recommended")).isEmpty();
    }
}
