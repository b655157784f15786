package io.edgesite.tui.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyType;
import io.edgesite.model.Site;
import io.edgesite.render.AnswersFormat;
import io.edgesite.render.UserDataRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard driven by keystrokes on a virtual 80x24 terminal. */
class WizardWindowTest {
    @TempDir
    Path dir;

    static Site example(String name) throws Exception {
        return AnswersFormat.read(Files.readString(Path.of("../examples", name)));
    }

    /** From the welcome screen to the Cluster Config screen, filling what each screen requires. */
    static VirtualWizard toCluster(VirtualWizard w) throws Exception {
        w.enter(); // welcome -> registration
        w.focus("Palette endpoint").type("api.spectrocloud.com");
        w.focus("Registration token").type("T0KEN-abc");
        w.focus("Next").enter(); // -> host
        w.focus("Password").type("pw1");
        w.focus("Password again").type("pw1");
        w.focus("Next").enter(); // -> network
        w.focus("Next").enter(); // -> cluster
        return w;
    }

    @Test
    void welcomeShowsTheHostFacts() throws Exception {
        VirtualWizard w = new VirtualWizard(Site.defaults(), dir);
        assertThat(w.screenText()).contains("Step 1 of 8", "Welcome", "Test CPU (amd64), 4 cores", "16.0 GiB",
                "sda  256.0 GiB  SSD", "ens192  00:50:56:aa:bb:cc  link up  vmxnet3", "Esc back");
    }

    @Test
    void overlayToggleSwapsVipForTheCidrAndKeepsBothValues() throws Exception {
        VirtualWizard w = toCluster(new VirtualWizard(Site.defaults(), dir));
        assertThat(w.screenText()).contains("Cluster Config", "VIP").doesNotContain("Overlay CIDR range");
        w.focus("VIP").type("10.9.9.9");
        w.focus("Enable overlay").key(KeyType.Enter);
        w.focus("Overlay CIDR range");
        assertThat(w.screenText()).contains("Overlay CIDR range", "100.64.192.0/23", "Overlay VIP", "100.64.192.1",
                "Neither the range nor the VIP can change after the");
        assertThat(w.line("VIP")).isEmpty();
        // the derived VIP follows the range as it is typed
        w.focus("Overlay CIDR range");
        for (int i = 0; i < "100.64.192.0/23".length(); i++) {
            w.key(KeyType.Backspace);
        }
        assertThat(w.line("Overlay VIP")).contains("(enter a valid range)");
        w.type("10.200.0.0/24");
        assertThat(w.line("Overlay VIP")).contains("10.200.0.1");
        // off again: the VIP typed before is still there, and back on: so is the range
        w.focus("Enable overlay").key(KeyType.Enter);
        w.focus("VIP");
        assertThat(w.line("VIP")).contains("10.9.9.9");
        assertThat(w.screenText()).doesNotContain("Overlay CIDR range");
        w.focus("Enable overlay").key(KeyType.Enter);
        w.focus("Overlay CIDR range");
        assertThat(w.line("Overlay CIDR range")).contains("10.200.0.0/24");
    }

    @Test
    void anErrorAppearsWhenTheFieldIsLeftAndNextIsRefused() throws Exception {
        VirtualWizard w = toCluster(new VirtualWizard(Site.defaults(), dir));
        w.focus("Enable overlay").key(KeyType.Enter);
        w.focus("Overlay CIDR range");
        for (int i = 0; i < 20; i++) {
            w.key(KeyType.Backspace);
        }
        w.type("8.8.8.0/24");
        assertThat(w.screenText()).doesNotContain("is not private");
        w.key(KeyType.Tab);
        assertThat(w.screenText()).contains("8.8.8.0/24 is not private");
        w.focus("Next").enter();
        assertThat(w.screenText()).contains("Cluster Config", "error on this screen");
        assertThat(w.focusedRowText()).contains("Overlay CIDR range");
    }

    @Test
    void unsupportedCombinationsShowOnTheClusterScreen() throws Exception {
        VirtualWizard w = toCluster(new VirtualWizard(Site.defaults(), dir));
        w.focus("Distribution");
        for (int i = 0; i < 4; i++) {
            w.key(KeyType.ArrowRight); // pxk-e -> pxk-e-fips -> k3s -> rke2 -> canonical
        }
        assertThat(w.line("Distribution")).contains("canonical");
        w.focus("Enable overlay").key(KeyType.Enter);
        w.focus("Next").enter();
        assertThat(w.screenText()).contains("not supported for Canonical x single node");
    }

