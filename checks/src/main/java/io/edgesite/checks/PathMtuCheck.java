package io.edgesite.checks;

import io.edgesite.properties.SiteProperties;
import java.util.ArrayList;
import java.util.List;

/**
 * Full-size packets between the hosts (overlay): a probe as large as the NIC's MTU, Don't Fragment set, to
 * each host that answered, and its answer as large, so a link with a smaller MTU either way is named.
 */
final class PathMtuCheck extends PeerCheck {
    public String id() {
        return "net.mtu";
    }

    public String title() {
        return "Full-size packets between hosts (MTU)";
    }




    CheckResult judge(HostAccess host, PeerSurvey s) {
        List<String> evidence = s.evidence();
        List<PeerPath> peers = answering(s);
        if (peers.isEmpty()) {
            return nobodyAnswered(s);
        }
        List<String> short_ = new ArrayList<>();
        for (PeerPath p : peers) {
            int out = p.out.stream().mapToInt(Integer::intValue).max().orElse(0);
            int back = p.back.stream().mapToInt(Integer::intValue).max().orElse(0);
            evidence.add(p.name() + ": largest packet there " + (out == 0 ? "none" : out) + ", back "
                    + (back == 0 ? "none" : back) + " (tried " + s.sizes + ")");
            if (out < s.mtu) {
                short_.add(s.mtu + "-byte packets do not reach " + p.address + (out == 0 ? "" : " (" + out + " do)"));
            } else if (back < s.mtu) {
                short_.add(s.mtu + "-byte packets from " + p.address + " do not come back" + (back == 0 ? "" : " (" + back + " do)"));
            }
        }
        if (short_.isEmpty()) {
            return result(Verdict.PASS, s.mtu + "-byte packets pass both ways to " + peers.size() + " host(s)", evidence, "");
        }
        return result(Verdict.FAIL, String.join("; ", short_), evidence,
                "A link between the hosts has a smaller MTU than their NICs (" + s.mtu + "): the overlay's packets"
                        + " would be dropped. Set the same MTU on every switch port and NIC on the path, or lower the"
                        + " hosts' MTU in " + SiteProperties.NICS.path() + " to what passes.", SiteProperties.NICS);
    }
}
