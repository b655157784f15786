package io.edgesite.checks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The network as the checks use it, through the JDK's sockets. */
public final class SystemNetwork implements Network {
    /** Probes sent per broadcast check: a lost datagram is not a missing peer. */
    static final int PROBE_ROUNDS = 3;

    @Override
    public List<Peer> broadcast(String source, List<String> targets, int port, String hostId, Duration window,
            java.util.function.Predicate<java.util.Set<String>> enough) throws IOException {
        byte[] nonceBytes = new byte[8];
        new SecureRandom().nextBytes(nonceBytes);
        String nonce = HexFormat.of().formatHex(nonceBytes);
        byte[] probe = new ProbeMessage(ProbeMessage.Kind.PROBE, nonce, ProbeMessage.THIS_PROCESS, hostId).encode();
        Map<String, Peer> peers = new LinkedHashMap<>();
        // Bound to the NIC's own address: the limited broadcast then leaves through that NIC, whatever the routes.
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(source), 0))) {
            socket.setBroadcast(true);
            long end = System.nanoTime() + window.toNanos();
            long gap = window.toNanos() / (PROBE_ROUNDS + 1);
            long nextSend = System.nanoTime();
            int sent = 0;
            byte[] buffer = new byte[ProbeMessage.MAX_BYTES + 1];
            while (true) {
                long now = System.nanoTime();
                if (now >= end || (!peers.isEmpty() && enough.test(peers.keySet()))) {
                    break;
                }
                if (sent < PROBE_ROUNDS && now >= nextSend) {
                    for (String target : targets) {
                        socket.send(new DatagramPacket(probe, probe.length, InetAddress.getByName(target), port));
                    }
                    sent++;
                    nextSend = now + gap;
                }
                long wait = (sent < PROBE_ROUNDS ? Math.min(nextSend, end) : end) - now;
                socket.setSoTimeout((int) Math.max(1, wait / 1_000_000));
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                try {
                    socket.receive(packet);
                } catch (SocketTimeoutException e) {
                    continue;
                }
                Optional<ProbeMessage> m = ProbeMessage.decode(packet.getData(), packet.getLength());
                if (m.isPresent() && m.get().kind() == ProbeMessage.Kind.ANSWER && m.get().nonce().equals(nonce)
                        && !m.get().instance().equals(ProbeMessage.THIS_PROCESS)) {
                    String from = packet.getAddress().getHostAddress();
                    peers.putIfAbsent(from, new Peer(from, m.get().hostId()));
                }
            }
        }
        return new ArrayList<>(peers.values());
    }

    @Override
    public void poke(String address) throws IOException {
        try (DatagramSocket socket = new DatagramSocket()) {
            // the discard port: nobody needs to listen, the ARP exchange before it is what counts
            socket.send(new DatagramPacket(new byte[] {0}, 1, InetAddress.getByName(address), 9));
        }
    }

    @Override
    public List<String> resolve(String name) throws IOException {
        List<String> out = new ArrayList<>();
        for (InetAddress a : InetAddress.getAllByName(name)) {
            if (a instanceof Inet4Address) {
                out.add(a.getHostAddress());
            }
        }
        return out;
    }

    @Override
    public void connect(String host, int port, Duration timeout) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
        }
    }

    @Override
    public String connectThroughProxy(String proxyHost, int proxyPort, String host, int port, Duration timeout)
            throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(proxyHost, proxyPort), (int) timeout.toMillis());
            s.setSoTimeout((int) timeout.toMillis());
            OutputStream out = s.getOutputStream();
            out.write(("CONNECT " + host + ":" + port + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c >= 0 && c != '\n' && line.length() < 200; c = in.read()) {
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }
}