    @Test
    void backAndNextKeepWhatWasTypedAndEscGoesBack() throws Exception {
        VirtualWizard w = new VirtualWizard(Site.defaults(), dir);
        w.enter();
        w.focus("Project").type("stores");
        w.key(KeyType.Escape);
        assertThat(w.screenText()).contains("Welcome");
        w.enter();
        assertThat(w.line("Project")).contains("stores");
    }

    @Test
    void passwordsAreMaskedAndMustMatch() throws Exception {
        VirtualWizard w = new VirtualWizard(Site.defaults(), dir);
        w.enter();
        w.focus("Palette endpoint").type("api.spectrocloud.com");
        w.focus("Registration token").type("SECRET-TOKEN");
        assertThat(w.screenText()).doesNotContain("SECRET-TOKEN").contains("************");
        w.focus("Next").enter();
        w.focus("Password").type("one");
        w.focus("Password again").type("two");
        w.key(KeyType.Tab);
        assertThat(w.screenText()).contains("the two passwords differ");
        w.focus("Next").enter();
        assertThat(w.screenText()).contains("Host");
    }

    @Test
    void reviewMasksSecretsAndWriteProducesTheRenderOutput() throws Exception {
        Site site = example("static-multi-nic-overlay.yaml");
        VirtualWizard w = new VirtualWizard(site, dir);
        for (int i = 0; i < 6; i++) {
            w.focus("Next").enter();
        }
        assertThat(w.screenText()).contains("Review", "NOTE  cluster.overlay.cidr: the overlay VIP will be 100.64.192.1");
        for (int i = 0; i < 3 && !w.screenText().contains("edgeHostToken"); i++) {
            w.key(KeyType.PageDown);
        }
        assertThat(w.screenText()).contains("edgeHostToken: '********'").doesNotContain("ZXhhbXBsZS10b2tlbi1ub3QtcmVhbA");
        w.focus("Next").enter();
        assertThat(w.screenText()).contains("Write", "User-data file");
        w.focus("Write").enter();
        Path out = dir.resolve("user-data");
        assertThat(w.screenText()).contains("The files are written", out.toString(), "cidata");
        assertThat(Files.readString(out)).isEqualTo(UserDataRenderer.render(w.app.wizard().site().site()));
        assertThat(Files.readString(out)).isEqualTo(UserDataRenderer.render(site));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
        assertThat(dir.resolve("draft.yaml")).doesNotExist();
    }

    @Test
    void everyChangeIsSavedAndANewStartOffersToResumeIt() throws Exception {
        VirtualWizard first = new VirtualWizard(Site.defaults(), dir);
        first.enter();
        first.focus("Project").type("resume-me");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("draft.yaml")))).isEqualTo("rw-------");
        first.ctrl('c').type("y");
        VirtualWizard second = new VirtualWizard(Site.defaults(), dir);
        assertThat(second.screenText()).contains("Resume draft", "Start over");
        second.focus("Resume draft").enter();
        assertThat(second.screenText()).contains("Registration");
        assertThat(second.line("Project")).contains("resume-me");
    }

    @Test
    void ctrlCAsksBeforeQuitting() throws Exception {
        VirtualWizard w = new VirtualWizard(Site.defaults(), dir);
        w.ctrl('c');
        assertThat(w.screenText()).contains("Quit? Your answers stay in the draft");
        assertThat(w.app.running()).isTrue();
        w.type("n");
        assertThat(w.app.running()).isTrue();
        w.ctrl('c').type("y");
        assertThat(w.app.running()).isFalse();
    }

    @Test
    void aSmallTerminalSaysSoAndRecoversWhenEnlarged() throws Exception {
        VirtualWizard w = new VirtualWizard(Site.defaults(), dir, new TerminalSize(60, 20));
        assertThat(w.screenText()).contains("Terminal too small: 60x20", "80x24");
        w.terminal.setTerminalSize(new TerminalSize(80, 24));
        w.pump();
        assertThat(w.screenText()).contains("Welcome").doesNotContain("too small");
    }
}
