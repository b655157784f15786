package io.edgesite.tui.cli;

import io.edgesite.render.Fleet;
import io.edgesite.render.Inventory;
import io.edgesite.render.TextInput;
import io.edgesite.validators.fleet.FleetFinding;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code edge-site fleet}: many sites and hosts from one inventory (docs/inventory.md). */
@Command(name = "fleet", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Sites and hosts from one inventory (YAML, or CSV with one row per host; see docs/inventory.md).",
        subcommands = {FleetRenderCommand.class, FleetLintCommand.class})
final class FleetCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: render or lint");
    }

    /** The options every fleet subcommand takes. */
    static final class Options {
        @Option(names = "--inventory", required = true, paramLabel = "FILE",
                description = "the inventory: YAML, or CSV when its name ends in .csv")
        String inventory;

        @picocli.CommandLine.Mixin
        Judging judging;

        /** The inventory checked, its findings printed on {@code err}; null when it is not YAML or CSV at all. */
        Fleet.Checked check(PrintWriter err) {
            Inventory inventory;
            try {
                inventory = Inventory.read(Path.of(this.inventory));
            } catch (TextInput.Unreadable e) {
                err.println("edge-site: " + this.inventory + ": " + e.getMessage());
                return null;
            }
            if (inventory.problems().stream().anyMatch(f -> f.finding().rule().equals("inventory.syntax")
                    || f.finding().rule().equals("inventory.csv"))) {
                // not YAML or CSV at all: nothing of it can be checked
                Findings.printFleet(inventory.problems(), this.inventory, judging.format, err);
                return null;
            }
            Fleet.Checked checked = Fleet.check(inventory);
            List<FleetFinding> findings = new ArrayList<>(checked.findings());
            findings.replaceAll(f -> new FleetFinding(f.site(), f.host(), judging.judged(f.finding())));
            Findings.printFleet(findings, this.inventory, judging.format, err);
            return new Fleet.Checked(checked.inventory(), checked.hosts(), findings);
        }
    }
}
