package io.edgesite.tui.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.edgesite.model.Site;
import io.edgesite.properties.SiteProperties;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard as an operator expects it, driven by keystrokes on the virtual terminal. */
class OperatorUxTest {
    @TempDir
    Path dir;

    static VirtualWizard to(VirtualWizard w, int step) throws Exception {
        for (int i = 0; i < 8 && !w.screenText().contains("Step " + step + " of 8"); i++) {
            w.ctrl('n');
        }
        assertThat(w.screenText()).contains("Step " + step + " of 8");
        return w;
    }

    @Test
    void textFieldsEditLikeAShellLineAndNoControlKeyTypesALetter() throws Exception {
        VirtualWizard w = to(new VirtualWizard(Site.defaults(), dir), 2);
        w.focus("Project").type("retail stores east");
        w.ctrl('w');
        assertThat(w.app.wizard().form().get(SiteProperties.PROJECT_NAME.path())).isEqualTo("retail stores ");
        w.ctrl('a').type("x-");
        assertThat(w.app.wizard().form().get(SiteProperties.PROJECT_NAME.path())).isEqualTo("x-retail stores ");
        w.ctrl('k');
        assertThat(w.app.wizard().form().get(SiteProperties.PROJECT_NAME.path())).isEqualTo("x-");
        w.ctrl('e').type("shop").ctrl('u');
        assertThat(w.app.wizard().form().get(SiteProperties.PROJECT_NAME.path())).isEmpty();
        for (char c : "tyjgo".toCharArray()) {
            w.ctrl(c);
        }
        assertThat(w.app.wizard().form().get(SiteProperties.PROJECT_NAME.path())).isEmpty();
    }

    @Test
    void aLongValueShowsItsStartWithAMarkWhenNotFocused() throws Exception {
        VirtualWizard w = to(new VirtualWizard(Site.defaults(), dir), 4);
        w.focus("No proxy").type("10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, .spectrocloud.com, .shop.internal");
        w.key(KeyType.Tab);
        String line = w.line("No proxy");
        assertThat(line).contains("10.0.0.0/8, 172.16").endsWith(">");
    }

    @Test
    void choicesStepBothWaysAndEnterListsThemWithANoteEach() throws Exception {
        VirtualWizard w = to(new VirtualWizard(Site.defaults(), dir), 5);
        w.focus("Kubernetes");
        assertThat(w.line("Kubernetes")).contains("1.32");
        w.key(KeyType.ArrowLeft);
        assertThat(w.line("Kubernetes")).contains("1.33");
        w.key(KeyType.ArrowRight).key(KeyType.ArrowRight);
        assertThat(w.line("Kubernetes")).contains("1.31");
        w.focus("Distribution").enter();
        assertThat(w.screenText()).contains("Palette Optimized K3s", "Palette eXtended Kubernetes - Edge");
        w.type("k").enter();
        assertThat(w.line("Distribution")).contains("k3s");
        // the distribution brings its own pod range, which was not edited
        assertThat(w.line("Pod CIDR")).contains("192.170.0.0/16");
    }

    @Test
    void anEditedRangeStaysWhenTheDistributionChanges() throws Exception {
        VirtualWizard w = to(new VirtualWizard(Site.defaults(), dir), 5);
        w.focus("Pod CIDR").ctrl('u').type("10.244.0.0/16");
        w.focus("Distribution").key(KeyType.ArrowRight).key(KeyType.ArrowRight);
        assertThat(w.line("Distribution")).contains("k3s");
        assertThat(w.line("Pod CIDR")).contains("10.244.0.0/16");
    }

    @Test
    void helpLineFollowsTheFocusAndF1OrQuestionMarkOpensTheScreensPage() throws Exception {
        VirtualWizard w = to(new VirtualWizard(Site.defaults(), dir), 2);
        w.focus("Tags");
        assertThat(w.row(22)).startsWith("Tags: key=value, separated by commas");
        w.key(KeyType.F1);
        assertThat(w.screenText()).contains("Help: Registration", "registration token", "Esc or Enter closes");
        w.key(KeyType.Escape);
        assertThat(w.screenText()).doesNotContain("Help: Registration").contains("Step 2 of 8");
        w.focus("Next").type("?");
        assertThat(w.screenText()).contains("Help: Registration");
        w.enter();
        assertThat(w.screenText()).doesNotContain("Help: Registration");
    }

