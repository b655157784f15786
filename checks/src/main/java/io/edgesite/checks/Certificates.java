package io.edgesite.checks;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** The PEM certificates of the answers (registration.caCerts, a registry's certificates) as X.509. */
final class Certificates {
    private Certificates() {
    }

    /** Every certificate the texts hold; texts that hold none are skipped (the rules report them). */
    static List<X509Certificate> of(List<String> pems) {
        List<X509Certificate> out = new ArrayList<>();
        for (String pem : pems) {
            try {
                for (Certificate c : CertificateFactory.getInstance("X.509")
                        .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))) {
                    if (c instanceof X509Certificate x) {
                        out.add(x);
                    }
                }
            } catch (CertificateException e) {
                // not a certificate: the answers' rules say so; the check trusts what it can read
            }
        }
        return out;
    }
}
