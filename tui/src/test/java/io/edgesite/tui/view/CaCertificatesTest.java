package io.edgesite.tui.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import io.edgesite.model.Site;
import io.edgesite.render.UserDataRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A private CA's certificates, pasted into the registration screen or named by file. */
class CaCertificatesTest {
    static final String PEM_A = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ0FfQQ==\n-----END CERTIFICATE-----\n";
    static final String PEM_B = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ0FfQg==\n-----END CERTIFICATE-----\n";

    @TempDir
    Path dir;

    VirtualWizard toRegistration() throws Exception {
        VirtualWizard w = new VirtualWizard(WizardWindowTest.example("single-dhcp-vip.yaml"), dir);
        w.enter();
        w.focus("CA certificates");
        assertThat(w.screenText()).contains("Registration", "CA certificates");
        return w;
    }

    /** Types text as a paste arrives: characters, and Enter for each line break. */
    static void paste(VirtualWizard w, String text) throws Exception {
        for (String line : text.split("\n", -1)) {
            w.type(line);
            if (!line.isEmpty()) {
                w.key(KeyType.Enter);
            }
        }
    }

    @Test
    void pastedCertificatesGoToCaCertsAsLiteralBlocks() throws Exception {
        VirtualWizard w = toRegistration();
        w.focus("CA certificates");
        paste(w, PEM_A + PEM_B);
        Site site = w.app.wizard().site().site();
        assertThat(site.registration().caCerts()).containsExactly(PEM_A, PEM_B);
        assertThat(UserDataRenderer.render(site)).contains("    caCerts:\n      - |\n        -----BEGIN CERTIFICATE-----\n");
    }

    @Test
    void aNamedFileIsReadAndAMissingOneIsReportedAtItsField() throws Exception {
        Path ca = dir.resolve("ca.pem");
        Files.writeString(ca, PEM_B);
        VirtualWizard w = toRegistration();
        w.focus("CA cert files").type(ca.toString());
        assertThat(w.app.wizard().site().site().registration().caCerts()).containsExactly(PEM_B);
        w.type(", /nonexistent/ca.pem");
        w.key(KeyType.Tab);
        assertThat(w.screenText()).contains("no such file: /nonexistent/ca.pem");
        w.focus("Next").enter();
        assertThat(w.screenText()).contains("Step 2 of 8", "1 error on this screen");
    }

    @Test
    void importedCertificatesComeBackUnchanged() throws Exception {
        Site site = WizardWindowTest.example("single-dhcp-vip.yaml");
        site = site.withRegistration(io.edgesite.model.Registration.Builder.from(site.registration())
                .caCerts(java.util.List.of(PEM_A.strip())).build());
        VirtualWizard w = new VirtualWizard(site, dir);
        assertThat(w.app.wizard().site().site().registration().caCerts()).containsExactly(PEM_A.strip());
    }
}
