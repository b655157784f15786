package io.edgesite.tui.view;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import io.edgesite.model.Site;
import io.edgesite.tui.wizard.DraftStore;
import io.edgesite.tui.wizard.WizardSession;
import io.edgesite.checks.host.HostFacts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The wizard on Lanterna's virtual terminal, driven only by keystrokes, read back cell by cell. */
final class VirtualWizard {
    final DefaultVirtualTerminal terminal;
    final WizardSession app;
    final WizardUi.Session session;

    static final HostFacts FACTS = new HostFacts("Test CPU", "amd64", 4, 16L << 30,
            List.of(new HostFacts.Disk("sda", 256L << 30, false)),
            List.of(new HostFacts.NetworkCard("ens192", "00:50:56:aa:bb:cc", "up", "vmxnet3")));

    VirtualWizard(Site site, Path dir) throws IOException {
        this(site, dir, new TerminalSize(80, 24));
    }

    VirtualWizard(Site site, Path dir, TerminalSize size) throws IOException {
        this(site, dir, size, FixtureHost.create(dir.resolve("host")));
    }

    VirtualWizard(Site site, Path dir, TerminalSize size, io.edgesite.checks.HostAccess host) throws IOException {
        this(site, dir, size, host, io.edgesite.tui.wizard.Places.anywhere(), dir.resolve("draft.yaml"));
    }

    /** Confined to some places, with the draft where the test says. */
    VirtualWizard(Site site, Path dir, TerminalSize size, io.edgesite.checks.HostAccess host,
            io.edgesite.tui.wizard.Places places, Path draft) throws IOException {
        this(site, dir, size, host, places, draft, "");
    }

    /** As started from a file ({@code loaded} says which), the way the command line starts it. */
    VirtualWizard(Site site, Path dir, TerminalSize size, io.edgesite.checks.HostAccess host,
            io.edgesite.tui.wizard.Places places, Path draft, String loaded) throws IOException {
        terminal = new DefaultVirtualTerminal(size);
        // Through the same lean layer as a real terminal, so these tests also prove it draws correctly.
        com.googlecode.lanterna.terminal.Terminal lean = io.edgesite.tui.terminal.TerminalLayers.lean(terminal);
        TerminalScreen screen = io.edgesite.tui.terminal.TerminalLayers.screen(lean);
        screen.startScreen();
        // loopback stands for the LAN: the tests' probes come from this host's own address
        app = new WizardSession(site, FACTS, new DraftStore(draft), dir.resolve("user-data").toString(), host,
                () -> new io.edgesite.checks.SourcePolicy(java.util.Set.of(), List.of(
                        new inet.ipaddr.IPAddressString("127.0.0.0/8").getAddress()), List.of(), false), places);
        if (!loaded.isEmpty()) {
            app.loadedFrom(loaded);
        }
        session = new WizardUi(app, true).start(screen, lean);
        pump();
    }

    void pump() throws IOException {
        for (int i = 0; i < 50 && session.step(); i++) {
            // keep going until nothing is left to process
        }
        // what a keystroke changed is in the draft before the test looks (the wizard saves it a moment later)
        app.flushDraft();
        for (int i = 0; i < 50 && session.step(); i++) {
            // and what the save said is on the screen
        }
    }

    /** Pumps events until the screen shows {@code text} (work on other threads, such as the checks). */
    String waitFor(String text) throws IOException, InterruptedException {
        for (int i = 0; i < 250; i++) {
            pump();
            if (screenText().contains(text)) {
                return screenText();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("never showed " + text + "\n" + screenText());
    }

    VirtualWizard key(KeyType type) throws IOException {
        terminal.addInput(new KeyStroke(type));
        pump();
        return this;
    }

    VirtualWizard ctrl(char c) throws IOException {
        terminal.addInput(new KeyStroke(c, true, false));
        pump();
        return this;
    }

    VirtualWizard type(String text) throws IOException {
        for (char c : text.toCharArray()) {
            terminal.addInput(new KeyStroke(c, false, false));
            pump();
        }
        return this;
    }

    VirtualWizard tab(int times) throws IOException {
        for (int i = 0; i < times; i++) {
            key(KeyType.Tab);
        }
        return this;
    }

    VirtualWizard enter() throws IOException {
        return key(KeyType.Enter);
    }

    /** Moves focus with Tab until the row holding {@code label} has it (at most 120 presses). */
    VirtualWizard focus(String label) throws IOException {
        for (int i = 0; i < 120; i++) {
            com.googlecode.lanterna.gui2.Interactable f = session.window().window().getFocusedInteractable();
            boolean match = f instanceof com.googlecode.lanterna.gui2.Button b && b.getLabel().equals(label)
                    || focusedRowText().strip().startsWith(label + " ") || focusedRowText().strip().equals(label);
            if (match) {
                return this;
            }
            key(KeyType.Tab);
        }
        throw new AssertionError("never focused " + label + "\n" + screenText());
    }

    String focusedRowText() {
        com.googlecode.lanterna.gui2.Interactable focused = session.window().window().getFocusedInteractable();
        if (focused == null) {
            return "";
        }
        int row = focused.toGlobal(TerminalPosition.TOP_LEFT_CORNER).getRow();
        return row(row);
    }

    String row(int r) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < terminal.getTerminalSize().getColumns(); c++) {
            b.append(terminal.getCharacter(c, r).getCharacterString());
        }
        return b.toString();
    }

    String screenText() {
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < terminal.getTerminalSize().getRows(); r++) {
            b.append(row(r).stripTrailing()).append('\n');
        }
        return b.toString();
    }

    /** The row that starts with the label, or "" when no row does. */
    String line(String label) {
        for (String l : screenText().split("\n")) {
            if (l.strip().startsWith(label)) {
                return l;
            }
        }
        return "";
    }
}
