package io.edgesite.checks;

import java.time.Instant;

/**
 * What a TLS handshake found: the proxy's answer to the tunnel request (code 0 without a proxy), whether the
 * server spoke TLS, whether its certificate is trusted for the name, and the certificate's subject, issuer
 * and expiry.
 */
public record TlsOutcome(int proxyCode, String proxyStatus, boolean tls, boolean trusted, String subject, String issuer,
        Instant notAfter, String problem) {

    static TlsOutcome proxyRefused(int code, String status) {
        return new TlsOutcome(code, status, false, false, "", "", null, "");
    }

    static TlsOutcome notTls(int proxyCode, String problem) {
        return new TlsOutcome(proxyCode, "", false, false, "", "", null, problem);
    }
}
