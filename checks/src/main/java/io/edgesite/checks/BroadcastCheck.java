package io.edgesite.checks;

import io.edgesite.properties.SiteProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Layer-2 broadcast between the hosts (overlay): probes to the limited and the subnet's broadcast address,
 * and by unicast to the named peers, answered by every host running {@code edge-site probe listen}. Which of
 * them came back tells a filtered broadcast from answers this host's own firewall drops, from a peer that
 * is down or not listening.
 */
final class BroadcastCheck extends PeerCheck {
    public String id() {
        return "l2.broadcast";
    }

    public String title() {
        return "Layer-2 broadcast between hosts";
    }




    CheckResult judge(HostAccess host, PeerSurvey s) {
        List<String> evidence = s.evidence();
        List<PeerPath> heard = s.answered();
        evidence.add("answered the broadcast: " + names(heard.stream().filter(p -> p.broadcast).toList()));
        Map<String, Set<String>> duplicates = s.duplicateIds();
        duplicates.forEach((id, where) -> evidence.add("host ID " + id + " answered from " + String.join(", ", where)));
        List<String> twice = s.duplicateAddresses();
        twice.forEach(a -> evidence.add(a + " is answered for by more than one host: two hosts use it"));
        s.firewall.ifPresent(f -> evidence.add("this host's firewall: " + f));
        if (!duplicates.isEmpty() || !twice.isEmpty()) {
            String what = !duplicates.isEmpty() ? "host ID " + duplicates.keySet().iterator().next() + " is used by "
                    + String.join(" and ", duplicates.values().iterator().next()) : twice.get(0) + " is used by two hosts";
            return result(Verdict.FAIL, what, evidence, "Each host needs its own address and its own edge host ID ("
                    + SiteProperties.HOST_ID.path() + "): Palette registers a host by its ID.", SiteProperties.HOST_ID);
        }
        if (s.expected.isEmpty()) {
            long count = heard.stream().filter(p -> p.broadcast).count();
            if (count >= s.wanted) {
                return result(Verdict.PASS, "heard " + count + " of " + s.wanted + " hosts", evidence, "");
            }
            return result(Verdict.FAIL, "heard " + count + " of " + s.wanted + " hosts", evidence,
                    s.firewall.isPresent() ? PeerRemedies.ownFirewall(host) : PeerRemedies.unnamed(host));
        }
        List<String> failures = new ArrayList<>();
        String remedy = "";
        for (String peer : s.expected) {
            PeerPath p = s.peers.get(peer);
            if (p != null && p.broadcast) {
                continue;
            }
            PeerRemedies.Diagnosis d = PeerRemedies.diagnose(host, s, peer, p);
            evidence.add(peer + ": " + d.finding());
            failures.add(peer + " " + d.summary());
            remedy = remedy.contains(d.remedy()) ? remedy : (remedy + " " + d.remedy()).strip();
        }
        if (failures.isEmpty()) {
            return result(Verdict.PASS, "heard " + s.expected.size() + " of " + s.expected.size() + " hosts", evidence, "");
        }
        return result(Verdict.FAIL, String.join("; ", failures), evidence, remedy);
    }

    static String names(List<PeerPath> peers) {
        return peers.isEmpty() ? "nobody" : String.join(", ", peers.stream().map(PeerPath::name).toList());
    }
}
