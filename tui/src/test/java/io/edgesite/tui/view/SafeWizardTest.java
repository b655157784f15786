package io.edgesite.tui.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import io.edgesite.model.Passthrough;
import io.edgesite.model.Site;
import io.edgesite.tui.wizard.Places;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard keeps what it was given, says when it cannot, and shows no credential it need not show. */
class SafeWizardTest {
    static final String CANARY = "Canary-19b4a";

    @TempDir
    Path dir;

    static Site example() throws Exception {
        return io.edgesite.render.AnswersFormat.read(Files.readString(Path.of("../examples", "single-dhcp-vip.yaml")));
    }

    static VirtualWizard toWrite(VirtualWizard w) throws Exception {
        for (int i = 0; i < 8 && !w.screenText().contains("Step 8 of 8"); i++) {
            w.ctrl('n');
        }
        assertThat(w.screenText()).contains("Step 8 of 8");
        return w;
    }

    @Test
    void aResumedDraftStillHoldsWhatOnlyTheAnswersFileHad() throws Exception {
        Site withRegistry = example().withPassthrough(new Passthrough(Map.of("stylus", Map.of("registryCredentials",
                Map.of("domain", "registry.shop:5000", "username", "edge", "password", CANARY)))));
        VirtualWizard first = new VirtualWizard(withRegistry, dir);
        first.enter();
        first.focus("Project").type("-resumed");
        first.ctrl('c').type("y");
        assertThat(Files.readString(dir.resolve("draft.yaml"))).contains("registryCredentials");
        // started again without the answers file: the draft alone brings everything back
        VirtualWizard second = new VirtualWizard(Site.defaults(), dir);
        second.focus("Resume draft").enter();
        toWrite(second).focus("Write").enter();
        assertThat(second.screenText()).contains("The files are written");
        assertThat(Files.readString(dir.resolve("user-data"))).contains("registry.shop:5000", CANARY);
    }

    @Test
    void aDraftThatCannotBeSavedSaysSoUntilItCan() throws Exception {
        Path blocked = dir.resolve("not-a-folder");
        Files.writeString(blocked, "a file where the draft's folder should be\n");
        VirtualWizard w = new VirtualWizard(Site.defaults(), dir, new TerminalSize(80, 24), FixtureHost.create(dir.resolve("host")),
                Places.anywhere(), blocked.resolve("draft.yaml"));
        w.enter();
        w.focus("Project").type("x");
        assertThat(w.row(23)).startsWith("Draft not saved (" + blocked.resolve("draft.yaml"));
    }

    @Test
    void proxyCredentialsAreMaskedUnlessTheFieldIsBeingEdited() throws Exception {
        VirtualWizard w = new VirtualWizard(Site.defaults(), dir);
        w.ctrl('n').ctrl('n').ctrl('n');
        w.focus("HTTPS proxy").type("http://bob:" + CANARY + "@proxy.shop:3128");
        assertThat(w.line("HTTPS proxy")).contains(CANARY);
        w.tab(1);
        assertThat(w.line("HTTPS proxy")).contains("http://****@proxy.shop:3128").doesNotContain(CANARY);
        assertThat(w.app.wizard().reviewText()).doesNotContain(CANARY).contains("http://****@proxy.shop:3128");
        w.focus("HTTPS proxy");
        assertThat(w.line("HTTPS proxy")).contains(CANARY);
    }

    @Test
    void inConsoleModeNothingIsWrittenOrReadOutsideItsFolder() throws Exception {
        Path out = dir.resolve("out");
        Files.writeString(dir.resolve("secret.pem"), "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
        Files.createDirectories(out);
        Files.createSymbolicLink(out.resolve("escape"), dir);
        Places places = Places.console(out, List.of());
        VirtualWizard w = new VirtualWizard(example(), dir, new TerminalSize(80, 24), FixtureHost.create(dir.resolve("host")),
                places, dir.resolve("draft.yaml"));
        w.enter();
        w.focus("CA cert files").type(out.resolve("escape/secret.pem").toString());
        w.tab(1);
        assertThat(w.screenText()).contains("! console mode: files only under");
        w.focus("CA cert files");
        for (int i = 0; i < 80; i++) {
            w.key(com.googlecode.lanterna.input.KeyType.Backspace);
        }
        toWrite(w).focus("User-data file");
        for (int i = 0; i < 120; i++) {
            w.key(com.googlecode.lanterna.input.KeyType.Backspace);
        }
        w.type(dir.resolve("elsewhere/user-data").toString());
        w.focus("Write").enter();
        assertThat(w.screenText()).contains("Not written:", "console mode: files only under");
        assertThat(dir.resolve("elsewhere")).doesNotExist();
    }
}
