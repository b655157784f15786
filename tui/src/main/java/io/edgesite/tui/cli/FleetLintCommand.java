package io.edgesite.tui.cli;

import io.edgesite.render.Fleet;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code edge-site fleet lint}: every host's answers and the rules across hosts and sites, nothing written. */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Check an inventory: each host's merged answers by the rules of one site, then the rules across"
                + " hosts and sites (duplicate IDs, names and addresses, VIPs, overlay segments, node counts).",
            "Exit 0 without errors (warnings allowed), 1 with errors, 2 when the inventory cannot be read."})
final class FleetLintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    FleetCommand.Options options;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Fleet.Checked checked = options.check(options.judging.stream(spec.commandLine().getOut(), err));
        if (checked == null) {
            return ExitCodes.USAGE;
        }
        if (options.judging.format == Findings.Format.text) {
            err.println("edge-site: " + checked.inventory().sites().size() + " site(s), " + checked.hosts().size()
                    + " host(s)" + (checked.hasErrors() ? ", with errors" : ", no errors"));
        }
        return checked.hasErrors() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
