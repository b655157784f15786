package io.edgesite.checks;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One datagram of the probe protocol: a line of ASCII words. Version 2:
 * <pre>
 * edge-site-probe/2 probe  NONCE INSTANCE HOST-ID SENT-MS VIA WANT PAD
 * edge-site-probe/2 answer NONCE INSTANCE HOST-ID RECEIVED-MS PROBE-SIZE SEEN PORTS PAD
 * </pre>
 * VIA is {@code b} for a probe sent by broadcast, {@code u} by unicast; WANT is {@code s} for a small answer,
 * {@code f} for a small answer and one as large as the probe (the MTU probe). An answer carries the
 * responder's clock, echoes the probe's size, names the last broadcast nonce it heard from the asking
 * instance (SEEN, {@code -} for none) and the extra UDP ports it listens on (PORTS, {@code -} for none). The
 * prober pads its probes, so that an answer is never larger than the probe that asked. Version 1
 * ({@code edge-site-probe/1 probe|answer NONCE INSTANCE HOST-ID}) is still read and answered. Anything else
 * decodes to nothing.
 */
public record ProbeMessage(int version, Kind kind, String nonce, String instance, String hostId, long time,
        boolean broadcast, boolean wantFull, int probeSize, String seen, String ports) {
    static final String MAGIC = "edge-site-probe/";
    public static final int DEFAULT_PORT = 47411;
    /** A jumbo frame's payload: the largest probe an MTU test sends. */
    static final int MAX_BYTES = 9000;
    /** Probes are padded to this many bytes, enough for any answer with a host ID of 128 characters. */
    static final int PADDED = 320;
    /** This process's instance word: a host hears its own broadcasts and must not answer them. */
    public static final String THIS_PROCESS = Long.toHexString(new java.security.SecureRandom().nextLong() | 1L << 62);

    /** A question, or the answer to one. */
    public enum Kind {
        PROBE("probe"), ANSWER("answer");

        private final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    public ProbeMessage {
        nonce = token(nonce);
        instance = token(instance);
        hostId = token(hostId);
        seen = token(seen);
        ports = token(ports);
    }

    /** A version 2 probe. */
    public static ProbeMessage probe(String nonce, String instance, String hostId, long sentMs, boolean broadcast,
            boolean wantFull) {
        return new ProbeMessage(2, Kind.PROBE, nonce, instance, hostId, sentMs, broadcast, wantFull, 0, "-", "-");
    }

    /** A version 1 message (the first protocol: no clock, no padding). */
    public static ProbeMessage v1(Kind kind, String nonce, String instance, String hostId) {
        return new ProbeMessage(1, kind, nonce, instance, hostId, 0, false, false, 0, "-", "-");
    }

    /** The answer to this probe, as one responder gives it. */
    public ProbeMessage answer(String answeringInstance, String answeringHost, long receivedMs, int receivedSize,
            String seenBroadcast, String listening) {
        return new ProbeMessage(version, Kind.ANSWER, nonce, answeringInstance, answeringHost, receivedMs, false, false,
                receivedSize, seenBroadcast, listening);
    }

    /** The same message with another host ID (cut to fit an answer into its probe's size). */
    ProbeMessage withHostId(String id) {
        return new ProbeMessage(version, kind, nonce, instance, id, time, broadcast, wantFull, probeSize, seen, ports);
    }

    /** A word safe to put on the wire: printable ASCII without spaces, at most 253 characters. */
    static String token(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : (s == null ? "" : s).toCharArray()) {
            if (c > ' ' && c < 127 && b.length() < 253) {
                b.append(c);
            }
        }
        return b.length() == 0 ? "-" : b.toString();
    }

    /** The message at its natural size (version 2 with one byte of padding). */
    public byte[] encode() {
        return encode(0);
    }

    /** The message padded to {@code size} bytes when it is shorter (version 2 only). */
    public byte[] encode(int size) {
        String head = MAGIC + version + " " + kind.word + " " + nonce + " " + instance + " " + hostId;
        if (version == 1) {
            return (head + "\n").getBytes(StandardCharsets.US_ASCII);
        }
        head += kind == Kind.PROBE ? " " + time + " " + (broadcast ? "b" : "u") + " " + (wantFull ? "f" : "s")
                : " " + time + " " + probeSize + " " + seen + " " + ports;
        int pad = Math.max(1, size - head.length() - 2);
        return (head + " " + ".".repeat(pad) + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    public static Optional<ProbeMessage> decode(byte[] data, int length) {
        if (length <= 0 || length > MAX_BYTES) {
            return Optional.empty();
        }
        for (int i = 0; i < length; i++) {
            if ((data[i] < ' ' || data[i] > 126) && data[i] != '\n') {
                return Optional.empty();
            }
        }
        String[] p = new String(data, 0, length, StandardCharsets.US_ASCII).strip().split(" ");
        if (p.length < 5 || !p[0].startsWith(MAGIC)) {
            return Optional.empty();
        }
        Kind kind = p[1].equals("probe") ? Kind.PROBE : p[1].equals("answer") ? Kind.ANSWER : null;
        if (kind == null) {
            return Optional.empty();
        }
        try {
            if (p[0].equals(MAGIC + "1") && p.length == 5) {
                return Optional.of(v1(kind, p[2], p[3], p[4]));
            }
            if (!p[0].equals(MAGIC + "2") || !p[p.length - 1].matches("\\.+")) {
                return Optional.empty();
            }
            if (kind == Kind.PROBE && p.length == 9 && p[6].matches("[bu]") && p[7].matches("[sf]")) {
                return Optional.of(new ProbeMessage(2, kind, p[2], p[3], p[4], Long.parseLong(p[5]), p[6].equals("b"),
                        p[7].equals("f"), 0, "-", "-"));
            }
            if (kind == Kind.ANSWER && p.length == 10) {
                return Optional.of(new ProbeMessage(2, kind, p[2], p[3], p[4], Long.parseLong(p[5]), false, false,
                        Integer.parseInt(p[6]), p[7], p[8]));
            }
        } catch (NumberFormatException e) {
            // a number that is not one: not our message
        }
        return Optional.empty();
    }
}
