package io.edgesite.checks;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Duration;

/** One SNTP exchange (RFC 4330) with a time server: how far this host's clock is from the server's. */
final class Sntp {
    static final int PORT = 123;
    /** Seconds from 1900, the NTP era, to 1970. */
    private static final long EPOCH_OFFSET = 2_208_988_800L;

    private Sntp() {
    }

    /** The server's clock minus this host's, in milliseconds. */
    static long offsetMillis(String server, int port, Duration timeout) throws IOException {
        byte[] request = new byte[48];
        request[0] = 0x23; // no leap warning, version 4, client
        long sent = System.currentTimeMillis();
        ByteBuffer.wrap(request).putLong(40, toNtp(sent));
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
            InetAddress address = InetAddress.getByName(server);
            socket.send(new DatagramPacket(request, request.length, address, port));
            byte[] buffer = new byte[512];
            DatagramPacket p = new DatagramPacket(buffer, buffer.length);
            socket.receive(p);
            long received = System.currentTimeMillis();
            ByteBuffer b = ByteBuffer.wrap(buffer, 0, p.getLength());
            if (p.getLength() < 48 || (buffer[0] & 0x7) != 4 || b.getLong(24) != toNtp(sent)) {
                throw new IOException("not an answer to this question");
            }
            if (buffer[1] == 0) {
                throw new IOException("the server refused (kiss-o'-death " + new String(buffer, 12, 4,
                        java.nio.charset.StandardCharsets.US_ASCII).strip() + ")");
            }
            long serverReceived = fromNtp(b.getLong(32));
            long serverSent = fromNtp(b.getLong(40));
            return ((serverReceived - sent) + (serverSent - received)) / 2;
        }
    }

    static long toNtp(long millis) {
        long seconds = millis / 1000 + EPOCH_OFFSET;
        long fraction = (millis % 1000) * (1L << 32) / 1000;
        return seconds << 32 | fraction;
    }

    static long fromNtp(long ntp) {
        long seconds = (ntp >>> 32) - EPOCH_OFFSET;
        long fraction = ((ntp & 0xffffffffL) * 1000 + (1L << 31)) >>> 32;
        return seconds * 1000 + fraction;
    }
}
