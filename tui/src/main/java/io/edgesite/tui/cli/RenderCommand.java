package io.edgesite.tui.cli;

import io.edgesite.model.Site;
import io.edgesite.render.AnswersFormat;
import io.edgesite.render.ClusterDefinition;
import io.edgesite.render.UserDataRenderer;
import io.edgesite.validators.Finding;
import io.edgesite.validators.SiteValidator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code edge-site render}: answers file in, validated user-data (and cluster.json) out. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Validate an answers file and write user-data (and cluster.json beside it).")
final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--answers", required = true, paramLabel = "FILE", description = "answers file (- for stdin)")
    String answers;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "user-data file to write, or - for stdout")
    String output;

    @Option(names = "--no-cluster", description = "do not write cluster.json next to the user-data")
    boolean noCluster;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Site site;
        try {
            site = AnswersFormat.read(Inputs.read(answers, System.in));
        } catch (Inputs.Unreadable e) {
            err.println("edge-site: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (AnswersFormat.AnswersException e) {
            Findings.print(e.problems(), err);
            return ExitCodes.FINDINGS;
        }
        List<Finding> findings = SiteValidator.validate(site);
        Findings.print(findings, err);
        if (SiteValidator.hasErrors(findings)) {
            err.println("edge-site: nothing written; fix the errors above");
            return ExitCodes.FINDINGS;
        }
        try {
            Outputs.write(output, UserDataRenderer.render(site), out);
            if (!noCluster && !output.equals("-")) {
                Path cluster = Path.of(output).toAbsolutePath().resolveSibling("cluster.json");
                Outputs.write(cluster.toString(), ClusterDefinition.render(site), out);
            }
        } catch (IOException e) {
            err.println("edge-site: cannot write " + output + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        return ExitCodes.OK;
    }
}
