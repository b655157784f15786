package io.edgesite.tui.wizard;

import io.edgesite.checks.CheckSuite;
import io.edgesite.checks.HostAccess;
import io.edgesite.checks.SourcePolicy;
import io.edgesite.properties.SiteProperties;
import io.edgesite.render.TextInput;
import io.edgesite.checks.host.HostFacts;
import io.edgesite.model.Site;
import io.edgesite.render.SiteFiles;
import io.edgesite.validators.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
    public static final String ISO = "write.iso";
    public static final String ISO_FILE = io.edgesite.render.CidataIso.FILE_NAME;

    private final Wizard wizard;
    private final SessionDraft draft;
    private boolean written;
    private String loaded = "";
    private InventoryPick inventory;
    private final Places places;
    private final HostAccess host;
    private final List<String> detected;
    private final List<HostFacts.NetworkCard> cards;
    private volatile boolean running = true;
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
        this.detected = detectedNics(facts);
        this.cards = facts.nics();
        Form form = FormBinding.fromSite(site, detected);
        // a NIC found on the host with the vmxnet3 driver starts marked VMXNET3 (the answers' own NICs stay as given)
        for (int i = 0; i < Group.size(form, SiteProperties.NICS.path()); i++) {
            String name = form.get(SiteProperties.NIC_NAME.at(i));
            if (site.network().nics().stream().noneMatch(n -> n.name().equals(name)) && vmxnet3(name)) {
                form.set(SiteProperties.NIC_VMXNET3.at(i), "true");
            }
        }
        form.set(OUTPUT, output);
        form.set(SAVE_ANSWERS, "false");
        form.set(ISO, "false");
        form.set(ANSWERS, Path.of(output).toAbsolutePath().resolveSibling("answers.yaml").toString());
        Map<String, String> fresh = form.values();
        TextFiles files = TextFiles.system();
        this.wizard = new Wizard(WizardScreens.build(facts), form, site, path -> {
            String refused = places.refusal(Path.of(path));
            if (refused != null) {
                throw new TextInput.Unreadable(refused);
            }
            return files.read(path);
        }, 0);
        this.draft = new SessionDraft(wizard, drafts, fresh);
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

    /** The host's NICs, offered on the network screen. */
    static List<String> detectedNics(HostFacts facts) {
        List<String> names = new ArrayList<>();
        facts.nics().forEach(n -> names.add(n.name()));
        return names;
    }

    /** The NICs the host has, for the list Add NIC opens. */
    public List<HostFacts.NetworkCard> cards() {
        return cards;
    }

    /** Whether the host's NIC of this name is driven by vmxnet3. */
    public boolean vmxnet3(String nic) {
        return cards.stream().anyMatch(c -> c.name().equals(nic) && io.edgesite.palette.Vmxnet3.DRIVER.equals(c.driver()));
    }

    public void loadedFrom(String what) {
        loaded = what;
    }

    /** What the first screen's status line says: the draft offered, the inventory's host, or the file loaded. */
    public String openingStatus() {
        return draftOffered() ? draftDescription() : inventory != null ? inventory.describe()
                : loaded.isEmpty() ? "" : "Loaded " + loaded + ": every field is filled from it.";
    }

    /** The inventory the wizard was started with, if any. */
    public java.util.Optional<InventoryPick> inventory() {
        return java.util.Optional.ofNullable(inventory);
    }

    /** Starts from an inventory: every field filled from the host found in it, if one was. */
    public void useInventory(InventoryPick pick) {
        inventory = pick;
        if (!pick.unresolved()) {
            wizard.load(pick.site(), detected);
            loaded = pick.chosenKey() + " of the inventory";
        }
    }

    /** The operator says which host of the inventory this machine is: every field is filled from it. */
    public void chooseInventoryHost(String key) {
        wizard.load(inventory.choose(key), detected);
        loaded = key + " of the inventory";
        changed();
    }

    /** Whether this run wrote its files. */
    public boolean written() {
        return written;
    }

    public boolean running() {
        return running;
    }

    public void quit() {
        running = false;
        checksShown(false);
        draft.close();
    }

    /** Saves a pending change now, on this thread (quit, signals, and tests that read the draft at once). */
    public void flushDraft() {
        draft.flush();
    }

    /** The form changed: the draft is saved after a quiet moment, off this thread. */
    public void changed() {
        draft.changed();
    }

    /** A field was edited: defaults that follow it follow, and the draft remembers it for a resume to focus. */
    public void edited(String key) {
        wizard.edited(key);
        draft.edited(key);
    }

    /** The screen changed: the draft is saved at once, off this thread. */
    public void moved() {
        draft.moved();
    }

    /** What the status line must say about the draft until it is true no more: a failed save, read-only. */
    public String draftProblem() {
        return draft.problem();
    }

    /** The draft's holder when another wizard has it (this one then offers a separate draft or read-only). */
    public Optional<DraftStore.Held> draftHeld() {
        return draft.held();
    }

    /** Goes on with a draft of its own beside the one in use. */
    public void useSeparateDraft() throws IOException {
        draft.separate();
    }

    /** Goes on without saving a draft (the other wizard keeps its own). */
    public void readOnly() {
        draft.readOnly();
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
        Path iso = wizard.form().on(ISO) ? output.resolveSibling(ISO_FILE) : null;
        SiteFiles.Plan plan = SiteFiles.plan(site, output, true, answers, iso, io.edgesite.render.CidataIso.date(System.getenv("SOURCE_DATE_EPOCH")));
        if (!plan.writable()) {
            Finding first = plan.userDataErrors().isEmpty()
                    ? plan.findings().stream().filter(Finding::isError).findFirst().orElseThrow() : plan.userDataErrors().get(0);
            throw new IOException(first.path() + ": " + first.message());
        }
        List<String> lines = new ArrayList<>();
        for (Path written : SiteFiles.write(plan)) {
            String what = written.equals(output) ? "User-data:" : written.equals(answers) ? "Answers:"
                    : written.equals(iso) ? "ISO image:" : "Cluster:";
            lines.add(String.format("%-15s%s%s", what, written, written.equals(output) ? " (mode 0600)" : ""));
        }
        lines.add("");
        lines.addAll(NextSteps.after(output, iso));
        draft.done();
        written = true;
        return lines;
    }

    /** What the resume offer says: when the draft was saved and on which screen. */
    public String draftDescription() {
        return draft.description();
    }

    /** The field last edited in the resumed draft, for the view to focus; empty when none. */
    public String resumedFocus() {
        return draft.resumedFocus();
    }

    /** Whether a draft was found at start, so the welcome screen offers to resume it. */
    public boolean draftOffered() {
        return draft.offered();
    }

    public void resumeDraft() {
        draft.resume();
    }

    public void discardDraft() {
        draft.discard();
    }

    /** The latest run of the host checks, or null before the first. */
    public CheckRun checks() {
        return checks;
    }

    /** Starts the checks again for the answers as they are; {@code progressed} hears their progress. */
    public void runChecks(Runnable progressed) {
        checks = CheckRun.start(CheckSuite.standard(), host, wizard.site().site(), () -> {
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
