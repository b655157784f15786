package io.edgesite.tui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgesite.checks.SourcePolicy;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The wizard's responder: started again when it cannot answer, and its status line saying which it is. */
class ProbeAnsweringTest {
    static final SourcePolicy NOBODY = new SourcePolicy(Set.of(), List.of(), List.of(), false);

    static void await(ProbeAnswering a, String start) throws InterruptedException {
        for (int i = 0; i < 100 && !a.status().startsWith(start); i++) {
            Thread.sleep(50);
        }
        assertThat(a.status()).startsWith(start);
    }

    @Test
    void aTakenPortIsSaidAndTheResponderStartsOnceItIsFree() throws Exception {
        int port;
        DatagramSocket taken = new DatagramSocket(null);
        taken.bind(new InetSocketAddress(0));
        port = taken.getLocalPort();
        ProbeAnswering a = ProbeAnswering.start(port, "edge-1", () -> NOBODY);
        try {
            await(a, "Not answering other hosts' probes: UDP " + port);
            assertThat(a.status()).endsWith("trying again.");
            taken.close();
            await(a, "Answering other hosts' probes on UDP " + port);
        } finally {
            taken.close();
            a.stop();
        }
    }
}
