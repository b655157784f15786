package io.edgesite.validators;

import io.edgesite.model.Site;
import java.util.ArrayList;
import java.util.List;

/** The one validation path shared by the wizard, the answers file and lint. */
public final class SiteValidator {
    private static final List<Rule> RULES = List.of(
            new RegistrationRules(),
            new HostRules(),
            new InterfaceRules(),
            new ReachabilityRules(),
            new ClusterRules(),
            new EndpointRules(),
            new InstallRules());

    private SiteValidator() {
    }

    /** Every finding for the site, in a stable order. */
    public static List<Finding> validate(Site site) {
        return validate(site, true);
    }

    /** As {@link #validate(Site)}; with {@code clusterKnown} false the cluster rules stay silent. */
    public static List<Finding> validate(Site site, boolean clusterKnown) {
        List<Finding> out = new ArrayList<>();
        for (Rule r : RULES) {
            out.addAll(r.check(site, clusterKnown));
        }
        return List.copyOf(out);
    }

    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::isError);
    }
}
