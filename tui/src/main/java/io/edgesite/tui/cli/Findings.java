package io.edgesite.tui.cli;

import io.edgesite.validators.Finding;
import java.io.PrintWriter;
import java.util.List;

/** Prints findings one per line, {@code path: severity: message [rule]}, errors first. */
final class Findings {
    private Findings() {
    }

    static void print(List<Finding> findings, PrintWriter err) {
        findings.stream().filter(Finding::isError).forEach(err::println);
        findings.stream().filter(f -> !f.isError()).forEach(err::println);
        err.flush();
    }
}
