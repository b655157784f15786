package io.edgesite.tui;

import io.edgesite.tui.cli.EdgeSiteCommand;
import java.io.PrintStream;

/** The {@code edge-site} entry point. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command line and returns its exit code; nothing here ever prints a stack trace. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return EdgeSiteCommand.execute(args, out, err);
    }
}
