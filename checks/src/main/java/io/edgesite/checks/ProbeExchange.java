package io.edgesite.checks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The prober's side of the probe protocol, on real sockets: broadcasts, then unicast, MTU-sized and
 * VXLAN-port probes to every named peer and to every host that answered the broadcast, three rounds within
 * the window, and every answer heard with when its probe left and when it came back.
 */
public final class ProbeExchange {
    static final int ROUNDS = 3;

    /** Which probe an answer is for, from the suffix of its nonce. */
    public enum Probe {
        BROADCAST, UNICAST, MTU, PORT
    }

    /**
     * @param source this host's address on the NIC to probe from (which picks the NIC)
     * @param broadcasts the broadcast addresses to probe
     * @param peers the hosts to probe by unicast from the start (more join as they answer the broadcast)
     * @param mtuSizes the datagram sizes (UDP payload) of the MTU probes, largest first
     * @param overlayPorts the UDP ports the overlay needs open between the hosts
     */
    public record Plan(String source, List<String> broadcasts, List<String> peers, int port, List<Integer> mtuSizes,
            List<Integer> overlayPorts, String hostId, Duration window) {
    }

    /** One answer: who sent it, from which port, for which probe, its size, and the two clocks. */
    public record Heard(String address, int port, Probe probe, int parameter, ProbeMessage message, int length, long sentMs,
            long receivedMs) {
    }

    /** Everything heard, and the peers a probe could not even be sent to, with why. */
    public record Result(List<Heard> heard, Map<String, String> unsendable) {
    }

    private ProbeExchange() {
    }

    static Result run(Plan plan) throws IOException {
        byte[] nonceBytes = new byte[6];
        new SecureRandom().nextBytes(nonceBytes);
        String base = HexFormat.of().formatHex(nonceBytes);
        Map<String, Long> sentAt = new LinkedHashMap<>();
        Map<String, String> unsendable = new LinkedHashMap<>();
        List<Heard> heard = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>(plan.peers());
        Map<String, Integer> roundsSent = new LinkedHashMap<>();
        // Two sockets: a unicast probe to a peer makes a stateful firewall here let in everything that peer sends
        // back to the same port, answers to the broadcast included, which would hide that it drops those.
        // Both are bound to the NIC's own address: the limited broadcast then leaves through that NIC.
        InetSocketAddress local = new InetSocketAddress(InetAddress.getByName(plan.source()), 0);
        try (Selector selector = Selector.open();
                DatagramChannel broadcast = open(selector, local, true);
                DatagramChannel unicast = open(selector, local, false)) {
            long start = System.nanoTime();
            long end = start + plan.window().toNanos();
            long gap = plan.window().toNanos() / (ROUNDS + 1);
            int broadcastRounds = 0;
            ByteBuffer buffer = ByteBuffer.allocate(ProbeMessage.MAX_BYTES + 1);
            while (true) {
                long now = System.nanoTime();
                if (now >= end) {
                    break;
                }
                int round = (int) Math.min(ROUNDS - 1, (now - start) / gap);
                if (broadcastRounds <= round && broadcastRounds < ROUNDS) {
                    for (String target : plan.broadcasts()) {
                        send(broadcast, plan, base + "-b" + broadcastRounds, target, plan.port(), true, false,
                                ProbeMessage.PADDED, sentAt, unsendable);
                    }
                    broadcastRounds++;
                }
                for (String peer : known) {
                    // a peer learnt from the broadcast gets its rounds from the moment it answered
                    int done = roundsSent.getOrDefault(peer, 0);
                    if (done <= round && done < ROUNDS) {
                        unicastRound(unicast, plan, base, peer, done, sentAt, unsendable);
                        roundsSent.put(peer, done + 1);
                    }
                }
                long nextTick = Math.min(end, start + (round + 1) * gap);
                selector.select(Math.max(1, (nextTick - now) / 1_000_000));
                for (SelectionKey key : selector.selectedKeys()) {
                    DatagramChannel channel = (DatagramChannel) key.channel();
                    for (InetSocketAddress from = receive(channel, buffer); from != null; from = receive(channel, buffer)) {
                        Heard h = heard(buffer, from, base, sentAt);
                        if (h != null) {
                            heard.add(h);
                            if (h.probe() == Probe.BROADCAST && known.add(h.address())) {
                                roundsSent.put(h.address(), 0);
                            }
                        }
                    }
                }
                selector.selectedKeys().clear();
            }
        }
        return new Result(heard, unsendable);
    }

