package io.edgesite.tui.view;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.SameTextGUIThread;
import com.googlecode.lanterna.gui2.TextGUIThread;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import io.edgesite.model.Site;
import io.edgesite.render.AnswersFormat;
import io.edgesite.render.AtomicFile;
import io.edgesite.render.ClusterDefinition;
import io.edgesite.render.UserDataRenderer;
import io.edgesite.tui.wizard.CheckRun;
import io.edgesite.tui.wizard.DraftStore;
import io.edgesite.tui.wizard.Form;
import io.edgesite.tui.wizard.FormBinding;
import io.edgesite.tui.wizard.TextFiles;
import io.edgesite.tui.wizard.Wizard;
import io.edgesite.tui.wizard.WizardScreens;
import io.edgesite.validators.checks.CheckSuite;
import io.edgesite.validators.checks.HostAccess;
import io.edgesite.validators.checks.ProbeResponder;
import io.edgesite.validators.host.HostFacts;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs the wizard on a real terminal: setup, the event loop, drafts, writing, and restoring the terminal. */
public final class WizardApp implements WizardView.Actions {
    private final Wizard wizard;
    private final DraftStore drafts;
    private final Optional<DraftStore.Draft> draft;
    private final Map<String, String> fresh;
    private volatile boolean running = true;
    private boolean draftOffered;
    private Runnable redraw = () -> { };
    private volatile TerminalSize pendingResize;
    private static boolean restored;
    private WizardView view;
    private WizardView prepared;
    private final HostAccess host;
    private final List<String> detected;
    private volatile CheckRun checks;
    private ProbeResponder responder;
    private Thread responderThread;

    public WizardApp(Site site, HostFacts facts, DraftStore drafts, String output) {
        this(site, facts, drafts, output, HostAccess.system(List.of()));
    }

    /** With the host the checks look at (a fixture in tests). */
    public WizardApp(Site site, HostFacts facts, DraftStore drafts, String output, HostAccess host) {
        this.host = host;
        this.detected = detectedNics(site, facts);
        Form form = FormBinding.fromSite(site, detected);
        form.set("write.output", output);
        form.set("write.answers", "false");
        form.set("write.answersPath", Path.of(output).toAbsolutePath().resolveSibling("answers.yaml").toString());
        this.fresh = form.values();
        this.wizard = new Wizard(WizardScreens.build(facts), form, site, TextFiles.system(), 0);
        this.drafts = drafts;
        this.draft = drafts.load();
        this.draftOffered = draft.isPresent();
    }

    public Wizard wizard() {
        return wizard;
    }

    /** The host's NICs, offered on the network screen; eth0 when neither the host nor the site names one. */
    static List<String> detectedNics(Site site, HostFacts facts) {
        List<String> names = new ArrayList<>();
        facts.nics().forEach(n -> names.add(n.name()));
        if (names.isEmpty() && site.network().nics().isEmpty()) {
            names.add("eth0");
        }
        return names;
    }

    /** Runs on this process's terminal, set up by {@code setup}, until the operator quits; returns the exit code. */
    public int runOnConsole(TerminalOptions options, TtySetup setup) throws IOException {
        // the first screen is laid out while stty runs
        prepared = new WizardView(wizard, this, options.mono());
        OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        InputStream in = new FileInputStream(FileDescriptor.in);
        EdgeTerminal tty = new EdgeTerminal(in, out, options.charset(), options.size(), setup);
        Terminal terminal = TerminalLayers.lean(tty);
        TerminalScreen screen = TerminalLayers.screen(terminal);
        Thread restore = new Thread(() -> restore(screen, terminal));
        Runtime.getRuntime().addShutdownHook(restore);
        try {
            screen.startScreen();
            screen.setCursorPosition(null);
            redraw = () -> {
                tty.askTerminalNextTime();
                remeasure(screen, terminal);
            };
            return loop(screen, terminal, options.mono());
        } finally {
            restore(screen, terminal);
            try {
                Runtime.getRuntime().removeShutdownHook(restore);
            } catch (IllegalStateException shuttingDown) {
                // already on the way out: the hook does the same
            }
        }
    }


