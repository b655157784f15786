package io.edgesite.checks;

import io.edgesite.properties.SiteProperties;
import java.util.ArrayList;
import java.util.List;

/**
 * The clocks of the hosts against this one, from the probe's timestamps (the peer's receive time against
 * the middle of the round trip): Kubernetes' certificates and etcd need them close.
 */
final class PeerClockCheck extends PeerCheck {
    static final long WARN_MS = 1_000;
    static final long FAIL_MS = 30_000;

    public String id() {
        return "time.peers";
    }

    public String title() {
        return "Clocks of the other hosts";
    }




    CheckResult judge(HostAccess host, PeerSurvey s) {
        List<String> evidence = new ArrayList<>();
        long worst = 0;
        String worstPeer = "";
        for (PeerPath p : s.answered()) {
            Long offset = p.offsetMillis();
            if (offset == null) {
                continue;
            }
            evidence.add(p.name() + ": " + signed(offset) + " ms (round trip " + p.roundTripMillis() + " ms)");
            if (Math.abs(offset) >= Math.abs(worst)) {
                worst = offset;
                worstPeer = p.address;
            }
        }
        if (evidence.isEmpty()) {
            return result(Verdict.COULD_NOT_RUN, "no other host answered a timed probe", s.evidence(), PeerRemedies.LISTEN);
        }
        String summary = worstPeer + " is " + signed(worst) + " ms from this host";
        String remedy = "Synchronise every host to the same NTP servers (" + SiteProperties.NTP.path() + "); check"
                + " the time and time zone in each host's firmware.";
        if (Math.abs(worst) > FAIL_MS) {
            return result(Verdict.FAIL, summary, evidence, remedy, SiteProperties.NTP);
        }
        if (Math.abs(worst) > WARN_MS) {
            return result(Verdict.WARN, summary, evidence, remedy, SiteProperties.NTP);
        }
        return result(Verdict.PASS, "within " + Math.abs(worst) + " ms of " + evidence.size() + " host(s)", evidence, "");
    }

    private static String signed(long ms) {
        return (ms > 0 ? "+" : "") + ms;
    }
}
