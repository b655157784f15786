package io.edgesite.checks;

import io.edgesite.model.Site;
import io.edgesite.properties.SitePath;
import java.time.Duration;
import java.util.List;

/** One host prerequisite: a stable id, a title, when it applies to the answers, and how to look. */
public interface Check {
    String id();

    String title();

    /** Whether the answers call for this check (overlay on, agent mode, central management, ...). */
    boolean appliesTo(Site site);

    /** Looks at the host; may block up to {@link #bound()}, after which the suite reports it could not run. */
    CheckResult run(HostAccess host, Site site);

    /** Whether the check sends packets (it does not run on a host seen only through files). */
    default boolean usesNetwork() {
        return false;
    }

    /** How long the check may take; probes that wait for answers say so. */
    default Duration bound() {
        return Duration.ofSeconds(2);
    }

    default CheckResult result(Verdict verdict, String summary, List<String> evidence, String remedy) {
        return new CheckResult(id(), title(), verdict, summary, evidence, remedy, List.of(), null);
    }

    /** A result whose remedy names settings: each cited by its path in the remedy's text. */
    default CheckResult result(Verdict verdict, String summary, List<String> evidence, String remedy,
            SitePath... cited) {
        List<String> paths = java.util.Arrays.stream(cited).map(SitePath::path).toList();
        return new CheckResult(id(), title(), verdict, summary, evidence, remedy, paths, null);
    }
}
