package io.edgesite.checks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One DNS question for a name's IPv4 addresses, asked of one server over UDP within a time bound: the
 * host's resolver would hide which of its servers is silent, and may wait five seconds per try.
 */
final class DnsQuery {
    static final int PORT = 53;
    private static final SecureRandom RANDOM = new SecureRandom();

    private DnsQuery() {
    }

    /**
     * The A records of {@code name}; {@link UnknownHostException} when the server says it does not exist,
     * {@link java.net.SocketTimeoutException} when it does not answer in time.
     */
    static List<String> ask(String server, int port, String name, Duration timeout) throws IOException {
        int id = RANDOM.nextInt(1 << 16);
        byte[] query = query(id, name);
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
            socket.send(new DatagramPacket(query, query.length, InetAddress.getByName(server), port));
            long end = System.nanoTime() + timeout.toNanos();
            byte[] buffer = new byte[1500];
            while (true) {
                DatagramPacket p = new DatagramPacket(buffer, buffer.length);
                socket.setSoTimeout((int) Math.max(1, (end - System.nanoTime()) / 1_000_000));
                socket.receive(p);
                // an answer to another question, or from another host, is not this one's
                if (p.getLength() >= 12 && ((buffer[0] & 0xff) << 8 | buffer[1] & 0xff) == id
                        && p.getAddress().equals(InetAddress.getByName(server))) {
                    return parse(ByteBuffer.wrap(buffer, 0, p.getLength()), name);
                }
            }
        }
    }

    static byte[] query(int id, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) (id >> 8), (byte) id, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0});
        for (String label : name.split("\\.")) {
            byte[] b = label.getBytes(StandardCharsets.US_ASCII);
            if (b.length == 0 || b.length > 63) {
                throw new UnknownHostException(name + ": not a host name");
            }
            out.write(b.length);
            out.write(b);
        }
        out.write(new byte[] {0, 0, 1, 0, 1});
        return out.toByteArray();
    }

    static List<String> parse(ByteBuffer b, String name) throws IOException {
        try {
            int flags = b.getShort(2) & 0xffff;
            int rcode = flags & 0xf;
            if ((flags & 0x8000) == 0) {
                throw new IOException("not an answer");
            }
            if (rcode == 3) {
                throw new UnknownHostException(name + ": no such name (NXDOMAIN)");
            }
            if (rcode != 0) {
                throw new IOException(name + ": the server failed (rcode " + rcode + ")");
            }
            int questions = b.getShort(4) & 0xffff;
            int answers = b.getShort(6) & 0xffff;
            b.position(12);
            for (int i = 0; i < questions; i++) {
                skipName(b);
                b.position(b.position() + 4);
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < answers; i++) {
                skipName(b);
                int type = b.getShort() & 0xffff;
                b.getShort();
                b.getInt();
                int length = b.getShort() & 0xffff;
                if (type == 1 && length == 4) {
                    out.add((b.get() & 0xff) + "." + (b.get() & 0xff) + "." + (b.get() & 0xff) + "." + (b.get() & 0xff));
                } else {
                    b.position(b.position() + length);
                }
            }
            return out;
        } catch (RuntimeException e) {
            throw new IOException("a damaged answer", e);
        }
    }

    private static void skipName(ByteBuffer b) {
        while (true) {
            int len = b.get() & 0xff;
            if (len == 0) {
                return;
            }
            if ((len & 0xc0) == 0xc0) {
                b.get();
                return;
            }
            b.position(b.position() + len);
        }
    }
}
