package io.edgesite.tui.wizard;

import io.edgesite.checks.CheckSuite;
import io.edgesite.checks.HostAccess;
import io.edgesite.checks.SourcePolicy;
import io.edgesite.render.TextInput;
import io.edgesite.checks.host.HostFacts;
import io.edgesite.model.Site;
import io.edgesite.render.SiteFiles;
import io.edgesite.validators.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One operator's run of the wizard, without any terminal: the wizard's state, the draft it is saved to, the
 * host checks and the probe responder behind the checks screen, and the write.
 */
public final class WizardSession {
    public static final String OUTPUT = "write.output";
    public static final String SAVE_ANSWERS = "write.answers";
    public static final String ANSWERS = "write.answersPath";

    private final Wizard wizard;
    private DraftStore drafts;
    private DraftSaver saver;
    private Optional<DraftStore.Held> heldBy;
    private boolean readOnly;
    private final Places places;
    private final Optional<DraftStore.Draft> draft;
    private final Map<String, String> fresh;
    private final HostAccess host;
    private final List<String> detected;
    private volatile boolean running = true;
    private boolean draftOffered;
    private volatile CheckRun checks;
    private ProbeAnswering responder;
    private final java.util.function.Supplier<SourcePolicy> answered;

    /** The session for a site, on a host (a fixture in tests), writing to {@code output} by default. */
    public WizardSession(Site site, HostFacts facts, DraftStore drafts, String output, HostAccess host) {
        this(site, facts, drafts, output, host, CONNECTED_HOSTS);
    }

    /** With the senders whose probes are answered: the hosts on a connected subnet, or as a test says. */
    public WizardSession(Site site, HostFacts facts, DraftStore drafts, String output, HostAccess host,
            java.util.function.Supplier<SourcePolicy> answered) {
        this(site, facts, drafts, output, host, answered, Places.anywhere());
    }

    /** Confined to some places (the console unit's kiosk mode). */
    public WizardSession(Site site, HostFacts facts, DraftStore drafts, String output, HostAccess host,
            java.util.function.Supplier<SourcePolicy> answered, Places places) {
        this.answered = answered;
        this.places = places;
        this.host = host;
        this.detected = detectedNics(site, facts);
        Form form = FormBinding.fromSite(site, detected);
        form.set(OUTPUT, output);
        form.set(SAVE_ANSWERS, "false");
        form.set(ANSWERS, Path.of(output).toAbsolutePath().resolveSibling("answers.yaml").toString());
        this.fresh = form.values();
        TextFiles files = TextFiles.system();
        this.wizard = new Wizard(WizardScreens.build(facts), form, site, path -> {
            String refused = places.refusal(Path.of(path));
            if (refused != null) {
                throw new TextInput.Unreadable(refused);
            }
            return files.read(path);
        }, 0);
        this.drafts = drafts;
        this.heldBy = lockOrHolder(drafts);
        this.draft = heldBy.isPresent() ? Optional.empty() : drafts.load();
        this.draftOffered = draft.isPresent();
        this.saver = new DraftSaver(drafts);
    }

    /** The senders whose probes are answered: the hosts on a connected subnet. */
    public static final java.util.function.Supplier<SourcePolicy> CONNECTED_HOSTS = WizardSession::connectedHosts;