    private static DatagramChannel open(Selector selector, InetSocketAddress local, boolean broadcast) throws IOException {
        DatagramChannel c = DatagramChannel.open(StandardProtocolFamily.INET);
        c.setOption(StandardSocketOptions.SO_BROADCAST, broadcast);
        c.bind(local);
        c.configureBlocking(false);
        c.register(selector, SelectionKey.OP_READ);
        return c;
    }

    private static InetSocketAddress receive(DatagramChannel channel, ByteBuffer buffer) throws IOException {
        buffer.clear();
        InetSocketAddress from = (InetSocketAddress) channel.receive(buffer);
        buffer.flip();
        return from;
    }

    /** The answer in the buffer, if it is one to this exchange from another process. */
    private static Heard heard(ByteBuffer buffer, InetSocketAddress from, String base, Map<String, Long> sentAt) {
        long receivedMs = System.currentTimeMillis();
        byte[] data = new byte[buffer.remaining()];
        buffer.get(data);
        Optional<ProbeMessage> m = ProbeMessage.decode(data, data.length);
        if (m.isEmpty() || m.get().kind() != ProbeMessage.Kind.ANSWER || !m.get().nonce().startsWith(base + "-")
                || m.get().nonce().length() < base.length() + 2 || m.get().instance().equals(ProbeMessage.THIS_PROCESS)) {
            return null;
        }
        String suffix = m.get().nonce().substring(base.length() + 1);
        Probe probe = switch (suffix.charAt(0)) {
            case 'b' -> Probe.BROADCAST;
            case 'u' -> Probe.UNICAST;
            case 'm' -> Probe.MTU;
            default -> Probe.PORT;
        };
        return new Heard(from.getAddress().getHostAddress(), from.getPort(), probe, parameter(suffix), m.get(), data.length,
                sentAt.getOrDefault(m.get().nonce(), 0L), receivedMs);
    }

    /** The unicast, MTU and overlay-port probes of one round to one peer (MTU and ports in the first two). */
    private static void unicastRound(DatagramChannel socket, Plan plan, String base, String peer, int round,
            Map<String, Long> sentAt, Map<String, String> unsendable) {
        send(socket, plan, base + "-u" + round, peer, plan.port(), false, false, ProbeMessage.PADDED, sentAt, unsendable);
        if (round < 2) {
            for (int size : plan.mtuSizes()) {
                send(socket, plan, base + "-m" + size, peer, plan.port(), false, true, size, sentAt, unsendable);
            }
            for (int p : plan.overlayPorts()) {
                send(socket, plan, base + "-p" + p, peer, p, false, false, ProbeMessage.PADDED, sentAt, unsendable);
            }
        }
    }

    private static void send(DatagramChannel socket, Plan plan, String nonce, String target, int port, boolean broadcast,
            boolean full, int size, Map<String, Long> sentAt, Map<String, String> unsendable) {
        long now = System.currentTimeMillis();
        byte[] bytes = ProbeMessage.probe(nonce, ProbeMessage.THIS_PROCESS, plan.hostId(), now, broadcast, full).encode(size);
        try {
            socket.send(ByteBuffer.wrap(bytes), new InetSocketAddress(InetAddress.getByName(target), port));
            sentAt.putIfAbsent(nonce, now);
        } catch (IOException e) {
            // "Network is unreachable", "Message too long": said once per target, the others go on
            unsendable.putIfAbsent(target + (full ? " (" + size + " bytes)" : ""), e.getMessage());
        }
    }

    /** The number after the kind letter: the round, the MTU probe's size or the port. */
    private static int parameter(String suffix) {
        try {
            return Integer.parseInt(suffix.substring(1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
