import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import io.edgesite.model.Site;
import io.edgesite.render.AnswersFormat;
import io.edgesite.tui.view.WizardUi;
import io.edgesite.tui.wizard.WizardSession;
import io.edgesite.tui.wizard.DraftStore;
import io.edgesite.checks.host.HostFacts;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Bytes the wizard writes to an 80x24 terminal per screen and per keystroke, in serial and default mode. */
public class WizardBytes {
    static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    /** An 80x24 ANSI terminal that erases line ends as the console's does. */
    static final class Fixed extends ANSITerminal implements io.edgesite.tui.terminal.LineEraser {
        Fixed(PipedInputStream in, OutputStream out, Charset cs) {
            super(in, out, cs);
        }

        @Override
        public void eraseToEndOfLine() throws java.io.IOException {
            writeToTerminal((byte) 0x1b, (byte) '[', (byte) 'K');
        }

        @Override
        protected TerminalSize findTerminalSize() {
            return new TerminalSize(80, 24);
        }
    }

    public static void main(String[] args) throws Exception {
        Site site = AnswersFormat.read(Files.readString(Path.of("examples/single-dhcp-vip.yaml")));
        System.out.println("| mode | welcome (start) | registration | host | network | cluster config | checks | review | write | per typed char | per Tab | overlay toggle |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (boolean serial : new boolean[] {true, false}) {
            System.out.println(row(site, serial));
            System.out.println(whole);
        }
    }

    static String row(Site site, boolean serial) throws Exception {
        Path dir = Files.createTempDirectory("edge-site-bench");
        PipedOutputStream keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys, 4096);
        Counting out = new Counting();
        Fixed terminal = new Fixed(in, out, serial ? StandardCharsets.US_ASCII : StandardCharsets.UTF_8);
        com.googlecode.lanterna.terminal.Terminal lean = io.edgesite.tui.terminal.TerminalLayers.lean(terminal);
        TerminalScreen screen = io.edgesite.tui.terminal.TerminalLayers.screen(lean);
        screen.startScreen();
        HostFacts facts = new HostFacts("CPU", "amd64", 4, 16L << 30, List.of(new HostFacts.Disk("sda", 256L << 30, false)),
                List.of(new HostFacts.NetworkCard("enp1s0", "00:11:22:33:44:55", "up", "e1000e")));
        // the host is a fixture: its checks send no packet, so every run draws the same
        WizardSession app = new WizardSession(site, facts, new DraftStore(dir.resolve("draft.yaml")),
                dir.resolve("user-data").toString(), io.edgesite.checks.HostAccess.fixture(
                        new io.edgesite.checks.host.HostRoot(dir), List.of()));
        WizardUi.Session session = new WizardUi(app, serial, serial).start(screen, lean);
        settle(session);
        String mode = serial ? "serial (ASCII, mono)" : "default (UTF-8, colour)";
        StringBuilder b = new StringBuilder("| " + mode + " | " + out.count);
        // the same screens drawn whole, as after Ctrl-L or when a draft resumes on them
        long start = out.count;
        screen.refresh(com.googlecode.lanterna.screen.Screen.RefreshType.COMPLETE);
        StringBuilder w = new StringBuilder("| " + mode + ", each screen drawn whole | " + (out.count - start));
        long before;
        for (int s = 2; s <= 8; s++) {
            before = out.count;
            press(keys, session, 0x0e); // Ctrl-N
            b.append(" | ").append(out.count - before);
            long redraw = out.count;
            screen.refresh(com.googlecode.lanterna.screen.Screen.RefreshType.COMPLETE);
            w.append(" | ").append(out.count - redraw);
            if (s == 5) {
                // Cluster Config: Tab x10, then the overlay toggle, measured on their own
                long tabs = out.count;
                for (int i = 0; i < 6; i++) {
                    press(keys, session, '\t');
                }
                tabs = out.count - tabs;
                long toggle = out.count;
                press(keys, session, ' ');
                toggle = out.count - toggle;
                press(keys, session, ' ');
                // typing into the Nodes field: back to it, then 5 digits (a value that stays valid)
                for (int i = 0; i < 4; i++) {
                    press(keys, session, 0x1b, '[', 'Z'); // Shift-Tab
                }
                long typed = out.count;
                for (int i = 0; i < 5; i++) {
                    press(keys, session, '1');
                }
                typed = out.count - typed;
                for (int i = 0; i < 5; i++) {
                    press(keys, session, 0x7f);
                }
                typedPerChar = typed / 5.0;
                perTab = tabs / 6.0;
                toggleBytes = toggle;
            }
        }
        b.append(String.format(" | %.1f | %.1f | %d |", typedPerChar, perTab, toggleBytes));
        whole = w.append(" | | | |").toString();
        return b.toString();
    }

    static String whole;
    static double typedPerChar;
    static double perTab;
    static long toggleBytes;

    static void press(PipedOutputStream keys, WizardUi.Session session, int... bytes) throws Exception {
        for (int x : bytes) {
            keys.write(x);
        }
        keys.flush();
        Thread.sleep(5);
        settle(session);
    }

    static void settle(WizardUi.Session session) throws Exception {
        for (int i = 0; i < 20; i++) {
            if (!session.step()) {
                Thread.sleep(2);
                if (!session.step()) {
                    return;
                }
            }
        }
    }
}
