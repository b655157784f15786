package io.edgesite.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgesite.model.Site;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckSuiteTest {
    @TempDir
    Path dir;

    record Fixed(String id, Verdict verdict, long sleepMs, boolean explode) implements Check {
        public String title() {
            return id;
        }

        public boolean appliesTo(Site site) {
            return true;
        }

        public Duration bound() {
            return Duration.ofMillis(300);
        }

        public CheckResult run(HostAccess host, Site site) {
            if (explode) {
                throw new IllegalStateException("token=s3cret");
            }
            try {
                Thread.sleep(sleepMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return result(verdict, id, List.of(), "");
        }
    }

    @Test
    void checksRunInParallelAndASlowOrBrokenOneNeverHoldsUpTheRest() {
        CheckSuite suite = new CheckSuite(List.of(new Fixed("a", Verdict.PASS, 200, false),
                new Fixed("b", Verdict.PASS, 200, false), new Fixed("slow", Verdict.PASS, 5000, false),
                new Fixed("broken", Verdict.PASS, 0, true)));
        List<String> started = Collections.synchronizedList(new ArrayList<>());
        List<String> finished = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        List<CheckResult> results = suite.run(new HostFixture(dir).access(), Site.defaults(), started::add,
                r -> finished.add(r.id()));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(results).extracting(CheckResult::id).containsExactly("a", "b", "slow", "broken");
        assertThat(results).extracting(CheckResult::verdict)
                .containsExactly(Verdict.PASS, Verdict.PASS, Verdict.COULD_NOT_RUN, Verdict.COULD_NOT_RUN);
        assertThat(results.get(2).summary()).isEqualTo("no result within 300 ms");
        assertThat(results.get(3).summary()).isEqualTo("the check stopped: IllegalStateException").doesNotContain("s3cret");
        assertThat(started).containsExactlyInAnyOrder("a", "b", "slow", "broken");
        assertThat(finished).containsExactlyInAnyOrder("a", "b", "slow", "broken");
        // parallel: two 200 ms checks and a 300 ms bound finish well before the 5 s check would
        assertThat(ms).isLessThan(3000);
    }

    @Test
    void exitCodes() {
        CheckResult pass = new CheckResult("a", "a", Verdict.PASS, "", List.of(), "", List.of(), null);
        CheckResult warn = new CheckResult("b", "b", Verdict.WARN, "", List.of(), "", List.of(), null);
        CheckResult none = new CheckResult("c", "c", Verdict.COULD_NOT_RUN, "", List.of(), "", List.of(), null);
        CheckResult fail = new CheckResult("d", "d", Verdict.FAIL, "", List.of(), "", List.of(), null);
        assertThat(CheckSuite.exitCode(List.of(pass))).isZero();
        assertThat(CheckSuite.exitCode(List.of())).isZero();
        assertThat(CheckSuite.exitCode(List.of(pass, warn))).isEqualTo(3);
        assertThat(CheckSuite.exitCode(List.of(pass, none))).isEqualTo(3);
        assertThat(CheckSuite.exitCode(List.of(warn, fail))).isEqualTo(1);
    }

    @Test
    void whichChecksApplyFollowsTheAnswers() {
        CheckSuite s = CheckSuite.standard();
        assertThat(s.applicable(Sites.vip(Sites.base(), "10.1.10.250"))).extracting(Check::id)
                .contains("hw.arch", "nic.present", "net.vip-free", "net.endpoint")
                .doesNotContain("l2.broadcast", "nic.vmxnet3-offload", "agent.networkd");
        assertThat(s.applicable(Sites.overlay(Sites.agent(Sites.base()), 3))).extracting(Check::id)
                .contains("l2.broadcast", "nic.vmxnet3-offload", "agent.networkd").doesNotContain("net.vip-free");
    }
}
