package io.edgesite.tui.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyType;
import io.edgesite.model.Nic;
import io.edgesite.model.Site;
import io.edgesite.checks.HostAccess;
import io.edgesite.checks.ProbeMessage;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Screen 6: the checks run with a live list, show their evidence, and apply their fixes after a y. */
class ChecksScreenTest {
    @TempDir
    Path dir;

    /** The VMware example with the overlay on, on the NIC the fixture host has. */
    static Site overlayOnVmware() throws Exception {
        String yaml = Files.readString(Path.of("../examples", "single-dhcp-vip.yaml"))
                .replace("  overlay:\n    enabled: false", "  overlay:\n    enabled: true\n    cidr: 100.64.192.0/23")
                .replace("  vip: 10.1.10.250\n", "").replace("nodes: 1", "nodes: 3")
                .replace("  nics:\n    - name: enp1s0", "  nics:\n    - name: ens192");
        return io.edgesite.render.AnswersFormat.read(yaml);
    }

    VirtualWizard toChecks(HostAccess host) throws Exception {
        VirtualWizard w = new VirtualWizard(overlayOnVmware(), dir, new TerminalSize(80, 24), host);
        for (int i = 0; i < 5; i++) {
            w.focus("Next").enter();
        }
        assertThat(w.screenText()).contains("Step 6 of 8", "Prerequisite checks");
        return w;
    }

    @Test
    void theChecksRunShowTheirEvidenceAndTheVmxnet3FixIsAppliedAfterConfirmation() throws Exception {
        HostAccess host = FixtureHost.create(dir.resolve("host"));
        VirtualWizard w = toChecks(host);
        String screen = w.waitFor("checks done");
        // the checks that passed share one line; Enter on it lists them
        assertThat(screen).contains("PASS  5 checks: CPU architecture, CPU cores", "FAIL  VMXNET3 UDP tunnel offload: ens192 need UDP",
                "FAIL  Layer-2 broadcast between hosts: heard 0 of 2 hosts", "Apply fixes (1)");
        w.focus("<FAIL  VMXNET3").enter();
        assertThat(w.screenText()).contains("VMXNET3 NICs (sysfs device/driver): ens192", "Remedy: Add the initramfs step");
        w.focus("Apply fixes (1)").enter();
        assertThat(w.screenText()).contains("Apply to the answers: mark ens192 as VMXNET3");
        w.type("y");
        assertThat(w.app.wizard().site().site().network().nics()).extracting(Nic::vmxnet3).containsExactly(true);
        String after = w.waitFor("PASS  6 checks");
        assertThat(after).doesNotContain("Apply fixes", "FAIL  VMXNET3");
        // fails do not block: on to the review, which repeats them
        w.waitFor("checks done");
        w.focus("Next").enter();
        assertThat(w.screenText()).contains("Review", "CHECK FAIL  Layer-2 broadcast between hosts; Palette endpoint");
        assertThat(w.app.wizard().reviewText()).contains("Disable UDP segmentation");
    }

    @Test
    void anotherKeyThanYLeavesTheAnswersAlone() throws Exception {
        VirtualWizard w = toChecks(FixtureHost.create(dir.resolve("host")));
        w.waitFor("checks done");
        w.focus("Apply fixes (1)").enter().type("n");
        assertThat(w.app.wizard().site().site().network().nics()).extracting(Nic::vmxnet3).containsExactly(false);
    }

    @Test
    void whileTheChecksScreenIsShownTheWizardAnswersOtherHostsProbes() throws Exception {
        HostAccess host = FixtureHost.create(dir.resolve("host"));
        VirtualWizard w = toChecks(host);
        w.waitFor("Answering other hosts' probes on UDP " + host.probePort());
        assertThat(probe(host.probePort())).startsWith("edge-site-probe/2 answer n1 " + ProbeMessage.THIS_PROCESS + " store-0042 ");
        w.key(KeyType.Escape);
        assertThat(w.screenText()).contains("Step 5 of 8");
        assertThat(probe(host.probePort())).isNull();
    }

    /** Sends a probe as another host would and returns the answer, or null when none comes. */
    static String probe(int port) throws Exception {
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"))) {
            byte[] b = ProbeMessage.probe("n1", "another-host", "edge-9", System.currentTimeMillis(), false, false).encode(320);
            s.send(new DatagramPacket(b, b.length, InetAddress.getByName("127.0.0.1"), port));
            s.setSoTimeout(500);
            DatagramPacket p = new DatagramPacket(new byte[600], 600);
            try {
                s.receive(p);
                return new String(p.getData(), 0, p.getLength(), java.nio.charset.StandardCharsets.US_ASCII).strip();
            } catch (SocketTimeoutException e) {
                return null;
            }
        }
    }
}
