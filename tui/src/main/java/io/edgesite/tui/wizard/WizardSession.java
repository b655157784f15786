package io.edgesite.tui.wizard;

import io.edgesite.checks.CheckSuite;
import io.edgesite.checks.HostAccess;
import io.edgesite.checks.ProbeResponder;
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
    private final DraftStore drafts;
    private final Optional<DraftStore.Draft> draft;
    private final Map<String, String> fresh;
    private final HostAccess host;
    private final List<String> detected;
    private volatile boolean running = true;
    private boolean draftOffered;
    private volatile CheckRun checks;
    private ProbeResponder responder;

    /** The session for a site, on a host (a fixture in tests), writing to {@code output} by default. */
    public WizardSession(Site site, HostFacts facts, DraftStore drafts, String output, HostAccess host) {
        this.host = host;
        this.detected = detectedNics(site, facts);
        Form form = FormBinding.fromSite(site, detected);
        form.set(OUTPUT, output);
        form.set(SAVE_ANSWERS, "false");
        form.set(ANSWERS, Path.of(output).toAbsolutePath().resolveSibling("answers.yaml").toString());
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

    public boolean running() {
        return running;
    }

    public void quit() {
        running = false;
        checksShown(false);
    }

    /** The form changed: save the draft. */
    public void changed() {
        try {
            drafts.save(wizard.currentIndex(), wizard.form().values());
        } catch (IOException e) {
            // the wizard goes on; the review screen is still the way to write the file
        }
    }

    /** Writes the files through the one write path; returns the lines of the final message. */
    public List<String> write() throws IOException {
        Site site = wizard.site().site();
        Path output = Path.of(wizard.form().get(OUTPUT).strip()).toAbsolutePath();
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
            wizard.form().replaceAll(values);
            wizard.goTo(d.screen());
        });
        draftOffered = false;
    }

    public void discardDraft() {
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

    /** While the checks screen is shown, this host answers the other hosts' broadcast probes; returns a status line. */
    public synchronized String checksShown(boolean shown) {
        if (shown && responder == null) {
            try {
                ProbeResponder r = new ProbeResponder(host.probePort(), wizard.site().site().registration().hostId(), a -> true);
                responder = r;
                Thread t = new Thread(() -> {
                    try {
                        r.serve(java.time.Duration.ZERO, line -> { });
                    } catch (IOException e) {
                        // closed when the screen is left
                    }
                }, "probe-responder");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return "Not answering other hosts' probes: UDP " + host.probePort() + " is busy";
            }
        } else if (!shown && responder != null) {
            responder.close();
            responder = null;
        }
        return responder == null ? "" : "Answering other hosts' probes on UDP " + responder.port() + ".";
    }
}
