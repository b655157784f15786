package io.edgesite.tui.cli;

import io.edgesite.render.UserDataParser;
import io.edgesite.render.YamlSyntaxException;
import io.edgesite.validators.Finding;
import io.edgesite.validators.SiteValidator;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code edge-site lint}: check an existing user-data file with the same rules as the wizard. */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Check a user-data file against Palette's user-data schema and edge-site's rules.",
                "Exit 0 without errors (warnings allowed), 1 with errors, 2 when a file cannot be read."})
final class LintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "user-data file (- for stdin)")
    String file;

    @Option(names = "--site", paramLabel = "FILE",
            description = "a site user-data file, merged over the installer's: registration is not required of it")
    String site;

    @Option(names = "--base", paramLabel = "INSTALLER-USER-DATA",
            description = "with --site: check the site file merged over this one, as the installer merges them")
    String base;

    @Mixin
    Judging judging;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if ((file == null) == (site == null) || (base != null && site == null)) {
            err.println("edge-site: give one user-data FILE, or --site FILE (with --base INSTALLER-USER-DATA to check"
                    + " them merged) (see edge-site lint --help)");
            return ExitCodes.USAGE;
        }
        String target = file != null ? file : site;
        String text = UserDataInput.read(target, err);
        String baseText = base == null ? null : UserDataInput.read(base, err);
        if (text == null || (base != null && baseText == null)) {
            return ExitCodes.USAGE;
        }
        List<Finding> findings = new ArrayList<>();
        UserDataParser.Parsed parsed;
        UserDataParser.Parsed merged = null;
        try {
            parsed = UserDataParser.parse(text);
            if (baseText != null) {
                merged = UserDataParser.parseMerged(baseText, text);
            }
        } catch (YamlSyntaxException e) {
            UserDataInput.syntax(target, e, err);
            return ExitCodes.USAGE;
        }
        UserDataParser.Parsed reported = merged != null ? merged : parsed;
        if (merged != null) {
            // The site file's own header and YAML, then everything about the two merged.
            parsed.problems().stream().filter(f -> f.rule().startsWith("userdata.header") || f.rule().startsWith("yaml."))
                    .forEach(findings::add);
        }
        findings.addAll(reported.findings(site != null));
        findings.replaceAll(judging::judged);
        UserDataParser.Parsed where = reported;
        Findings.print(findings, f -> base != null && where.inBase(f) ? base : target, judging.format,
                judging.stream(out, err));
        return SiteValidator.hasErrors(findings) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
