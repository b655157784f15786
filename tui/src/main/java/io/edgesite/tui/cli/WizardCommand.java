package io.edgesite.tui.cli;

import io.edgesite.model.Site;
import io.edgesite.checks.HostAccess;
import io.edgesite.tui.terminal.TerminalOptions;
import io.edgesite.tui.terminal.TtySetup;
import io.edgesite.tui.view.ConsoleRunner;
import io.edgesite.tui.wizard.DraftStore;
import io.edgesite.tui.wizard.InventoryPick;
import io.edgesite.tui.wizard.Places;
import io.edgesite.tui.wizard.RemovableMedia;
import io.edgesite.tui.wizard.WizardSession;
import io.edgesite.checks.host.HostFacts;
import io.edgesite.checks.host.HostRoot;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code edge-site wizard} (also {@code edge-site} alone): the interactive wizard. */
@Command(name = "wizard", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Walk through the site and cluster settings and write user-data (the default command).")
final class WizardCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--answers", paramLabel = "FILE", description = "pre-fill every field from an answers file")
    String answers;

    @Option(names = "--from", paramLabel = "USER-DATA", description = "pre-fill every field from a user-data file")
    String from;

    @Option(names = "--inventory", paramLabel = "FILE", description = "pre-fill every field from this host's entry in an"
            + " inventory (found by a NIC's MAC address, then by host name; asked when not found)")
    String inventory;

    @Option(names = "--root", paramLabel = "DIR", description = "read the host's hardware and NICs from files under DIR"
            + " (/sys, /proc, /etc) instead of this machine's")
    Path root;

    @Option(names = "--output", paramLabel = "FILE", description = "user-data to write (default ./user-data;"
            + " with --console " + CONSOLE_OUT + "/user-data)")
    String output;

    /** Where the console unit writes: the only folder, with removable media, it may write into or read from. */
    static final String CONSOLE_OUT = "/var/lib/edge-site/out";

    @Option(names = "--ascii", description = "ASCII characters only")
    boolean ascii;

    @Option(names = "--mono", description = "no colour: reverse video and underline")
    boolean mono;

    @Option(names = "--size", paramLabel = "COLSxROWS", description = "terminal size, when it cannot be measured (also EDGE_SITE_SIZE)")
    String size;

    @Option(names = "--console", description = "the console unit's kiosk mode: files are written and read only under"
            + " /var/lib/edge-site/out (or --output's folder) and on removable media; Ctrl-Z does not suspend")
    boolean console;

    @Option(names = "--draft", paramLabel = "FILE", description = "draft file (default under $XDG_STATE_HOME/edge-site, else /var/lib/edge-site as root)")
    String draft;

    @Override
    public Integer call() throws Exception {
        return run(spec.commandLine().getErr());
    }

    /** Runs with the options as they are (their defaults when no command line was parsed). */
    Integer run(PrintWriter err) throws Exception {
        if (size != null && TerminalOptions.parseSize(size) == null) {
            err.println("edge-site: --size takes COLSxROWS, such as 80x24");
            return ExitCodes.USAGE;
        }
        if (inventory != null && (answers != null || from != null)) {
            err.println("edge-site: --inventory fills every field; give it alone, without --answers or --from");
            return ExitCodes.USAGE;
        }
        if (root != null && !java.nio.file.Files.isDirectory(root)) {
            err.println("edge-site: --root " + root + ": not a directory");
            return ExitCodes.USAGE;
        }
        Site site;
        try {
            site = AnswersInput.readEither(answers, from, err);
        } catch (AnswersInput.Refused e) {
            return e.code();
        }
        HostRoot hostRoot = root != null ? new HostRoot(root) : HostRoot.system();
        HostFacts facts = HostFacts.read(hostRoot);
        InventoryPick pick = null;
        if (inventory != null) {
            pick = InventoryInput.pick(inventory, facts, hostRoot, err);
            if (pick == null) {
                return ExitCodes.USAGE;
            }
        }
        if (System.console() == null) {
            err.println("edge-site: the wizard needs a terminal; use render, lint or import in scripts");
            return ExitCodes.USAGE;
        }
        DraftStore drafts = draft != null ? new DraftStore(Path.of(draft))
                : DraftStore.standard(System.getenv(), "root".equals(System.getProperty("user.name")));
        TerminalOptions options = TerminalOptions.decide(System.getenv(), ascii, mono, size, console);
        String target = output != null ? output : console ? CONSOLE_OUT + "/user-data" : "./user-data";
        Places places = Places.anywhere();
        if (console) {
            try {
                places = Places.console(Path.of(target).toAbsolutePath().getParent(), RemovableMedia.mounted(HostRoot.system()));
            } catch (java.io.IOException e) {
                err.println("edge-site: the console's output folder cannot be made: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        TtySetup setup = TtySetup.start(System.getenv());
        try {
            WizardSession session = new WizardSession(site, facts, drafts, target,
                    HostAccess.system(List.of()), WizardSession.CONNECTED_HOSTS, places);
            if (answers != null || from != null) {
                session.loadedFrom(answers != null ? "the answers file " + answers : "the user-data file " + from);
            }
            if (pick != null) {
                session.useInventory(pick);
            }
            int code = ConsoleRunner.run(session, options, setup);
            if (!session.written()) {
                err.println("edge-site: nothing written" + (session.draftProblem().isEmpty() ? "; the answers stay in the draft" : ""));
            }
            return code;
        } finally {
            setup.release();
        }
    }
}
