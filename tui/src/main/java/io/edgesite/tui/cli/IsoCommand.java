package io.edgesite.tui.cli;

import io.edgesite.render.CidataIso;
import io.edgesite.render.FileSet;
import io.edgesite.render.UserDataParser;
import io.edgesite.render.YamlSyntaxException;
import io.edgesite.validators.Finding;
import io.edgesite.validators.SiteValidator;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code edge-site iso}: the cidata seed image of a site's user-data, as Palette's docs build it. */
@Command(name = "iso", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Write a cidata ISO image (ISO 9660 with Joliet and Rock Ridge) holding user-data and meta-data,"
                + " for the site user-data that Palette reads from a USB drive at the site's first boot.",
            "The user-data is checked first (as edge-site lint --site does); with errors nothing is written.",
            "The same files give the same bytes: every date is SOURCE_DATE_EPOCH, or 2000-01-01 when it is not set."})
final class IsoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--user-data", paramLabel = "FILE", required = true, description = "the site's user-data")
    String userData;

    @Option(names = "--meta-data", paramLabel = "FILE", description = "meta-data (default: empty)")
    String metaData;

    @Option(names = "--output", paramLabel = "FILE", required = true, description = "the image to write (mode 0600)")
    String output;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        byte[] user;
        byte[] meta;
        try {
            user = Inputs.read(userData, System.in).getBytes(StandardCharsets.UTF_8);
            meta = metaData == null ? new byte[0] : Inputs.read(metaData, System.in).getBytes(StandardCharsets.UTF_8);
        } catch (Inputs.Unreadable e) {
            err.println("edge-site: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        String text = new String(user, StandardCharsets.UTF_8);
        List<Finding> findings;
        try {
            // A site user-data: the installer's own user-data may hold the registration.
            findings = UserDataParser.parse(text).findings(true);
        } catch (YamlSyntaxException e) {
            UserDataInput.syntax(userData, e, err);
            return ExitCodes.USAGE;
        }
        Findings.print(findings, f -> userData, Findings.Format.text, err);
        if (SiteValidator.hasErrors(findings)) {
            err.println("edge-site: nothing written: the user-data has errors (see edge-site lint --site)");
            return ExitCodes.FINDINGS;
        }
        try {
            FileSet.writeBytes(Map.of(Path.of(output), CidataIso.of(CidataIso.seed(user, meta), CidataIso.date(System.getenv("SOURCE_DATE_EPOCH")))), true);
        } catch (java.io.IOException e) {
            err.println("edge-site: nothing written: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        return ExitCodes.OK;
    }
}
