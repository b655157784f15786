package io.edgesite.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgesite.model.Site;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HardwareChecksTest {
    @TempDir
    Path dir;

    static final long GB_SECTORS = 1_000_000_000L / 512;

    @ParameterizedTest(name = "{0}: {1} cores, {2} KiB, {3} GB, rotational {4} -> {6}")
    @CsvSource({
        "appliance, 4, 16000000, 256, false, hw.cores,  PASS",
        "appliance, 1, 16000000, 256, false, hw.cores,  FAIL",
        "appliance, 4, 7970000,  256, false, hw.memory, PASS",
        "appliance, 4, 6000000,  256, false, hw.memory, FAIL",
        "agent,     4, 6000000,  256, false, hw.memory, WARN",
        "agent,     4, 3000000,  256, false, hw.memory, FAIL",
        "appliance, 4, 16000000, 120, false, hw.disk,   PASS",
        "appliance, 4, 16000000, 120, true,  hw.disk,   WARN",
        "appliance, 4, 16000000, 64,  false, hw.disk,   FAIL",
        "agent,     4, 16000000, 64,  false, hw.disk,   WARN",
        "agent,     4, 16000000, 16,  false, hw.disk,   FAIL",
    })
    void minimumsPerDeploymentMode(String mode, int cores, long memKiB, long diskGb, boolean rotational, String id,
            Verdict verdict) {
        HostFixture host = new HostFixture(dir).hardware(cores, memKiB, diskGb * GB_SECTORS, rotational);
        Site site = mode.equals("agent") ? Sites.agent(Sites.base()) : Sites.base();
        CheckResult r = HardwareChecks.all().stream().filter(c -> c.id().equals(id)).findFirst().get()
                .run(host.access(), site);
        assertThat(r.verdict()).as(r.toString()).isEqualTo(verdict);
        if (verdict != Verdict.PASS) {
            assertThat(r.remedy()).isNotBlank();
        }
    }

    @ParameterizedTest
    @CsvSource({"x86_64, '', PASS", "aarch64, NVIDIA Jetson AGX Orin Developer Kit, PASS",
            "aarch64, Raspberry Pi 4 Model B, WARN", "riscv64, '', FAIL"})
    void architecture(String arch, String board, Verdict verdict) {
        HostFixture host = new HostFixture(dir).file("/proc/sys/kernel/arch", arch);
        if (!board.isEmpty()) {
            host.file("/proc/device-tree/model", board + "\u0000");
        }
        CheckResult r = new HardwareChecks.Architecture().run(host.access(), Sites.base());
        assertThat(r.verdict()).as(r.toString()).isEqualTo(verdict);
        assertThat(r.evidence()).anyMatch(e -> e.contains(arch));
    }

    @org.junit.jupiter.api.Test
    void memoryThatCannotBeReadIsSaidSo() {
        CheckResult r = new HardwareChecks.Memory().run(new HostFixture(dir).access(), Sites.base());
        assertThat(r.verdict()).isEqualTo(Verdict.COULD_NOT_RUN);
    }
}