    private static SourcePolicy connectedHosts() {
        try {
            return SourcePolicy.system(null, false);
        } catch (java.net.SocketException e) {
            // the interfaces cannot be listed: answer nobody rather than anybody
            return new SourcePolicy(java.util.Set.of(), List.of(), List.of(), false);
        }
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

    public boolean running() {
        return running;
    }

    public void quit() {
        running = false;
        checksShown(false);
        flushDraft();
        drafts.unlock();
    }

    /** Saves a pending change now, on this thread (quit, signals, and tests that read the draft at once). */
    public void flushDraft() {
        if (saving()) {
            saver.flush();
        }
    }

    /** The form changed: the draft is saved after a quiet moment, off this thread. */
    public void changed() {
        if (saving()) {
            saver.changed(snapshot());
        }
    }

    /** The screen changed: the draft is saved at once, off this thread. */
    public void moved() {
        if (saving()) {
            saver.soon(snapshot());
        }
    }

    private boolean saving() {
        return heldBy.isEmpty() && !readOnly;
    }

    private DraftStore.Draft snapshot() {
        return new DraftStore.Draft(wizard.currentIndex(), wizard.form().values(), wizard.base().passthrough().tree());
    }

    /** What the status line must say about the draft until it is true no more: a failed save, read-only. */
    public String draftProblem() {
        if (readOnly) {
            return "Read-only: the draft is " + (heldBy.isPresent() ? "in use by " + heldBy.get().by() : "not saved") + ".";
        }
        return saver.problem();
    }

    /** The draft's holder when another wizard has it (this one then offers a separate draft or read-only). */
    public Optional<DraftStore.Held> draftHeld() {
        return readOnly ? Optional.empty() : heldBy;
    }

    /** Goes on with a draft of its own beside the one in use. */
    public void useSeparateDraft() throws IOException {
        DraftStore other = drafts.separate();
        other.lock();
        drafts = other;
        saver = new DraftSaver(other);
        heldBy = Optional.empty();
        changed();
    }

    /** Goes on without saving a draft (the other wizard keeps its own). */
    public void readOnly() {
        readOnly = true;
    }

    private static Optional<DraftStore.Held> lockOrHolder(DraftStore drafts) {
        try {
            return drafts.lock();
        } catch (IOException e) {
            // the folder cannot be made or written: saves will say so on the status line
            return Optional.empty();
        }
    }

    /** Where files may go and come from. */
    public Places places() {
        return places;
    }

    /** Writes the files through the one write path; returns the lines of the final message. */
    public List<String> write() throws IOException {
        Site site = wizard.site().site();
        Path output = Path.of(wizard.form().get(OUTPUT).strip()).toAbsolutePath();
        for (String asked : List.of(OUTPUT, ANSWERS)) {
            String refused = asked.equals(ANSWERS) && !wizard.form().on(SAVE_ANSWERS) ? null
                    : places.refusal(Path.of(wizard.form().get(asked).strip()));
            if (refused != null) {
                throw new IOException(refused + " (not " + wizard.form().get(asked).strip() + ")");
            }
        }
        if (SiteFiles.clashesWithCluster(output)) {
            throw new IOException("the user-data file cannot be named " + SiteFiles.CLUSTER_FILE);
        }
        Path answers = wizard.form().on(SAVE_ANSWERS) ? Path.of(wizard.form().get(ANSWERS).strip()).toAbsolutePath() : null;
        SiteFiles.Plan plan = SiteFiles.plan(site, output, true, answers);
        if (!plan.writable()) {
            Finding first = plan.userDataErrors().isEmpty()
                    ? plan.findings().stream().filter(Finding::isError).findFirst().orElseThrow() : plan.userDataErrors().get(0);
            throw new IOException(first.path() + ": " + first.message());
        }
        List<String> lines = new ArrayList<>();
        for (Path written : SiteFiles.write(plan)) {
            String what = written.equals(output) ? "User-data:" : written.equals(answers) ? "Answers:" : "Cluster:";
            lines.add(String.format("%-15s%s%s", what, written, written.equals(output) ? " (mode 0600)" : ""));
        }
        lines.add("");
        lines.add("To use it, build it into the installer ISO, or put it on a second ISO");
        lines.add("labelled cidata next to an empty meta-data file:");
        lines.add("  mkdir cidata && cp " + output.getFileName() + " cidata/user-data && touch cidata/meta-data");
        lines.add("  genisoimage -output cidata.iso -volid cidata -joliet -rock cidata");
        saver.cancel();
        drafts.delete();
        return lines;
    }

    /** Whether a draft was found at start, so the welcome screen offers to resume it. */
    public boolean draftOffered() {
        return draftOffered && wizard.currentIndex() == 0;
    }

    public void resumeDraft() {
        draft.ifPresent(d -> {
            Map<String, String> values = new LinkedHashMap<>(fresh);
            values.putAll(d.values());
            if (!d.userData().isEmpty()) {
                wizard.rebase(new io.edgesite.model.Passthrough(d.userData()));
            }
            wizard.form().replaceAll(values);
            wizard.goTo(d.screen());
        });
        draftOffered = false;
    }

    public void discardDraft() {
        saver.cancel();
        drafts.delete();
        wizard.form().replaceAll(fresh);
        draftOffered = false;
    }

    /** The latest run of the host checks, or null before the first. */
    public CheckRun checks() {
        return checks;
    }

    /** Starts the checks again for the answers as they are; {@code progressed} hears their progress. */
    public void runChecks(Runnable progressed) {
        checks = CheckRun.start(CheckSuite.standard(), host, wizard.site().site(), wizard.form().version(), () -> {
            CheckRun current = checks;
            if (current != null && current.finished()) {
                wizard.checkResults(current.results());
            }
            progressed.run();
        });
    }

    /** Applies the user-data changes the finished checks offer. */
    public void applyFixes() {
        CheckRun run = checks;
        if (run != null && !run.fixes().isEmpty()) {
            wizard.apply(run.fixes(), detected);
            changed();
        }
    }

    /** While the checks screen is shown, this host answers the other hosts' probes; returns a status line. */
    public synchronized String checksShown(boolean shown) {
        if (shown && responder == null) {
            responder = ProbeAnswering.start(host.probePort(), wizard.site().site().registration().hostId(), answered);
            // a moment for the socket, so that the first status line is already the true one
            for (int i = 0; i < 20 && responder.status().startsWith("Starting"); i++) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        } else if (!shown && responder != null) {
            responder.stop();
            responder = null;
        }
        return responder == null ? "" : responder.status();
    }
}
