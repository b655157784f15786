package io.edgesite.render;

import io.edgesite.model.Site;
import io.edgesite.validators.Finding;
import io.edgesite.validators.SiteValidator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way a site becomes files, for {@code render} and the wizard's Write alike: the rules, the user-data
 * rendered and read back through lint (the passthrough is merged in at render time), then user-data,
 * {@code cluster.json} (with cluster settings) and the answers file, written with mode 0600.
 */
public final class SiteFiles {
    public static final String CLUSTER_FILE = "cluster.json";

    private SiteFiles() {
    }

    /**
     * What a write would do: the site's findings, the errors of the rendered user-data read back, the files
     * with their text, and what the operator should be told. Nothing is written while an error stands.
     */
    public record Plan(List<Finding> findings, List<Finding> userDataErrors, String userData, Map<Path, byte[]> files,
            List<String> notes) {
        public boolean writable() {
            return !SiteValidator.hasErrors(findings) && userDataErrors.isEmpty();
        }
    }

    /**
     * @param userDataFile where the user-data goes, or null when it goes elsewhere (standard output)
     * @param clusterJson whether cluster.json is written beside it (when the site holds cluster settings)
     * @param answersFile where the answers file goes, or null for none
     */
    public static Plan plan(Site site, Path userDataFile, boolean clusterJson, Path answersFile) {
        return plan(site, userDataFile, clusterJson, answersFile, null, CidataIso.DEFAULT_DATE);
    }

    /**
     * @param isoFile where the cidata seed image of the user-data goes, or null for none
     * @param isoDate the date every field of the image carries
     */
    public static Plan plan(Site site, Path userDataFile, boolean clusterJson, Path answersFile, Path isoFile,
            java.time.Instant isoDate) {
        return plan(site, SiteValidator.validate(site), userDataFile, clusterJson, answersFile, isoFile, isoDate);
    }

    /** The same for a site whose {@code findings} were found already (an inventory's hosts are checked first). */
    static Plan plan(Site site, List<Finding> findings, Path userDataFile, boolean clusterJson, Path answersFile,
            Path isoFile, java.time.Instant isoDate) {
        if (SiteValidator.hasErrors(findings)) {
            return new Plan(findings, List.of(), "", Map.of(), List.of());
        }
        String userData = UserDataRenderer.render(site);
        List<Finding> merged = new ArrayList<>();
        try {
            // Read back as lint reads it. What the answers carry through (userData:) is read back whole, as it may
            // clash with what is generated; a file made from the validated site alone needs the schema's check.
            (site.passthrough().isEmpty() ? UserDataParser.schemaFindings(userData) : UserDataParser.parse(userData).findings())
                    .stream().filter(Finding::isError).forEach(merged::add);
        } catch (YamlSyntaxException e) {
            merged.add(Finding.error("userdata.syntax", AnswersFormat.USER_DATA_KEY, e.getMessage()));
        }
        Map<Path, byte[]> files = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        if (userDataFile != null) {
            Path target = userDataFile.toAbsolutePath();
            files.put(target, utf8(userData));
            if (clusterJson && site.hasCluster()) {
                files.put(target.resolveSibling(CLUSTER_FILE), utf8(ClusterDefinition.render(site)));
            } else if (clusterJson) {
                notes.add("the answers hold no cluster settings, so no " + CLUSTER_FILE + " was written (the user-data"
                        + " stands on its own)");
            }
        }
        if (answersFile != null) {
            files.put(answersFile.toAbsolutePath(), utf8(AnswersFormat.write(site)));
        }
        if (isoFile != null) {
            files.put(isoFile.toAbsolutePath(), CidataIso.of(CidataIso.seed(utf8(userData), null), isoDate));
        }
        return new Plan(findings, merged, userData, merged.isEmpty() ? files : Map.of(), notes);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Writes the files of a plan that can be written, all or none, each with mode 0600; returns them. */
    public static List<Path> write(Plan plan) throws IOException {
        if (!plan.writable()) {
            throw new IllegalStateException("a plan with errors is not written");
        }
        FileSet.writeBytes(plan.files(), true);
        return new ArrayList<>(plan.files().keySet());
    }

    /** Whether a user-data file name would be overwritten by the cluster.json written beside it. */
    public static boolean clashesWithCluster(Path userDataFile) {
        return userDataFile.getFileName() != null && userDataFile.getFileName().toString().equals(CLUSTER_FILE);
    }
}
