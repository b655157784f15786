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
    public record Plan(List<Finding> findings, List<Finding> userDataErrors, String userData, Map<Path, String> files,
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
        List<Finding> findings = SiteValidator.validate(site);
        if (SiteValidator.hasErrors(findings)) {
            return new Plan(findings, List.of(), "", Map.of(), List.of());
        }
        String userData = UserDataRenderer.render(site);
        List<Finding> merged = new ArrayList<>();
        try {
            UserDataParser.parse(userData).findings().stream().filter(Finding::isError).forEach(merged::add);
        } catch (YamlSyntaxException e) {
            merged.add(Finding.error("userdata.syntax", AnswersFormat.USER_DATA_KEY, e.getMessage()));
        }
        Map<Path, String> files = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        if (userDataFile != null) {
            Path target = userDataFile.toAbsolutePath();
            files.put(target, userData);
            if (clusterJson && site.hasCluster()) {
                files.put(target.resolveSibling(CLUSTER_FILE), ClusterDefinition.render(site));
            } else if (clusterJson) {
                notes.add("the answers hold no cluster settings, so no " + CLUSTER_FILE + " was written (the user-data"
                        + " stands on its own)");
            }
        }
        if (answersFile != null) {
            files.put(answersFile.toAbsolutePath(), AnswersFormat.write(site));
        }
        return new Plan(findings, merged, userData, merged.isEmpty() ? files : Map.of(), notes);
    }

    /** Writes the files of a plan that can be written, all or none, each with mode 0600; returns them. */
    public static List<Path> write(Plan plan) throws IOException {
        if (!plan.writable()) {
            throw new IllegalStateException("a plan with errors is not written");
        }
        FileSet.write(plan.files());
        return new ArrayList<>(plan.files().keySet());
    }

    /** Whether a user-data file name would be overwritten by the cluster.json written beside it. */
    public static boolean clashesWithCluster(Path userDataFile) {
        return userDataFile.getFileName() != null && userDataFile.getFileName().toString().equals(CLUSTER_FILE);
    }
}
