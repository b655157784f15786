package io.edgesite.tui.cli;

import io.edgesite.render.AnswersFormat;
import io.edgesite.render.UserDataParser;
import io.edgesite.validators.Finding;
import io.edgesite.validators.SiteValidator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code edge-site import}: turn an existing user-data file into an answers file. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Read a user-data file and write the equivalent answers file.",
                "The file's findings are printed as lint prints them; with errors the answers file is still"
                        + " written (to fix them in it) and the exit code is 1."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "user-data file (- for stdin)")
    String file;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "answers file to write, or -")
    String output;

    @Option(names = "--format", paramLabel = "text|json", description = "how findings are printed on stderr (default text)")
    Findings.Format format = Findings.Format.text;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        UserDataParser.Parsed parsed = UserDataInput.parse(file, err);
        if (parsed == null) {
            return ExitCodes.USAGE;
        }
        List<Finding> findings = parsed.findings();
        Findings.print(findings, f -> file, format, err);
        try {
            Outputs.write(output, AnswersFormat.write(parsed.site()), spec.commandLine().getOut());
        } catch (IOException e) {
            err.println("edge-site: nothing written: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        return SiteValidator.hasErrors(findings) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