    @Test
    void theStepLineShowsEveryStepAndWhichHaveErrors() throws Exception {
        VirtualWizard w = to(new VirtualWizard(Site.defaults(), dir), 2);
        // a new site has no VIP yet: the cluster step says so
        assertThat(w.row(0).strip()).startsWith("edge-site   Step 2 of 8   Registration").endsWith("1 [2] 3 4 5! 6 7 8");
    }

    @Test
    void editFromTheReviewComesStraightBackToIt() throws Exception {
        VirtualWizard w = to(new VirtualWizard(WizardWindowTest.example("single-dhcp-vip.yaml"), dir), 7);
        w.focus("Network").enter();
        assertThat(w.screenText()).contains("Step 4 of 8", "Back to review");
        w.ctrl('n');
        assertThat(w.screenText()).contains("Step 7 of 8", "Review");
        w.focus("Host").enter();
        w.focus("Back to review").enter();
        assertThat(w.screenText()).contains("Step 7 of 8");
    }

    @Test
    void startOverAsksFirstAndNLeavesTheDraft() throws Exception {
        VirtualWizard first = to(new VirtualWizard(Site.defaults(), dir), 2);
        first.focus("Project").type("keep-me");
        first.ctrl('c').type("y");
        VirtualWizard second = new VirtualWizard(Site.defaults(), dir);
        assertThat(second.screenText()).contains("A draft saved at ", "is on the Registration screen");
        second.focus("Start over").enter();
        assertThat(second.screenText()).contains("Start over and delete the draft? y/n");
        second.type("n");
        second.focus("Resume draft").enter();
        // back on the screen, and on the field last edited
        assertThat(second.screenText()).contains("Step 2 of 8");
        assertThat(second.focusedRowText()).contains("Project", "keep-me");
    }

    @Test
    void addNicListsTheHostsNicsAndAVmxnet3OneComesMarked() throws Exception {
        VirtualWizard w = to(new VirtualWizard(Site.defaults().withNetwork(io.edgesite.model.Network.empty()), dir), 4);
        w.focus("Remove NIC 1").enter().type("y");
        w.focus("Add NIC").enter();
        assertThat(w.screenText()).contains("ens192", "00:50:56:aa:bb:cc", "link up", "vmxnet3", "another name: type it");
        w.enter();
        assertThat(w.app.wizard().form().get(SiteProperties.NIC_NAME.at(0))).isEqualTo("ens192");
        assertThat(w.app.wizard().form().get(SiteProperties.NIC_VMXNET3.at(0))).isEqualTo("true");
    }

    @Test
    void theFirstScreenSaysWhatWasLoaded() throws Exception {
        VirtualWizard w = new VirtualWizard(WizardWindowTest.example("single-dhcp-vip.yaml"), dir, new TerminalSize(80, 24),
                FixtureHost.create(dir.resolve("host")), io.edgesite.tui.wizard.Places.anywhere(), dir.resolve("draft.yaml"),
                "the answers file site.yaml");
        assertThat(w.screenText()).contains("Loaded the answers file site.yaml: every field is filled from it.");
    }

    @Test
    void wrappedReviewLinesCarryAContinuationMarkAndTheSerialScrollBarIsAscii() throws Exception {
        VirtualWizard w = to(new VirtualWizard(WizardWindowTest.example("vmo-bonded-vlans.yaml"), dir), 7);
        String review = w.screenText();
        assertThat(review).contains(" \\");
        // the mono (serial) look: ^ v arrows, a : track and a # thumb in the last column, never ?
        String bar = review.lines().skip(3).limit(13).map(l -> l.isEmpty() ? "" : l.substring(l.length() - 1))
                .reduce("", String::concat);
        assertThat(bar).startsWith("^#").endsWith("v").matches("\\^#+:+v");
        w.terminal.addInput(new KeyStroke(KeyType.PageDown));
        w.pump();
        assertThat(w.screenText()).contains("v");
    }
}
