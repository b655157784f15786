package io.edgesite.tui.cli;

import io.edgesite.validators.Finding;
import io.edgesite.validators.Severity;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** How findings are judged and printed, for the commands that check a file: lint and fleet. */
final class Judging {
    @Option(names = "--strict", description = "warnings are errors")
    boolean strict;

    @Option(names = "--format", paramLabel = "text|json", description = "how findings are printed (default text)")
    Findings.Format format = Findings.Format.text;

    /** The finding as judged: with --strict a warning is an error. */
    Finding judged(Finding f) {
        return strict && f.severity() == Severity.WARNING ? f.as(Severity.ERROR) : f;
    }

    /** Where findings go: JSON on standard output, for a program to read; text on standard error. */
    PrintWriter stream(PrintWriter out, PrintWriter err) {
        return format == Findings.Format.json ? out : err;
    }
}
