package io.edgesite.tui.cli;

import io.edgesite.model.Site;
import io.edgesite.render.AnswersFormat;
import io.edgesite.render.SiteFiles;
import io.edgesite.validators.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
        // the answers' findings, then those of the user-data made from them; with --format json one array of all
        // (the plain "edge-site:" lines become notes and errors in it), so that stderr parses as JSON
        Report report = new Report();
        plan.findings().stream().map(read.where()::locate).forEach(f -> report.add(f, answers));
        plan.userDataErrors().forEach(f -> report.add(f, output));
        if (!plan.userDataErrors().isEmpty()) {
            return report.end(Finding.error("render.nothing-written", "", "nothing written; the userData section makes"
                    + " the file invalid"), ExitCodes.FINDINGS);
        }
        if (!plan.writable()) {
            return report.end(Finding.error("render.nothing-written", "", "nothing written; fix the errors above"),
                    ExitCodes.FINDINGS);
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
            return report.end(Finding.error("render.write", "", "nothing written: " + e.getMessage()), ExitCodes.USAGE);
        }
        plan.notes().forEach(n -> report.add(Finding.note("render.note", "", n), null));
        return report.end(null, ExitCodes.OK);
    }

    /** What render says on stderr: in text, the findings then "edge-site: " lines; in JSON, one array of all. */
    private final class Report {
        private final List<Finding> findings = new ArrayList<>();
        private final Map<Finding, String> files = new IdentityHashMap<>();

        void add(Finding f, String file) {
            findings.add(f);
            files.put(f, file);
        }

        /** Prints what was gathered, and {@code last} after it; returns {@code code}. */
        int end(Finding last, int code) {
            PrintWriter err = spec.commandLine().getErr();
            if (last != null) {
                add(last, null);
            }
            boolean text = format == Findings.Format.text;
            Findings.print(findings.stream().filter(f -> !text || !f.rule().startsWith("render.")).toList(), files::get,
                    format, err);
            if (text) {
                findings.stream().filter(f -> f.rule().startsWith("render.")).forEach(f -> err.println("edge-site: " + f.message()));
            }
            err.flush();
            return code;
        }
    }
}
