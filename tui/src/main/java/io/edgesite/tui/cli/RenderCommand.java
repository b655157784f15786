package io.edgesite.tui.cli;

import io.edgesite.model.Site;
import io.edgesite.render.AnswersFormat;
import io.edgesite.render.SiteFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code edge-site render}: answers file in, validated user-data (and cluster.json) out. */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Validate an answers file and write user-data (and cluster.json beside it when the answers"
                + " hold cluster settings).")
final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--answers", required = true, paramLabel = "FILE", description = "answers file (- for stdin)")
    String answers;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "user-data file to write, or - for stdout")
    String output;

    @Option(names = "--no-cluster", description = "do not write cluster.json next to the user-data")
    boolean noCluster;

    @Option(names = "--format", paramLabel = "text|json", description = "how findings are printed on stderr (default text)")
    Findings.Format format = Findings.Format.text;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        AnswersFormat.Answers read;
        try {
            read = AnswersInput.document(answers, err, format);
        } catch (AnswersInput.Refused e) {
            return e.code();
        }
        Site site = read.site();
        boolean stdout = output.equals("-");
        if (!stdout && !noCluster && site.hasCluster() && SiteFiles.clashesWithCluster(Path.of(output))) {
            err.println("edge-site: the output is named " + SiteFiles.CLUSTER_FILE + ", which is where the cluster"
                    + " definition goes; name the user-data file differently or add --no-cluster");
            return ExitCodes.USAGE;
        }
        SiteFiles.Plan plan = SiteFiles.plan(site, stdout ? null : Path.of(output), !noCluster, null);
        Findings.print(plan.findings().stream().map(read.where()::locate).toList(), f -> answers, format, err);
        if (!plan.userDataErrors().isEmpty()) {
            Findings.print(plan.userDataErrors(), f -> output, format, err);
            err.println("edge-site: nothing written; the userData section makes the file invalid");
            return ExitCodes.FINDINGS;
        }
        if (!plan.writable()) {
            err.println("edge-site: nothing written; fix the errors above");
            return ExitCodes.FINDINGS;
        }
        try {
            if (stdout) {
                out.print(plan.userData());
                out.flush();
            } else {
                SiteFiles.write(plan);
            }
        } catch (IOException e) {
            // the message names the file asked for and why; nothing was replaced
            err.println("edge-site: nothing written: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        plan.notes().forEach(n -> err.println("edge-site: " + n));
        return ExitCodes.OK;
    }
}
