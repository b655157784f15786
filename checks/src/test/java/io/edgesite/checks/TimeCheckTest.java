package io.edgesite.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeCheckTest {
    @TempDir
    Path dir;

    @Test
    void timesyncdsMarkerFileMeansSynchronised() {
        HostFixture h = new HostFixture(dir).file("/run/systemd/timesync/synchronized", "");
        assertThat(new TimeCheck().run(h.access(), Sites.base()).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void timedatectlOrChronySayWhatTheyKnow() {
        HostFixture h = new HostFixture(dir).command("no\n", "timedatectl", "show", "-p", "NTPSynchronized", "--value");
        CheckResult r = new TimeCheck().run(h.access(), Sites.base());
        assertThat(r.verdict()).isEqualTo(Verdict.WARN);
        assertThat(r.evidence()).contains("timedatectl NTPSynchronized=no");
        h.command("Reference ID    : C0A80001 (gw)\nLeap status     : Normal\n", "chronyc", "tracking");
        assertThat(new TimeCheck().run(h.access(), Sites.base()).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void withNeitherToolItCouldNotTell() {
        HostFixture h = new HostFixture(dir).failing(1,
                "System has not been booted with systemd as init system (PID 1). Can't operate.\nFailed to connect to bus: Host is down\n",
                "timedatectl", "show", "-p", "NTPSynchronized", "--value");
        CheckResult r = new TimeCheck().run(h.access(), Sites.base());
        assertThat(r.verdict()).isEqualTo(Verdict.COULD_NOT_RUN);
        assertThat(r.evidence()).contains(
                "timedatectl: System has not been booted with systemd as init system (PID 1). Can't operate.",
                "chronyc: chronyc: not installed");
    }
}
