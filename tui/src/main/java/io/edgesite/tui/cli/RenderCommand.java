package io.edgesite.tui.cli;

import io.edgesite.model.Site;
import io.edgesite.render.AnswersFormat;
import io.edgesite.render.ClusterDefinition;
import io.edgesite.render.UserDataParser;
import io.edgesite.render.UserDataRenderer;
import io.edgesite.render.YamlSyntaxException;
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

    private static List<Finding> mergedErrors(String userData) {
        try {
            return UserDataParser.parse(userData).findings().stream().filter(Finding::isError).toList();
        } catch (YamlSyntaxException e) {
            return List.of(Finding.error("userdata.syntax", "userData", e.getMessage()));
        }
    }

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
        List<Finding> findings = SiteValidator.validate(site).stream().map(read.where()::locate).toList();
        Findings.print(findings, f -> answers, format, err);
        if (SiteValidator.hasErrors(findings)) {
            err.println("edge-site: nothing written; fix the errors above");
            return ExitCodes.FINDINGS;
        }
        String userData = UserDataRenderer.render(site);
        // The userData passthrough is merged in at render time: the written file must pass lint as well.
        List<Finding> merged = mergedErrors(userData);
        if (!merged.isEmpty()) {
            Findings.print(merged, f -> output, format, err);
            err.println("edge-site: nothing written; the userData section makes the file invalid");
            return ExitCodes.FINDINGS;
        }
        Path cluster = output.equals("-") ? null : Path.of(output).toAbsolutePath().resolveSibling("cluster.json");
        boolean writeCluster = !noCluster && cluster != null && site.hasCluster();
        if (writeCluster && cluster.equals(Path.of(output).toAbsolutePath())) {
            err.println("edge-site: the output is named cluster.json, which is where the cluster definition goes;"
                    + " name the user-data file differently or add --no-cluster");
            return ExitCodes.USAGE;
        }
        try {
            Outputs.write(output, userData, out);
            if (writeCluster) {
                Outputs.write(cluster.toString(), ClusterDefinition.render(site), out);
            } else if (!site.hasCluster() && !noCluster) {
                err.println("edge-site: the answers hold no cluster settings, so no cluster.json was written"
                        + " (the user-data stands on its own)");
            }
        } catch (IOException e) {
            err.println("edge-site: cannot write " + output + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        return ExitCodes.OK;
    }
}
