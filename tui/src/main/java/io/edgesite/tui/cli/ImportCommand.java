package io.edgesite.tui.cli;

import io.edgesite.render.AnswersFormat;
import io.edgesite.render.UserDataParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code edge-site import}: turn an existing user-data file into an answers file. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Read a user-data file and write the equivalent answers file.")
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "user-data file (- for stdin)")
    String file;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "answers file to write, or -")
    String output;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        UserDataParser.Parsed parsed = UserDataInput.parse(file, err);
        if (parsed == null) {
            return ExitCodes.USAGE;
        }
        Findings.print(parsed.problems(), err);
        try {
            Outputs.write(output, AnswersFormat.write(parsed.site()), spec.commandLine().getOut());
        } catch (IOException e) {
            err.println("edge-site: cannot write " + output + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        return ExitCodes.OK;
    }
}
