package io.edgesite.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The probe protocol on the loopback interface (broadcast itself is proven between network namespaces). */
class ProbeProtocolTest {
    @Test
    void messagesRoundTripAndAnythingElseIsIgnored() {
        ProbeMessage m = new ProbeMessage(ProbeMessage.Kind.PROBE, "00ff", "abc", "edge 3\nx");
        byte[] wire = m.encode();
        assertThat(new String(wire, StandardCharsets.US_ASCII)).isEqualTo("edge-site-probe/1 probe 00ff abc edge3x\n");
        assertThat(ProbeMessage.decode(wire, wire.length)).contains(new ProbeMessage(ProbeMessage.Kind.PROBE, "00ff", "abc", "edge3x"));
        for (String junk : List.of("", "hello", "edge-site-probe/2 probe a b c", "edge-site-probe/1 shout a b c",
                "edge-site-probe/1 probe a b", "edge-site-probe/1 probe a b c d", "edge-site-probe/1 probe a\u0000 b c")) {
            byte[] b = junk.getBytes(StandardCharsets.ISO_8859_1);
            assertThat(ProbeMessage.decode(b, b.length)).as(junk).isEmpty();
        }
        byte[] big = new byte[ProbeMessage.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThat(ProbeMessage.decode(big, big.length)).isEmpty();
    }

    @Test
    void aResponderAnswersAProbeByUnicastAndTheProberHearsIt() throws Exception {
        try (ProbeResponder responder = new ProbeResponder(0, "edge-1", a -> true, "other-host")) {
            Thread t = new Thread(() -> {
                try {
                    responder.serve(Duration.ofSeconds(10), line -> { });
                } catch (java.io.IOException e) {
                    // closed by the test
                }
            });
            t.start();
            List<Peer> heard = new SystemNetwork().broadcast("127.0.0.1", List.of("127.0.0.1"), responder.port(),
                    "edge-3", Duration.ofSeconds(2), got -> got.size() >= 1);
            assertThat(heard).containsExactly(new Peer("127.0.0.1", "edge-1"));
            assertThat(responder.answered()).isGreaterThanOrEqualTo(1);
            responder.close();
            t.join(2000);
            assertThat(t.isAlive()).isFalse();
        }
    }

    @Test
    void aResponderIgnoresItsOwnProbesForeignPacketsAndAnswersNothingElse() throws Exception {
        try (ProbeResponder responder = new ProbeResponder(0, "edge-1", a -> true, ProbeMessage.THIS_PROCESS);
                DatagramSocket client = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"))) {
            Thread t = new Thread(() -> {
                try {
                    responder.serve(Duration.ofSeconds(10), line -> { });
                } catch (java.io.IOException e) {
                    // closed by the test
                }
            });
            t.start();
            InetAddress lo = InetAddress.getByName("127.0.0.1");
            for (byte[] b : List.of(new ProbeMessage(ProbeMessage.Kind.PROBE, "n1", ProbeMessage.THIS_PROCESS, "me").encode(),
                    new ProbeMessage(ProbeMessage.Kind.ANSWER, "n2", "x", "y").encode(),
                    "GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII))) {
                client.send(new DatagramPacket(b, b.length, lo, responder.port()));
            }
            client.setSoTimeout(400);
            byte[] buf = new byte[600];
            boolean answered = true;
            try {
                client.receive(new DatagramPacket(buf, buf.length));
            } catch (SocketTimeoutException e) {
                answered = false;
            }
            assertThat(answered).isFalse();
            assertThat(responder.answered()).isZero();
            responder.close();
            t.join(2000);
        }
    }

    @Test
    void onlyUnicastSendersAreEverAnswered() throws Exception {
        assertThat(ProbeResponder.unicast(InetAddress.getByName("10.99.0.3"))).isTrue();
        assertThat(ProbeResponder.unicast(InetAddress.getByName("255.255.255.255"))).isFalse();
        assertThat(ProbeResponder.unicast(InetAddress.getByName("0.0.0.0"))).isFalse();
        assertThat(ProbeResponder.unicast(InetAddress.getByName("224.0.0.1"))).isFalse();
    }
}
