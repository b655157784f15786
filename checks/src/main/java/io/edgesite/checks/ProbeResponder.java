package io.edgesite.checks;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Answers other hosts' probes by unicast to the sender, until closed or out of time ({@code edge-site
 * probe listen}, and the wizard while its checks screen is shown). It answers only senders its
 * {@link SourcePolicy} allows, at most {@value #PER_SOURCE} answers a second to one sender and
 * {@value #TOTAL} in all, never with more bytes than the probe, and never its own probes. A failed send is
 * logged once for its sender and the responder goes on. Besides the probe port it listens on the overlay's
 * VXLAN ports while they are free, so a prober can tell whether they pass between the hosts.
 */
public final class ProbeResponder implements AutoCloseable {
    static final int PER_SOURCE = 10;
    static final int TOTAL = 100;
    private final Selector selector;
    private final List<DatagramChannel> channels = new ArrayList<>();
    private final String hostId;
    private final String instance;
    private final Supplier<SourcePolicy> policy;
    private final String listening;
    private final RateLimit answers = new RateLimit(PER_SOURCE, TOTAL);
    private final LogLimit logs = new LogLimit();
    private final Set<String> sendFailures = new TreeSet<>();
    private final Map<String, String> seenBroadcasts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > 256;
        }
    };
    private volatile boolean closed;
    private long answered;
    private long bytesSent;

    /**
     * @param port the probe port (0: any free one, for tests)
     * @param extraPorts ports also answered when they can be bound (the VXLAN ports); busy ones are skipped
     * @param policy which senders may be answered, asked again every few seconds (addresses change)
     */
    public ProbeResponder(int port, List<Integer> extraPorts, String hostId, Supplier<SourcePolicy> policy, boolean ipv6)
            throws IOException {
        this(port, extraPorts, hostId, policy, ipv6, ProbeMessage.THIS_PROCESS);
    }

    /** With another instance word: a second "host" in the same process, as in tests. */
    ProbeResponder(int port, List<Integer> extraPorts, String hostId, Supplier<SourcePolicy> policy, boolean ipv6,
            String instance) throws IOException {
        this.selector = Selector.open();
        this.hostId = hostId;
        this.instance = instance;
        this.policy = policy;
        try {
            channels.add(open(port, ipv6));
            List<String> bound = new ArrayList<>();
            for (int extra : extraPorts) {
                try {
                    channels.add(open(extra, ipv6));
                    bound.add(Integer.toString(extra));
                } catch (IOException e) {
                    // in use (a VXLAN device of a running cluster): not answered here
                }
            }
            this.listening = bound.isEmpty() ? "-" : String.join(",", bound);
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private DatagramChannel open(int port, boolean ipv6) throws IOException {
        // IPv4 only unless asked: the dual-stack socket would answer IPv6 and its multicast groups too
        DatagramChannel c = ipv6 ? DatagramChannel.open() : DatagramChannel.open(StandardProtocolFamily.INET);
        try {
            c.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            // the wildcard address: a socket bound to the NIC's own address does not receive broadcasts
            c.bind(new InetSocketAddress(port));
            c.configureBlocking(false);
            c.register(selector, SelectionKey.OP_READ);
            return c;
        } catch (IOException e) {
            c.close();
            throw e;
        }
    }

    public int port() {
        return ((InetSocketAddress) socketAddress(channels.get(0))).getPort();
    }

    /** The extra ports answered, as the answers list them ({@code -} for none). */
    public String extraPorts() {
        return listening;
    }

    private static java.net.SocketAddress socketAddress(DatagramChannel c) {
        try {
            return c.getLocalAddress();
        } catch (IOException e) {
            return new InetSocketAddress(0);
        }
    }

    /** How many answers were sent so far. */
    public synchronized long answered() {
        return answered;
    }

    /** How many bytes the answers held. */
    public synchronized long bytesSent() {
        return bytesSent;
    }

    /** Answers until closed, or for {@code timeout} when it is not zero. */
    public void serve(Duration timeout, Consumer<String> log) throws IOException {
        long end = timeout.isZero() ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
        ByteBuffer buffer = ByteBuffer.allocate(ProbeMessage.MAX_BYTES + 1);
        SourcePolicy rules = policy.get();
        long rulesAt = System.nanoTime();
        while (!closed) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                selector.select(Math.max(1, Math.min(500, left / 1_000_000)));
            } catch (ClosedChannelException | java.nio.channels.ClosedSelectorException e) {
                return;
            }
            if (System.nanoTime() - rulesAt > 5_000_000_000L) {
                rules = policy.get();
                rulesAt = System.nanoTime();
            }
            for (SelectionKey key : selector.selectedKeys()) {
                DatagramChannel channel = (DatagramChannel) key.channel();
                while (true) {
                    buffer.clear();
                    InetSocketAddress from;
                    try {
                        from = (InetSocketAddress) channel.receive(buffer);
                    } catch (IOException e) {
                        if (closed) {
                            return;
                        }
                        logs.say(log, "receive failed: " + e.getMessage());
                        break;
                    }
                    if (from == null) {
                        break;
                    }
                    buffer.flip();
                    handle(channel, from, buffer, rules, log);
                }
            }
            selector.selectedKeys().clear();
            logs.flush(log);
        }
    }

    private void handle(DatagramChannel channel, InetSocketAddress from, ByteBuffer data, SourcePolicy rules,
            Consumer<String> log) {
        int size = data.remaining();
        byte[] bytes = new byte[size];
        data.get(bytes);
        Optional<ProbeMessage> decoded = ProbeMessage.decode(bytes, size);
        if (decoded.isEmpty() || decoded.get().kind() != ProbeMessage.Kind.PROBE
                || decoded.get().instance().equals(instance)) {
            return;
        }
        ProbeMessage probe = decoded.get();
        String sender = from.getAddress() == null ? "?" : from.getAddress().getHostAddress();
        Optional<String> refused = rules.refusal(from);
        if (refused.isPresent()) {
            logs.say(log, "not answering " + sender + ":" + from.getPort() + ": " + refused.get());
            return;
        }
        if (!answers.allow(sender)) {
            logs.say(log, "not answering " + sender + ": more than " + PER_SOURCE + " probes a second");
            return;
        }
        String seen;
        synchronized (seenBroadcasts) {
            if (probe.broadcast()) {
                seenBroadcasts.put(probe.instance(), probe.nonce());
            }
            seen = probe.broadcast() ? "-" : seenBroadcasts.getOrDefault(probe.instance(), "-");
        }
        ProbeMessage answer = probe.answer(instance, hostId, System.currentTimeMillis(), size, seen, listening);
        ProbeMessage fitted = fit(answer, size);
        if (fitted == null) {
            return;
        }
        send(channel, from, fitted.encode(), log);
        if (probe.wantFull()) {
            send(channel, from, fitted.encode(size), log);
        }
        logs.say(log, "answered " + probe.hostId() + " at " + sender + ":" + from.getPort()
                + (probe.wantFull() ? " (" + size + " bytes)" : ""));
    }

    /** The answer with its host ID cut if need be, so as not to exceed the probe; null when it cannot fit. */
    static ProbeMessage fit(ProbeMessage answer, int probeSize) {
        ProbeMessage m = answer;
        int over = m.encode().length - probeSize;
        while (over > 0 && m.hostId().length() > 1) {
            m = m.withHostId(m.hostId().substring(0, Math.max(1, m.hostId().length() - over)));
            over = m.encode().length - probeSize;
        }
        return over <= 0 ? m : null;
    }

    private void send(DatagramChannel channel, InetSocketAddress to, byte[] bytes, Consumer<String> log) {
        try {
            channel.send(ByteBuffer.wrap(bytes), to);
            synchronized (this) {
                answered++;
                bytesSent += bytes.length;
            }
        } catch (IOException | RuntimeException e) {
            String who = to.getAddress() == null ? to.toString() : to.getAddress().getHostAddress();
            boolean first;
            synchronized (sendFailures) {
                first = sendFailures.size() < 1024 && sendFailures.add(who);
            }
            if (first) {
                logs.say(log, "cannot answer " + who + ": " + e.getMessage() + " (said once for this sender)");
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        for (DatagramChannel c : channels) {
            try {
                c.close();
            } catch (IOException e) {
                // closing: nothing left to do
            }
        }
        try {
            selector.close();
        } catch (IOException e) {
            // closing: nothing left to do
        }
    }
}
