package io.edgesite.checks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * A TLS handshake with a server, directly or through an HTTP proxy's tunnel: SNI with the name, the chain
 * checked against the JDK's trust store and the answers' own certificates, and the name checked as HTTPS
 * checks it. An untrusted chain is recorded, not refused, so the report can name who presented it.
 */
final class TlsProbe {
    private TlsProbe() {
    }

    static TlsOutcome handshake(String address, String name, int port, Optional<ProxyRoute> proxy,
            List<X509Certificate> extra, Duration timeout) throws IOException {
        int ms = (int) Math.max(1, timeout.toMillis());
        Socket raw = new Socket();
        try {
            if (proxy.isPresent()) {
                raw.connect(new InetSocketAddress(proxy.get().host(), proxy.get().port()), ms);
                raw.setSoTimeout(ms);
                String status = tunnel(raw, name, port, proxy.get());
                int code = code(status);
                if (code != 200) {
                    return TlsOutcome.proxyRefused(code, status);
                }
            } else {
                raw.connect(new InetSocketAddress(address, port), ms);
                raw.setSoTimeout(ms);
            }
            int proxyCode = proxy.isPresent() ? 200 : 0;
            Recording trust = new Recording(extra);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trust}, null);
            try (SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(raw, name, port, true)) {
                SSLParameters parameters = tls.getSSLParameters();
                if (!name.matches("[0-9.]+") && !name.contains(":")) {
                    parameters.setServerNames(List.of(new SNIHostName(name)));
                }
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                tls.setSSLParameters(parameters);
                tls.startHandshake();
                X509Certificate leaf = trust.chain == null ? null : trust.chain[0];
                return new TlsOutcome(proxyCode, "", true, trust.problem == null,
                        leaf == null ? "" : leaf.getSubjectX500Principal().getName(),
                        leaf == null ? "" : leaf.getIssuerX500Principal().getName(),
                        leaf == null ? null : leaf.getNotAfter().toInstant(),
                        trust.problem == null ? "" : trust.problem);
            } catch (SSLException e) {
                return TlsOutcome.notTls(proxyCode, e.getMessage());
            }
        } catch (GeneralSecurityException e) {
            throw new IOException("TLS is not available: " + e.getMessage(), e);
        } finally {
            raw.close();
        }
    }

    /** Asks the proxy for a tunnel; returns its status line after reading the headers. */
    private static String tunnel(Socket s, String host, int port, ProxyRoute proxy) throws IOException {
        OutputStream out = s.getOutputStream();
        String target = (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        StringBuilder request = new StringBuilder("CONNECT " + target + " HTTP/1.1\r\nHost: " + target + "\r\n");
        if (proxy.hasCredentials()) {
            request.append("Proxy-Authorization: ").append(proxy.authorization()).append("\r\n");
        }
        out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = s.getInputStream();
        String status = line(in);
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            // headers of the proxy's answer: read past them to where the tunnel starts
        }
        return status;
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n' && b.length() < 1000; c = in.read()) {
            if (c != '\r') {
                b.append((char) c);
            }
        }
        return b.toString();
    }

    static int code(String status) {
        String[] words = status.split(" ");
        return words.length >= 2 && words[0].startsWith("HTTP/") && words[1].matches("\\d{3}")
                ? Integer.parseInt(words[1]) : -1;
    }

    /** Checks the chain with the JDK's trust and then the extra certificates, and keeps what it saw. */
    private static final class Recording extends X509ExtendedTrustManager {
        private final X509ExtendedTrustManager system;
        private final X509ExtendedTrustManager own;
        X509Certificate[] chain;
        String problem;

        Recording(List<X509Certificate> extra) throws GeneralSecurityException {
            system = manager(null);
            if (extra.isEmpty()) {
                own = null;
            } else {
                KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
                try {
                    store.load(null, null);
                } catch (IOException e) {
                    throw new GeneralSecurityException(e);
                }
                for (int i = 0; i < extra.size(); i++) {
                    store.setCertificateEntry("ca" + i, extra.get(i));
                }
                own = manager(store);
            }
        }

        private static X509ExtendedTrustManager manager(KeyStore store) throws GeneralSecurityException {
            TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            f.init(store);
            for (TrustManager t : f.getTrustManagers()) {
                if (t instanceof X509ExtendedTrustManager x) {
                    return x;
                }
            }
            throw new GeneralSecurityException("no X.509 trust manager");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] c, String authType, Socket socket) {
            chain = c;
            try {
                system.checkServerTrusted(c, authType, socket);
            } catch (CertificateException e) {
                if (own == null) {
                    problem = e.getMessage();
                    return;
                }
                try {
                    own.checkServerTrusted(c, authType, socket);
                } catch (CertificateException e2) {
                    problem = e2.getMessage();
                }
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] c, String authType, SSLEngine engine) {
            throw new UnsupportedOperationException("sockets only");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] c, String authType) {
            throw new UnsupportedOperationException("sockets only");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] c, String authType, Socket socket) throws CertificateException {
            throw new CertificateException("a client's certificate is never asked for");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] c, String authType, SSLEngine engine) throws CertificateException {
            throw new CertificateException("a client's certificate is never asked for");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] c, String authType) throws CertificateException {
            throw new CertificateException("a client's certificate is never asked for");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
