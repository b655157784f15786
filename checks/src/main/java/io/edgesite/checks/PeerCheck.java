package io.edgesite.checks;

import io.edgesite.model.Site;
import java.time.Duration;
import java.util.List;

/**
 * A check read from the probe exchange with the other hosts (overlay, several nodes): the exchange is made
 * once per run by {@link PeerSurvey}; a check only judges what it heard.
 */
abstract class PeerCheck implements Check {
    public boolean appliesTo(Site site) {
        return site.cluster().overlay() && site.cluster().nodes() > 1;
    }

    @Override
    public boolean usesNetwork() {
        return true;
    }

    @Override
    public Duration bound() {
        return Duration.ofMillis(2600);
    }

    public final CheckResult run(HostAccess host, Site site) {
        PeerSurvey s = PeerSurvey.of(host, site);
        if (!s.error.isEmpty()) {
            return result(Verdict.COULD_NOT_RUN, s.error, List.of(), "Connect the host's NIC (it needs an address, DHCP"
                    + " or static) and run the check again.");
        }
        return judge(host, s);
    }

    abstract CheckResult judge(HostAccess host, PeerSurvey survey);

    /** The hosts that answered by unicast, or empty when nobody did. */
    static List<PeerPath> answering(PeerSurvey s) {
        return s.answered().stream().filter(p -> p.unicast).toList();
    }

    CheckResult nobodyAnswered(PeerSurvey s) {
        return result(Verdict.COULD_NOT_RUN, "no other host answered the probes", s.evidence(), PeerRemedies.LISTEN);
    }
}
