package io.edgesite.render;

import io.edgesite.model.Host;
import io.edgesite.model.Passthrough;
import io.edgesite.model.Site;
import io.edgesite.palette.UserDataSchema;
import io.edgesite.properties.SiteProperties;
import io.edgesite.validators.Finding;
import io.edgesite.validators.SiteValidator;
import io.edgesite.validators.userdata.SchemaLint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a Palette user-data file into a site. What the model has no field for is kept in the site's
 * passthrough and written back unchanged, so nothing is lost on the way back.
 */
public final class UserDataParser {
    private UserDataParser() {
    }

    /**
     * The site read from a file, what was wrong with the file itself, whether it creates users, where each
     * model path came from, and where each part of the file stands.
     */
    public record Parsed(Site site, List<Finding> problems, boolean registrationKnown, SourceMap where, SourceMap base) {

        /**
         * What lint reports: the file's own problems, then the site rules, located at user-data paths and
         * lines. A file without a {@code stylus.site} block is a fragment (stages only): registration is not judged.
         */
        public List<Finding> findings() {
            return findings(false);
        }

        /**
         * As {@link #findings()}; for a {@code partial} file (site user-data, merged over the installer's) what
         * a complete file must hold is not asked for.
         */
        public List<Finding> findings(boolean partial) {
            List<Finding> located = new ArrayList<>();
            for (Finding f : problems) {
                located.add(inBase(f) ? base.locate(f) : where.locate(f));
            }
            if (!registrationKnown && !partial
                    && site.registration().managementMode() == io.edgesite.model.ManagementMode.CENTRAL) {
                located.add(where.locate(Finding.note("userdata.no-site", UserDataSchema.SITE.path(),
                        "this file has no stylus.site block, so it does not register the host by itself;"
                                + " registration settings were not checked")));
            }
            for (Finding f : SiteValidator.validate(site)) {
                if ((registrationKnown || !f.path().startsWith(SiteProperties.ENDPOINT.parent() + "."))
                        && !(partial && SiteValidator.PRESENCE.contains(f.rule()))) {
                    Finding at = located(f);
                    // A name that is a key in user-data (an interface's, a user's): the key is what to fix.
                    boolean onKey = SiteProperties.at(f.path()).filter(p -> p.userData().endsWith(".*")
                            && f.path().equals(p.at(index(f.path())))).isPresent();
                    located.add(inBase(at) ? base.locate(at, onKey) : where.locate(at, onKey));
                }
            }
            return located;
        }

        private static int index(String path) {
            int open = path.indexOf('[');
            return open < 0 ? 0 : Integer.parseInt(path.substring(open + 1, path.indexOf(']', open)));
        }

        /** Whether a finding about a merged document is about a value only the base (installer) file holds. */
        public boolean inBase(Finding f) {
            return !f.located() && !where.knows(f.path()) && base.knows(f.path());
        }

        /** The user-data path a model path came from, for messages about a user-data file. */
        public String sourceOf(String modelPath) {
            return UserDataSources.of(modelPath, site);
        }

        public Finding located(Finding f) {
            return f.about(sourceOf(f.path()));
        }

        /** Whether the file carried edge-site's cluster comment (so cluster rules applied). */
        public boolean clusterKnown() {
            return site.hasCluster();
        }
    }

    public static Parsed parse(String text) throws YamlSyntaxException {
        String body = withoutBom(text);
        List<Finding> problems = new ArrayList<>(UserDataHeader.check(body));
        YamlDocument doc = YamlText.readDocument(body);
        problems.addAll(doc.problems());
        return parsed(doc.tree(), body, problems, doc.where(), SourceMap.none());
    }

    /**
     * What lint says of the file itself, without reading it back into a site: the header, the YAML and the
     * schema (keys, types, values). For a file the renderer wrote from a site already validated, with nothing
     * carried through, this is what the read-back can still find.
     */
    static List<Finding> schemaFindings(String text) throws YamlSyntaxException {
        String body = withoutBom(text);
        // read first without places, which only an error needs: a fleet reads back thousands of these
        List<Finding> unplaced = schemaFindings(body, false);
        return unplaced.stream().noneMatch(Finding::isError) ? unplaced : schemaFindings(body, true);
    }

    private static List<Finding> schemaFindings(String body, boolean placed) throws YamlSyntaxException {
        List<Finding> problems = new ArrayList<>(UserDataHeader.check(body));
        YamlDocument doc = YamlReader.read(body, placed);
        problems.addAll(doc.problems());
        problems.addAll(SchemaLint.check(doc.tree()));
        return problems.stream().map(doc.where()::locate).toList();
    }

    /**
     * A site user-data file merged over the installer's own, read as the installer would see them together;
     * each file's own problems (header, YAML) are not included: parse each for those.
     */
    public static Parsed parseMerged(String baseText, String siteText) throws YamlSyntaxException {
        YamlDocument base = YamlText.readDocument(withoutBom(baseText));
        YamlDocument site = YamlText.readDocument(withoutBom(siteText));
        SiteUserData.Merged merged = SiteUserData.merge(base.tree(), site.tree());
        List<Finding> problems = new ArrayList<>(merged.problems());
        String comment = ClusterSummary.extract(withoutBom(siteText)) != null ? siteText : baseText;
        return parsed(merged.document(), withoutBom(comment), problems, site.where(), base.where());
    }

    private static String withoutBom(String text) {
        return text.startsWith("\ufeff") ? text.substring(1) : text;
    }

    private static Parsed parsed(Map<String, Object> original, String body, List<Finding> problems, SourceMap where,
            SourceMap base) {
        problems.addAll(SchemaLint.check(original));

        SiteReader.Read read = SiteReader.read(original);
        problems.addAll(read.problems());
        StepReader.Result steps = StepReader.read(read.site(), original);
        Site parsed = steps.site();

        ClusterSummary.Summary summary = ClusterSummary.read(body, problems);
        if (summary != null) {
            Host h = parsed.host();
            parsed = parsed.withCluster(summary.cluster()).withHost(new Host(h.hostname(), summary.deploymentMode(),
                    h.users(), h.usersStepName(), h.ntpServers(), h.prepareNetworkd()));
        }
        // Whatever the model renders is now the model's; everything else is kept as it was.
        Map<String, Object> rest = Trees.subtract(steps.document(), UserDataRenderer.modelTree(parsed));
        boolean registrationKnown = original.get("stylus") instanceof Map<?, ?> st && st.get("site") instanceof Map;
        return new Parsed(parsed.withPassthrough(new Passthrough(rest)), problems, registrationKnown, where, base);
    }
}
