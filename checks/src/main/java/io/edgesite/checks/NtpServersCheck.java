package io.edgesite.checks;

import io.edgesite.model.Site;
import io.edgesite.properties.SiteProperties;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The NTP servers of the answers: each asked once by SNTP (UDP 123, one second), and this clock against theirs. */
final class NtpServersCheck implements Check {
    static final Duration WAIT = Duration.ofSeconds(1);

    public String id() {
        return "time.ntp-servers";
    }

    public String title() {
        return "NTP servers answer";
    }

    public boolean appliesTo(Site site) {
        return !site.host().ntpServers().isEmpty();
    }

    @Override
    public boolean usesNetwork() {
        return true;
    }

    @Override
    public Duration bound() {
        return Duration.ofMillis(1800);
    }

    public CheckResult run(HostAccess host, Site site) {
        Map<String, CompletableFuture<Object>> asked = new LinkedHashMap<>();
        for (String server : site.host().ntpServers()) {
            asked.put(server, CompletableFuture.supplyAsync(() -> {
                try {
                    return host.network().clockOffset(server, WAIT);
                } catch (IOException e) {
                    return e;
                }
            }));
        }
        List<String> evidence = new ArrayList<>();
        List<String> silent = new ArrayList<>();
        long worst = 0;
        for (Map.Entry<String, CompletableFuture<Object>> e : asked.entrySet()) {
            Object r = e.getValue().join();
            if (r instanceof Long offset) {
                evidence.add(e.getKey() + ": this clock is " + (-offset > 0 ? "+" : "") + (-offset) + " ms from it");
                worst = Math.abs(offset) > Math.abs(worst) ? offset : worst;
            } else {
                IOException x = (IOException) r;
                silent.add(e.getKey());
                evidence.add(e.getKey() + ": " + (x instanceof SocketTimeoutException ? "no answer within "
                        + WAIT.toMillis() + " ms" : x.getMessage()));
            }
        }
        String remedy = "Let the hosts reach their NTP servers on UDP 123, or set servers they can reach in "
                + SiteProperties.NTP.path() + ".";
        if (!silent.isEmpty()) {
            return result(silent.size() == asked.size() ? Verdict.FAIL : Verdict.WARN, String.join(", ", silent)
                    + " do" + (silent.size() == 1 ? "es" : "") + " not answer", evidence, remedy, SiteProperties.NTP);
        }
        if (Math.abs(worst) > PeerClockCheck.WARN_MS) {
            return result(Math.abs(worst) > PeerClockCheck.FAIL_MS ? Verdict.FAIL : Verdict.WARN,
                    "this clock is " + Math.abs(worst) + " ms off", evidence, "Synchronise this host's clock (the"
                            + " installed system will, from " + SiteProperties.NTP.path() + ").", SiteProperties.NTP);
        }
        return result(Verdict.PASS, asked.size() + " server(s) answer; this clock is within " + Math.abs(worst) + " ms",
                evidence, "");
    }
}
