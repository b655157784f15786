package io.edgesite.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgesite.model.Site;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkdCheckTest {
    @TempDir
    Path dir;

    static final Site AGENT_OVERLAY = Sites.overlay(Sites.agent(Sites.base()), 3);

    HostFixture systemdHost(String resolvConfLink) {
        return new HostFixture(dir).dir("/run/systemd/system").file("/proc/1/comm", "systemd")
                .file("/proc/412/comm", "systemd-network").file("/proc/413/comm", "systemd-resolve")
                .file("/run/systemd/resolve/resolv.conf", "nameserver 10.0.0.2\n")
                .file("/run/systemd/resolve/stub-resolv.conf", "nameserver 127.0.0.53\n")
                .link("/etc/resolv.conf", resolvConfLink);
    }

    @Test
    void appliesToAgentModeWithOverlayOnly() {
        assertThat(new NetworkdCheck().appliesTo(AGENT_OVERLAY)).isTrue();
        assertThat(new NetworkdCheck().appliesTo(Sites.overlay(Sites.base(), 3))).isFalse();
        assertThat(new NetworkdCheck().appliesTo(Sites.agent(Sites.base()))).isFalse();
    }

    @Test
    void networkdResolvedAndTheirResolvConfPass() {
        CheckResult r = new NetworkdCheck().run(systemdHost("../run/systemd/resolve/resolv.conf").access(), AGENT_OVERLAY);
        assertThat(r.verdict()).as(r.toString()).isEqualTo(Verdict.PASS);
        assertThat(r.evidence()).contains("/etc/resolv.conf -> /run/systemd/resolve/resolv.conf");
    }

    @Test
    void theStubResolvConfFailsAndTheFixAddsTheDocsPreparationStages() {
        CheckResult r = new NetworkdCheck().run(systemdHost("/run/systemd/resolve/stub-resolv.conf").access(), AGENT_OVERLAY);
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.summary()).isEqualTo("/etc/resolv.conf does not point at /run/systemd/resolve/resolv.conf");
        assertThat(r.settings()).containsExactly("host.prepareNetworkd");
        assertThat(r.remedy()).contains("host.prepareNetworkd");
        assertThat(AGENT_OVERLAY.host().prepareNetworkd()).isFalse();
        // the fix turns the setting on; the renderer writes the docs' stages from it (NetworkdFilesTest)
        Site fixed = r.fix().orElseThrow().apply().apply(AGENT_OVERLAY);
        assertThat(fixed.host().prepareNetworkd()).isTrue();
        assertThat(fixed.withHost(AGENT_OVERLAY.host())).isEqualTo(AGENT_OVERLAY);
        CheckResult again = new NetworkdCheck().run(systemdHost("/run/systemd/resolve/stub-resolv.conf").access(), fixed);
        assertThat(again.verdict()).isEqualTo(Verdict.WARN);
        assertThat(again.fix()).isEmpty();
    }

    @Test
    void aHostWithoutSystemdSaysWhatIsMissing() {
        HostFixture h = new HostFixture(dir).file("/proc/1/comm", "init").file("/etc/resolv.conf", "nameserver 1.1.1.1\n");
        CheckResult r = new NetworkdCheck().run(h.access(), AGENT_OVERLAY);
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.summary()).contains("systemd-networkd is not running", "systemd-resolved is not running");
        assertThat(r.evidence()).contains("systemd is the init system: no (/run/systemd/system is missing)",
                "/etc/resolv.conf -> /etc/resolv.conf");
    }
}
