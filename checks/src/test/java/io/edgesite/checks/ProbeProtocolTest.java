package io.edgesite.checks;

import static org.assertj.core.api.Assertions.assertThat;

import inet.ipaddr.IPAddressString;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The probe protocol on the loopback interface (broadcasts, firewalls and MTUs between namespaces: CheckScenariosIT). */
class ProbeProtocolTest {
    static final InetAddress LO = loopback();
    /** Loopback senders answered: in a test, 127.0.0.0/8 stands for the LAN. */
    static final SourcePolicy LOOPBACK_LAN = new SourcePolicy(Set.of(), List.of(new IPAddressString("127.0.0.0/8").getAddress()),
            List.of(), false);

    static InetAddress loopback() {
        try {
            return InetAddress.getByName("127.0.0.1");
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    /** A responder of "another host" serving in the background. */
    static ProbeResponder serving(SourcePolicy policy, List<Integer> extra, List<String> log) throws Exception {
        ProbeResponder r = new ProbeResponder(0, extra, "edge-1", () -> policy, false, "other-host");
        Thread t = new Thread(() -> {
            try {
                r.serve(Duration.ofSeconds(20), line -> {
                    synchronized (log) {
                        log.add(line);
                    }
                });
            } catch (java.io.IOException e) {
                // closed by the test
            }
        });
        t.setDaemon(true);
        t.start();
        return r;
    }

    static List<byte[]> ask(DatagramSocket client, byte[] probe, int port, int wait) throws Exception {
        client.send(new DatagramPacket(probe, probe.length, LO, port));
        List<byte[]> answers = new ArrayList<>();
        client.setSoTimeout(wait);
        while (true) {
            DatagramPacket p = new DatagramPacket(new byte[9100], 9100);
            try {
                client.receive(p);
                answers.add(java.util.Arrays.copyOf(p.getData(), p.getLength()));
            } catch (SocketTimeoutException e) {
                return answers;
            }
        }
    }

    @Test
    void messagesRoundTripInBothVersionsAndAnythingElseIsIgnored() {
        ProbeMessage v1 = ProbeMessage.v1(ProbeMessage.Kind.PROBE, "00ff", "abc", "edge 3\nx");
        byte[] wire = v1.encode();
        assertThat(new String(wire, StandardCharsets.US_ASCII)).isEqualTo("edge-site-probe/1 probe 00ff abc edge3x\n");
        assertThat(ProbeMessage.decode(wire, wire.length)).contains(v1);
        ProbeMessage v2 = ProbeMessage.probe("n-u0", "abc", "edge-3", 1234, false, true);
        byte[] padded = v2.encode(1472);
        assertThat(padded).hasSize(1472);
        assertThat(ProbeMessage.decode(padded, padded.length)).contains(v2);
        ProbeMessage answer = v2.answer("def", "edge-1", 5678, 1472, "n-b0", "4789,8472");
        byte[] a = answer.encode();
        assertThat(new String(a, StandardCharsets.US_ASCII))
                .isEqualTo("edge-site-probe/2 answer n-u0 def edge-1 5678 1472 n-b0 4789,8472 .\n");
        assertThat(ProbeMessage.decode(a, a.length)).contains(answer);
        for (String junk : List.of("", "hello", "edge-site-probe/3 probe a b c", "edge-site-probe/1 shout a b c",
                "edge-site-probe/1 probe a b", "edge-site-probe/2 probe a b c 12 u s", "edge-site-probe/2 probe a b c x u s .",
                "edge-site-probe/2 probe a b c 12 x s .", "edge-site-probe/1 probe a\u0000 b c")) {
            byte[] b = junk.getBytes(StandardCharsets.ISO_8859_1);
            assertThat(ProbeMessage.decode(b, b.length)).as(junk).isEmpty();
        }
        byte[] big = new byte[ProbeMessage.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThat(ProbeMessage.decode(big, big.length)).isEmpty();
    }

    @Test
    void anAnswerNeverOutgrowsItsProbe() {
        ProbeMessage answer = ProbeMessage.v1(ProbeMessage.Kind.PROBE, "n1", "0123456789abcdef", "e9")
                .answer("fedcba9876543210", "a-very-long-host-name-for-this-edge-host", 0, 0, "-", "-");
        int probeSize = ProbeMessage.v1(ProbeMessage.Kind.PROBE, "n1", "0123456789abcdef", "e9").encode().length;
        ProbeMessage fitted = ProbeResponder.fit(answer, probeSize);
        assertThat(fitted.encode().length).isLessThanOrEqualTo(probeSize);
        assertThat(fitted.hostId()).isEqualTo("a");
        assertThat(ProbeResponder.fit(answer, 10)).isNull();
    }

    @Test
    void theExchangeHearsBroadcastUnicastMtuAndPortAnswersWithTheClock() throws Exception {
        List<String> log = new ArrayList<>();
        int extra;
        try (DatagramSocket free = new DatagramSocket(0, LO)) {
            extra = free.getLocalPort();
        }
        try (ProbeResponder responder = serving(LOOPBACK_LAN, List.of(extra), log)) {
            ProbeExchange.Result r = ProbeExchange.run(new ProbeExchange.Plan("127.0.0.1", List.of("127.0.0.1"),
                    List.of(), responder.port(), List.of(1472, 1372), List.of(extra), "edge-3", Duration.ofMillis(600)));
            List<ProbeExchange.Probe> kinds = r.heard().stream().map(ProbeExchange.Heard::probe).distinct().toList();
            assertThat(kinds).contains(ProbeExchange.Probe.BROADCAST, ProbeExchange.Probe.UNICAST, ProbeExchange.Probe.MTU,
                    ProbeExchange.Probe.PORT);
            // every answer is at most its probe's size, and the MTU probes came back full-sized once each round
            assertThat(r.heard()).allSatisfy(h -> assertThat(h.length()).isLessThanOrEqualTo(
                    h.probe() == ProbeExchange.Probe.MTU ? h.parameter() : ProbeMessage.PADDED));
            assertThat(r.heard()).anySatisfy(h -> assertThat(h.length()).isEqualTo(1472));
            PeerPath p = new PeerPath("127.0.0.1", "edge-1");
            r.heard().forEach(p::add);
            assertThat(p.sawBroadcast).isTrue();
            assertThat(p.advertised).containsExactly(extra);
            assertThat(p.ports).containsExactly(extra);
            assertThat(p.largestBothWays()).isEqualTo(1500);
            assertThat(Math.abs(p.offsetMillis())).isLessThan(50);
            assertThat(responder.bytesSent()).isGreaterThan(0);
        }
    }

    @Test
    void itIgnoresItsOwnProbesAnswersAndForeignPackets() throws Exception {
        try (ProbeResponder responder = serving(LOOPBACK_LAN, List.of(), new ArrayList<>());
                DatagramSocket client = new DatagramSocket(0, LO)) {
            for (byte[] b : List.of(ProbeMessage.probe("n1", "other-host", "me", 1, false, false).encode(300),
                    ProbeMessage.v1(ProbeMessage.Kind.ANSWER, "n2", "x", "y").encode(),
                    "GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII))) {
                assertThat(ask(client, b, responder.port(), 200)).isEmpty();
            }
            assertThat(responder.answered()).isZero();
        }
    }

    @Test
    void refusedSendersAreLoggedNotAnsweredAndTheResponderGoesOn() throws Exception {
        SourcePolicy ownLoopback = new SourcePolicy(Set.of("127.0.0.1"), List.of(new IPAddressString("127.0.0.0/8")
                .getAddress()), List.of(), false);
        List<String> log = new ArrayList<>();
        try (ProbeResponder responder = serving(ownLoopback, List.of(), log);
                DatagramSocket client = new DatagramSocket(0, LO)) {
            byte[] probe = ProbeMessage.probe("n1", "prober", "edge-9", 1, false, false).encode(300);
            assertThat(ask(client, probe, responder.port(), 300)).isEmpty();
            synchronized (log) {
                assertThat(log).anyMatch(l -> l.contains("this host's own address"));
            }
        }
    }

    @Test
    void theSourcePolicyRefusesWhatIsNoHostOnTheLan() throws Exception {
        SourcePolicy p = new SourcePolicy(Set.of("10.99.0.3"), List.of(new IPAddressString("10.99.0.0/24").getAddress()),
                List.of(new IPAddressString("10.99.0.0/24").getAddress()), false);
        assertThat(p.refusal(new InetSocketAddress("10.99.0.1", 40000))).isEmpty();
        assertThat(p.refusal(new InetSocketAddress("10.99.0.1", 0))).contains("source port 0");
        assertThat(p.refusal(new InetSocketAddress("10.99.0.255", 40000))).get().asString().contains("broadcast address");
        assertThat(p.refusal(new InetSocketAddress("10.99.0.0", 40000))).get().asString().contains("network");
        assertThat(p.refusal(new InetSocketAddress("255.255.255.255", 40000))).get().asString().contains("broadcast");
        assertThat(p.refusal(new InetSocketAddress("224.0.0.1", 40000))).get().asString().contains("multicast");
        assertThat(p.refusal(new InetSocketAddress("10.99.0.3", 40000))).contains("this host's own address");
        assertThat(p.refusal(new InetSocketAddress("203.0.113.9", 40000))).get().asString().startsWith("not on");
        assertThat(p.refusal(new InetSocketAddress("fe80::1", 40000))).get().asString().contains("IPv6");
    }

    @Test
    void aFloodFromOneSenderGetsTenAnswersASecond() throws Exception {
        try (ProbeResponder responder = serving(LOOPBACK_LAN, List.of(), new ArrayList<>());
                DatagramSocket client = new DatagramSocket(0, LO)) {
            byte[] probe = ProbeMessage.probe("n1", "prober", "edge-9", 1, false, false).encode(300);
            for (int i = 0; i < 500; i++) {
                client.send(new DatagramPacket(probe, probe.length, LO, responder.port()));
            }
            List<byte[]> answers = ask(client, new byte[] {'x'}, responder.port(), 300);
            // a burst of one second's worth, and at most the refill of the time the flood took
            assertThat(answers.size()).isBetween(10, 20);
        }
    }

    @Test
    void rateLimitsRefillWithTime() throws Exception {
        RateLimit r = new RateLimit(10, 100);
        int allowed = 0;
        for (int i = 0; i < 50; i++) {
            allowed += r.allow("a") ? 1 : 0;
        }
        assertThat(allowed).isEqualTo(10);
        Thread.sleep(220);
        assertThat(r.allow("a")).isTrue();
        assertThat(r.allow("b")).isTrue();
        List<String> lines = new ArrayList<>();
        LogLimit l = new LogLimit();
        for (int i = 0; i < 100; i++) {
            l.say(lines::add, "line " + i);
        }
        assertThat(lines).hasSize(LogLimit.PER_SECOND);
        Thread.sleep(250);
        l.flush(lines::add);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("95 more line(s) held back (at most 5 a second)");
    }
}
