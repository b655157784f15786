package io.edgesite.checks;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One datagram of the Layer-2 probe protocol, version 1: a line of ASCII,
 * {@code edge-site-probe/1 <probe|answer> <nonce> <instance> <host-id>}. The nonce ties an answer to
 * its probe; the instance (random per process) keeps a host from answering itself. Anything else
 * (another version, another program's packet, a damaged one) decodes to nothing and is ignored.
 */
public record ProbeMessage(Kind kind, String nonce, String instance, String hostId) {
    public static final String MAGIC = "edge-site-probe/1";
    public static final int DEFAULT_PORT = 47411;
    static final int MAX_BYTES = 512;
    /** This process's instance word: a host hears its own broadcasts and must not answer them. */
    public static final String THIS_PROCESS = Long.toHexString(new java.security.SecureRandom().nextLong() | 1L << 62);

    /** A question sent by broadcast, or the unicast answer to one. */
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

    public byte[] encode() {
        return (MAGIC + " " + kind.word + " " + nonce + " " + instance + " " + hostId + "\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    public ProbeMessage answer(String answeringInstance, String answeringHost) {
        return new ProbeMessage(Kind.ANSWER, nonce, answeringInstance, answeringHost);
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
        String[] parts = new String(data, 0, length, StandardCharsets.US_ASCII).strip().split(" ");
        if (parts.length != 5 || !parts[0].equals(MAGIC)) {
            return Optional.empty();
        }
        Kind kind = parts[1].equals("probe") ? Kind.PROBE : parts[1].equals("answer") ? Kind.ANSWER : null;
        if (kind == null) {
            return Optional.empty();
        }
        return Optional.of(new ProbeMessage(kind, parts[2], parts[3], parts[4]));
    }
}
