package io.edgesite.checks;

import io.edgesite.palette.Overlay;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The VXLAN ports between the hosts (overlay): a probe to UDP 4789 and 8472 of each host that answered and
 * listens there, so a firewall that drops the overlay's packets is named with the port.
 */
final class VxlanPortsCheck extends PeerCheck {
    public String id() {
        return "net.vxlan-ports";
    }

    public String title() {
        return "VXLAN ports between hosts";
    }




    CheckResult judge(HostAccess host, PeerSurvey s) {
        List<String> evidence = s.evidence();
        List<PeerPath> peers = answering(s);
        if (peers.isEmpty()) {
            return nobodyAnswered(s);
        }
        List<String> blocked = new ArrayList<>();
        Set<String> untested = new TreeSet<>();
        for (PeerPath p : peers) {
            for (int port : Overlay.VXLAN_PORTS) {
                if (!p.advertised.contains(port)) {
                    untested.add(p.address + " UDP " + port);
                } else if (!p.ports.contains(port)) {
                    blocked.add("UDP " + port + " to " + p.address);
                }
            }
            evidence.add(p.name() + ": listens on " + (p.advertised.isEmpty() ? "none of them" : p.advertised)
                    + ", answered on " + (p.ports.isEmpty() ? "none" : p.ports));
        }
        if (!blocked.isEmpty()) {
            return result(Verdict.FAIL, String.join(", ", blocked) + " dropped", evidence,
                    "The overlay sends its traffic over VXLAN: allow UDP " + joined() + " between the hosts on their"
                            + " firewalls and on any filtering switch or security group between them.");
        }
        if (!untested.isEmpty()) {
            return result(Verdict.WARN, "not tested: " + String.join(", ", untested), evidence,
                    "Those hosts do not listen on the port: a VXLAN device already holds it (a running cluster), or"
                            + " they run an older edge-site.");
        }
        return result(Verdict.PASS, "UDP " + joined() + " pass to " + peers.size() + " host(s)", evidence, "");
    }

    private static String joined() {
        return String.join(" and ", Overlay.VXLAN_PORTS.stream().map(String::valueOf).toList());
    }
}
