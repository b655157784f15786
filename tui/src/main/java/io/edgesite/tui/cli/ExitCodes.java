package io.edgesite.tui.cli;

/** Exit codes shared by every subcommand. */
final class ExitCodes {
    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
