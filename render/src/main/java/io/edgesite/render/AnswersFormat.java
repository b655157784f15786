package io.edgesite.render;

import io.edgesite.model.Cluster;
import io.edgesite.model.Site;
import io.edgesite.validators.Finding;
import java.util.List;
import java.util.Map;

/**
 * The answers file: the whole site as YAML, documented in docs/answers.md, every value at its path in
 * {@link io.edgesite.properties.SiteProperties}.
 */
public final class AnswersFormat {
    public static final int VERSION = 1;
    static final String VERSION_KEY = "version";
    /** The section that keeps the user-data keys edge-site has no field for. */
    public static final String USER_DATA_KEY = "userData";

    private AnswersFormat() {
    }

    /** Thrown when an answers file cannot be turned into a site; every problem carries its path. */
    public static final class AnswersException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<Finding> problems;

        AnswersException(List<Finding> problems) {
            super(problems.size() + " problem(s) in the answers file");
            this.problems = List.copyOf(problems);
        }

        public List<Finding> problems() {
            return problems;
        }
    }

    /** An answers file read, and where each of its values stands (for findings about them). */
    public record Answers(Site site, SourceMap where) {
    }

    /** The site and the problems of an answers tree (the wizard's form is one). */
    public record Tree(Site site, List<Finding> problems) {
    }

    public static String write(Site site) {
        return YamlText.write(tree(site));
    }

    /** The answers file of a site, as a tree: the values that say something. */
    public static Map<String, Object> tree(Site site) {
        return AnswersWriter.tree(site, false);
    }

    /** Every value of a site at its path, empty ones too: what a form edits. */
    public static Map<String, Object> completeTree(Site site) {
        return AnswersWriter.tree(site, true);
    }

    /** The cluster section, shared by the answers file and the user-data summary comment. */
    static Map<String, Object> clusterSection(Cluster c) {
        return AnswersWriter.clusterSection(c);
    }

    static Cluster cluster(Node n) {
        return AnswersReader.cluster(n);
    }

    /** Reads an answers file; every problem found is reported at once, with its path. */
    public static Site read(String text) throws AnswersException {
        return readDocument(text).site();
    }

    /** Reads an answers file; every problem found is reported at once, with its path, line and column. */
    public static Answers readDocument(String text) throws AnswersException {
        YamlDocument doc;
        try {
            doc = YamlText.readDocument(text);
        } catch (YamlSyntaxException e) {
            throw new AnswersException(List.of(Finding.error("answers.syntax",
                    e.line() > 0 ? "line " + e.line() : "(file)", e.getMessage()).at(e.line(), 0)));
        }
        AnswersReader.Read read = AnswersReader.read(doc.tree());
        List<Finding> problems = new java.util.ArrayList<>(doc.problems());
        problems.addAll(read.problems());
        if (problems.stream().anyMatch(Finding::isError)) {
            throw new AnswersException(problems.stream().map(doc.where()::locate).toList());
        }
        return new Answers(read.site(), doc.where());
    }

    /** Reads an answers tree, such as the wizard's form as a tree: the site as far as it goes, and the problems. */
    public static Tree readTree(Map<String, Object> tree) {
        AnswersReader.Read read = AnswersReader.read(tree);
        return new Tree(read.site(), read.problems());
    }
}