    /** The event loop, shared by the console and the tests' virtual terminal. */
    public int loop(Screen screen, Terminal terminal, boolean mono) throws IOException {
        Session session = start(screen, terminal, mono);
        while (running) {
            if (!session.step()) {
                try {
                    // 10 ms keeps an idle wizard near 0 % CPU and still feels instant
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return 0;
    }

    /** Puts the wizard's window on a screen; the caller drives it with {@link Session#step()}. */
    public Session start(Screen screen, Terminal terminal, boolean mono) throws IOException {
        restored = false;
        MultiWindowTextGUI gui = new MultiWindowTextGUI(new SameTextGUIThread.Factory(), screen);
        gui.setTheme(Themes.of(mono));
        view = prepared != null ? prepared : new WizardView(wizard, this, mono);
        prepared = null;
        view.resizedIfChanged(screen.getTerminalSize());
        terminal.addResizeListener((t, size) -> pendingResize = size);
        gui.addWindow(view.window());
        gui.updateScreen();
        return new Session(gui, screen);
    }

    /** One running wizard window. */
    public final class Session {
        private final MultiWindowTextGUI gui;
        private final Screen screen;

        Session(MultiWindowTextGUI gui, Screen screen) {
            this.gui = gui;
            this.screen = screen;
        }

        /** Handles pending input and redraws; false when there was nothing to do. */
        public boolean step() throws IOException {
            TerminalSize resized = pendingResize;
            if (resized != null) {
                pendingResize = null;
                screen.doResizeIfNecessary();
                view.resized(resized);
            }
            TextGUIThread thread = gui.getGUIThread();
            boolean busy = thread.processEventsAndUpdate();
            if (view.settle()) {
                gui.updateScreen();
            }
            return busy || resized != null;
        }

        public WizardView view() {
            return view;
        }
    }

    private void remeasure(TerminalScreen screen, Terminal terminal) {
        try {
            TerminalSize size = terminal.getTerminalSize();
            pendingResize = size;
            screen.refresh(Screen.RefreshType.COMPLETE);
        } catch (IOException e) {
            // keep the current layout
        }
    }

    private static void restore(TerminalScreen screen, Terminal terminal) {
        // Runs from the finally block and from the shutdown hook (SIGTERM, SIGHUP): only once.
        synchronized (WizardApp.class) {
            if (restored) {
                return;
            }
            restored = true;
        }
        try {
            screen.clear();
            screen.refresh(Screen.RefreshType.COMPLETE);
            screen.stopScreen();
            terminal.clearScreen();
            terminal.setCursorPosition(0, 0);
            terminal.setCursorVisible(true);
            terminal.flush();
            terminal.close();
        } catch (IOException | RuntimeException e) {
            // the terminal is gone (SIGHUP): nothing left to restore
        }
    }

    @Override
    public void changed() {
        try {
            drafts.save(wizard.currentIndex(), wizard.form().values());
        } catch (IOException e) {
            // the wizard goes on; the review screen is still the way to write the file
        }
    }

    @Override
    public List<String> write() throws IOException {
        Site site = wizard.site().site();
        Path output = Path.of(wizard.form().get("write.output").strip()).toAbsolutePath();
        Path cluster = output.resolveSibling("cluster.json");
        if (output.equals(cluster)) {
            throw new IOException("the user-data file cannot be named cluster.json");
        }
        AtomicFile.write(output, UserDataRenderer.render(site));
        AtomicFile.write(cluster, ClusterDefinition.render(site));
        List<String> lines = new ArrayList<>();
        lines.add("User-data:     " + output + " (mode 0600)");
        lines.add("Cluster:       " + cluster);
        if (wizard.form().on("write.answers")) {
            Path answers = Path.of(wizard.form().get("write.answersPath").strip()).toAbsolutePath();
            AtomicFile.write(answers, AnswersFormat.write(site));
            lines.add("Answers:       " + answers);
        }
        lines.add("");
        lines.add("To use it, build it into the installer ISO, or put it on a second ISO");
        lines.add("labelled cidata next to an empty meta-data file:");
        lines.add("  mkdir cidata && cp " + output.getFileName() + " cidata/user-data && touch cidata/meta-data");
        lines.add("  genisoimage -output cidata.iso -volid cidata -joliet -rock cidata");
        drafts.delete();
        return lines;
    }

    @Override
    public void quit() {
        running = false;
        checksShown(false);
    }

    @Override
    public CheckRun checks() {
        return checks;
    }

    @Override
    public void runChecks(Runnable changed) {
        CheckRun run = CheckRun.start(CheckSuite.standard(), host, wizard.site().site(), wizard.form().version(), () -> {
            CheckRun current = checks;
            if (current != null && current.finished()) {
                wizard.checkResults(current.results());
            }
            changed.run();
        });
        checks = run;
    }

    @Override
    public void applyFixes() {
        CheckRun run = checks;
        if (run != null && !run.fixes().isEmpty()) {
            wizard.apply(run.fixes(), detected);
            changed();
        }
    }

    /** While the checks screen is shown, this host answers the other hosts' broadcast probes. */
    @Override
    public synchronized String checksShown(boolean shown) {
        if (shown && responder == null) {
            try {
                ProbeResponder r = new ProbeResponder(host.probePort(), wizard.site().site().registration().hostId(), a -> true);
                responder = r;
                responderThread = new Thread(() -> {
                    try {
                        r.serve(java.time.Duration.ZERO, line -> { });
                    } catch (IOException e) {
                        // closed when the screen is left
                    }
                }, "probe-responder");
                responderThread.setDaemon(true);
                responderThread.start();
            } catch (IOException e) {
                return "Not answering other hosts' probes: UDP " + host.probePort() + " is busy";
            }
        } else if (!shown && responder != null) {
            responder.close();
            responder = null;
        }
        return responder == null ? "" : "Answering other hosts' probes on UDP " + responder.port() + ".";
    }

    @Override
    public void redraw() {
        redraw.run();
    }

    @Override
    public boolean draftOffered() {
        return draftOffered && wizard.currentIndex() == 0;
    }

    @Override
    public void resumeDraft() {
        draft.ifPresent(d -> {
            Map<String, String> values = new java.util.LinkedHashMap<>(fresh);
            values.putAll(d.values());
            wizard.form().replaceAll(values);
            wizard.goTo(d.screen());
        });
        draftOffered = false;
    }

    @Override
    public void discardDraft() {
        drafts.delete();
        wizard.form().replaceAll(fresh);
        draftOffered = false;
    }

    /** For tests: whether the loop still runs. */
    public boolean running() {
        return running;
    }
}
