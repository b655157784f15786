package io.edgesite.checks;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The checks' view of the network: probes, DNS questions, TLS handshakes and clock queries; tests fake it. */
public interface Network {
    /** Sends the probes of a plan and returns every answer heard within its window. */
    ProbeExchange.Result exchange(ProbeExchange.Plan plan) throws IOException;

    /** The IPv4 addresses one DNS server gives for a name, asked directly within {@code timeout}. */
    List<String> lookup(String server, String name, Duration timeout) throws IOException;

    /**
     * Connects to {@code address} (or through {@code proxy}'s tunnel to {@code name}) on {@code port} and
     * shakes hands with TLS for {@code name}, trusting the system's CAs and {@code extra}.
     */
    TlsOutcome handshake(String address, String name, int port, Optional<ProxyRoute> proxy, List<X509Certificate> extra,
            Duration timeout) throws IOException;

    /** A time server's clock minus this host's, in milliseconds, by SNTP within {@code timeout}. */
    long clockOffset(String server, Duration timeout) throws IOException;

    /** Why this network must not be used, for a host seen only through files; empty for a real one. */
    default java.util.Optional<String> offline() {
        return java.util.Optional.empty();
    }

    /** A network that is not touched: every call fails with {@code why} (host checks on a fixture root). */
    static Network offline(String why) {
        return new Network() {
            @Override
            public java.util.Optional<String> offline() {
                return java.util.Optional.of(why);
            }

            public ProbeExchange.Result exchange(ProbeExchange.Plan plan) throws IOException {
                throw new IOException(why);
            }

            public List<String> lookup(String server, String name, Duration timeout) throws IOException {
                throw new IOException(why);
            }

            public TlsOutcome handshake(String address, String name, int port, Optional<ProxyRoute> proxy,
                    List<X509Certificate> extra, Duration timeout) throws IOException {
                throw new IOException(why);
            }

            public long clockOffset(String server, Duration timeout) throws IOException {
                throw new IOException(why);
            }
        };
    }
}
