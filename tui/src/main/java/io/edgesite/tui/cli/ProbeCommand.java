package io.edgesite.tui.cli;

import picocli.CommandLine.Command;

/** {@code edge-site probe}: the Layer-2 broadcast probe's other side. */
@Command(name = "probe", mixinStandardHelpOptions = true, versionProvider = Version.class, subcommands = ProbeListenCommand.class,
        description = "Answer other hosts' broadcast probes (see edge-site probe listen --help).")
final class ProbeCommand {
}
