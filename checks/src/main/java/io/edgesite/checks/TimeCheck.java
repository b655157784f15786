package io.edgesite.checks;

import io.edgesite.model.ManagementMode;
import io.edgesite.model.Site;
import io.edgesite.properties.SiteProperties;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The clock is synchronised (multi-node clusters need agreeing clocks; Palette's certificates need a sane one). */
final class TimeCheck implements Check {
    public String id() {
        return "time.sync";
    }

    public String title() {
        return "Clock synchronised";
    }

    public boolean appliesTo(Site site) {
        return site.registration().managementMode() == ManagementMode.CENTRAL || site.cluster().nodes() > 1;
    }

    public CheckResult run(HostAccess host, Site site) {
        List<String> evidence = new ArrayList<>();
        // timesyncd leaves this file once the clock is synchronised (systemd-time-wait-sync(8))
        if (Files.exists(host.root().resolve("/run/systemd/timesync/synchronized"))) {
            evidence.add("/run/systemd/timesync/synchronized exists");
            return result(Verdict.PASS, "synchronised (systemd-timesyncd)", evidence, "");
        }
        Commands.Output t = host.commands().run(Duration.ofSeconds(2),
                List.of("timedatectl", "show", "-p", "NTPSynchronized", "--value"));
        if (t.ok()) {
            evidence.add("timedatectl NTPSynchronized=" + t.out().strip());
            if (t.out().strip().equals("yes")) {
                return result(Verdict.PASS, "synchronised", evidence, "");
            }
        } else {
            evidence.add("timedatectl: " + firstLine(t.err()));
        }
        Commands.Output c = host.commands().run(Duration.ofSeconds(2), List.of("chronyc", "tracking"));
        if (c.ok()) {
            String leap = c.out().lines().filter(l -> l.startsWith("Leap status")).findFirst().orElse("");
            evidence.add("chronyc tracking: " + leap.strip());
            if (leap.endsWith("Normal")) {
                return result(Verdict.PASS, "synchronised (chrony)", evidence, "");
            }
        } else {
            evidence.add("chronyc: " + firstLine(c.err()));
        }
        String servers = site.host().ntpServers().isEmpty() ? "pool.ntp.org" : String.join(", ", site.host().ntpServers());
        boolean unknown = !t.ok() && !c.ok();
        return result(unknown ? Verdict.COULD_NOT_RUN : Verdict.WARN,
                unknown ? "could not tell whether the clock is synchronised" : "the clock is not synchronised",
                evidence, "Let the host reach its NTP servers (" + servers + ", UDP 123); the installed system"
                        + " uses the NTP servers in " + SiteProperties.NTP.path() + ".",
                SiteProperties.NTP);
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse("no output").strip();
    }
}
