package io.edgesite.checks;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The network as the checks use it, through the JDK's sockets. */
public final class SystemNetwork implements Network {
    @Override
    public ProbeExchange.Result exchange(ProbeExchange.Plan plan) throws IOException {
        return ProbeExchange.run(plan);
    }

    @Override
    public List<String> lookup(String server, String name, Duration timeout) throws IOException {
        return DnsQuery.ask(server, DnsQuery.PORT, name, timeout);
    }

    @Override
    public TlsOutcome handshake(String address, String name, int port, Optional<ProxyRoute> proxy,
            List<X509Certificate> extra, Duration timeout) throws IOException {
        return TlsProbe.handshake(address, name, port, proxy, extra, timeout);
    }

    @Override
    public long clockOffset(String server, Duration timeout) throws IOException {
        return Sntp.offsetMillis(server, Sntp.PORT, timeout);
    }
}
