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

    /**
     * The rules that ask for something a complete file must hold: a partial file (site user-data merged over
     * the installer's own) is not asked for them.
     */
    public static final java.util.Set<String> PRESENCE = java.util.Set.of("token.required", "token.recommended",
            "endpoint.default", "host-id.recommended", "registration-url.required");

    private SiteValidator() {
    }

    /** Every finding for the site, in a stable order. */
    public static List<Finding> validate(Site site) {
        List<Finding> out = new ArrayList<>();
        for (Rule r : RULES) {
            out.addAll(r.check(site));
        }
        return List.copyOf(out);
    }

    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::isError);
    }
}
