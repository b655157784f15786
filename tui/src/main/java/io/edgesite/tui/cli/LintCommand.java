package io.edgesite.tui.cli;

import io.edgesite.render.UserDataParser;
import io.edgesite.validators.Finding;
import io.edgesite.validators.SiteValidator;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code edge-site lint}: check an existing user-data file with the same rules as the wizard. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Check a user-data file. Exit 0 without errors (warnings allowed), 1 with errors,"
                + " 2 when the file cannot be read.")
final class LintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "user-data file (- for stdin)")
    String file;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        UserDataParser.Parsed parsed = UserDataInput.parse(file, err);
        if (parsed == null) {
            return ExitCodes.USAGE;
        }
        List<Finding> findings = parsed.findings();
        Findings.print(findings, err);
        return SiteValidator.hasErrors(findings) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
