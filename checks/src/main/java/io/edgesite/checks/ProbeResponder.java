package io.edgesite.checks;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Answers other hosts' broadcast probes by unicast to the sender, until closed or out of time
 * ({@code edge-site probe listen}, and the wizard while its checks screen is shown). It never answers
 * its own probes, nor a sender that is not a unicast address, and it never sends a broadcast.
 */
public final class ProbeResponder implements AutoCloseable {
    private final DatagramSocket socket;
    private final String hostId;
    private final String instance;
    private final Predicate<InetAddress> accept;
    private volatile boolean closed;
    private int answered;

    /**
     * @param accept which senders to answer (those on the subnets of the NIC given by --interface);
     *     unicast senders only are ever passed to it
     */
    public ProbeResponder(int port, String hostId, Predicate<InetAddress> accept) throws IOException {
        this(port, hostId, accept, ProbeMessage.THIS_PROCESS);
    }

    /** With another instance word: a second "host" in the same process, as in tests. */
    ProbeResponder(int port, String hostId, Predicate<InetAddress> accept, String instance) throws IOException {
        DatagramSocket s = new DatagramSocket(null);
        s.setReuseAddress(true);
        // The wildcard address: a socket bound to the NIC's own address does not receive broadcasts.
        s.bind(new InetSocketAddress(port));
        this.socket = s;
        this.hostId = hostId;
        this.instance = instance;
        this.accept = accept;
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** How many probes were answered so far. */
    public synchronized int answered() {
        return answered;
    }

    /** Answers until closed, or for {@code timeout} when it is not zero. */
    public void serve(Duration timeout, Consumer<String> log) throws IOException {
        long end = timeout.isZero() ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
        byte[] buffer = new byte[ProbeMessage.MAX_BYTES + 1];
        while (!closed) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return;
            }
            socket.setSoTimeout((int) Math.max(1, Math.min(500, left / 1_000_000)));
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (SocketTimeoutException e) {
                continue;
            } catch (SocketException e) {
                if (closed) {
                    return;
                }
                throw e;
            }
            Optional<ProbeMessage> m = ProbeMessage.decode(packet.getData(), packet.getLength());
            InetAddress from = packet.getAddress();
            if (m.isEmpty() || m.get().kind() != ProbeMessage.Kind.PROBE
                    || m.get().instance().equals(instance) || !unicast(from) || !accept.test(from)) {
                continue;
            }
            byte[] answer = m.get().answer(instance, hostId).encode();
            socket.send(new DatagramPacket(answer, answer.length, from, packet.getPort()));
            synchronized (this) {
                answered++;
            }
            log.accept("answered " + m.get().hostId() + " at " + from.getHostAddress());
        }
    }

    /** A sender an answer may go to: never a broadcast, multicast or unspecified address. */
    static boolean unicast(InetAddress a) {
        byte[] b = a.getAddress();
        boolean limitedBroadcast = b.length == 4 && (b[0] & b[1] & b[2] & b[3]) == (byte) 0xff;
        return !a.isAnyLocalAddress() && !a.isMulticastAddress() && !limitedBroadcast;
    }

    @Override
    public void close() {
        closed = true;
        socket.close();
    }
}
