package io.edgesite.tui.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: lists the subcommands. */
@Command(name = "edge-site",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Prepares Spectro Cloud Palette Edge hosts for site installation: writes user-data,"
                + " checks it, and imports existing files.",
        subcommands = {WizardCommand.class, RenderCommand.class, LintCommand.class, ImportCommand.class, IsoCommand.class, FleetCommand.class,
                CheckCommand.class,
                ProbeCommand.class},
        footer = {"", "Exit codes: 0 success, 1 findings with errors (check: a failed check), 2 usage or unreadable input,"
                + " 3 (check) warnings only."})
public final class EdgeSiteCommand implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // Not reached from execute(), which builds the wizard alone for an empty command line.
        return spec.commandLine().getSubcommands().get("wizard").execute();
    }

    public static int execute(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            // `edge-site` alone, as typed at a console: nothing to parse, and picocli's set-up would cost
            // the operator a tenth of a second before the first frame.
            return runWizardWithDefaults(err);
        }
        // The wizard alone is built when it is the command: picocli reads every subcommand's annotations
        // when the whole tree is built.
        // `edge-site --output F` is the wizard with its options, as `edge-site` alone is the wizard
        boolean bareOptions = args[0].startsWith("-") && !java.util.Set.of("-h", "--help", "-V", "--version").contains(args[0]);
        boolean wizard = args[0].equals("wizard") || bareOptions;
        CommandLine cl = wizard ? new CommandLine(new WizardCommand()).setCommandName("edge-site wizard")
                : new CommandLine(new EdgeSiteCommand());
        if (wizard && !bareOptions) {
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        cl.setOut(o);
        cl.setErr(e);
        cl.setParameterExceptionHandler((ex, a) -> {
            // One line: what was wrong, and where to look.
            String suggestion = ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()
                    ? "; did you mean " + String.join(" or ", u.getSuggestions()) + "?" : "";
            e.println("edge-site: " + ex.getMessage().lines().findFirst().orElse("invalid arguments") + suggestion
                    + " (see edge-site " + subcommandName(ex.getCommandLine()) + "--help)");
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, r) -> internalError(e, ex));
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError | StackOverflowError ex) {
            e.println("edge-site: the input is too large or too deeply nested to check");
            code = ExitCodes.USAGE;
        } catch (RuntimeException | Error ex) {
            code = internalError(e, ex);
        }
        o.flush();
        e.flush();
        return code;
    }

    private static int runWizardWithDefaults(PrintStream err) {
        PrintWriter e = new PrintWriter(err, true);
        try {
            return new WizardCommand().run(e);
        } catch (Exception | Error ex) {
            return internalError(e, ex);
        } finally {
            e.flush();
        }
    }

    /** Never a stack trace; the class name alone says enough to report a bug, and holds no secret. */
    private static int internalError(PrintWriter err, Throwable ex) {
        err.println("edge-site: internal error (" + ex.getClass().getSimpleName() + "); please report it");
        return ExitCodes.INTERNAL;
    }

    private static String subcommandName(CommandLine cl) {
        if (cl.getCommand() instanceof WizardCommand) {
            return "wizard ";
        }
        return cl.getParent() == null ? "" : cl.getCommandName() + " ";
    }
}
