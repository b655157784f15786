package io.edgesite.validators;

import io.edgesite.model.ManagementMode;
import io.edgesite.model.Registration;
import io.edgesite.model.RegistrationMode;
import io.edgesite.model.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Endpoint, token, project, host ID, tags, QR URL and CA certificates. */
final class RegistrationRules implements Rule {
    private static final int MAX_TOKEN = 512;

    @Override
    public List<Finding> check(Site site, boolean clusterKnown) {
        Registration r = site.registration();
        List<Finding> out = new ArrayList<>();
        boolean central = r.managementMode() == ManagementMode.CENTRAL;
        String endpoint = r.paletteEndpoint();
        if (endpoint.isEmpty()) {
            if (central) {
                out.add(Finding.error("endpoint.required", "registration.paletteEndpoint",
                        "the Palette endpoint is required with central management; for Palette SaaS it is"
                                + " api.spectrocloud.com"));
            }
        } else if (endpoint.startsWith("https://") || endpoint.startsWith("http://")) {
            out.add(Finding.error("endpoint.invalid", "registration.paletteEndpoint",
                    "give the host name alone, without the scheme: "
                            + Printable.url(endpoint.replaceFirst("^https?://", "").replaceAll("/+$", ""))));
        } else if (!Names.isHostOrAddress(hostPart(endpoint))) {
            out.add(Finding.error("endpoint.invalid", "registration.paletteEndpoint",
                    "\"" + Printable.url(endpoint) + "\" is not a host name such as api.spectrocloud.com"));
        }
        String token = r.edgeHostToken().reveal();
        if (token.isEmpty()) {
            if (central && r.registrationMode() == RegistrationMode.AUTO) {
                out.add(Finding.error("token.required", "registration.edgeHostToken",
                        "automatic registration needs the edge host registration token from Palette"
                                + " (Tenant Settings > Registration Tokens), or choose manual or QR registration"));
            }
        } else if (Names.hasControlOrNonAscii(token) || token.contains(" ") || token.length() > MAX_TOKEN) {
            // The value itself is never echoed: it is a secret.
            out.add(Finding.error("token.invalid", "registration.edgeHostToken",
                    "the token must be one line of printable ASCII without spaces, at most " + MAX_TOKEN
                            + " characters; paste it again from Palette"));
        }
        if (r.projectName().codePoints().anyMatch(cp -> cp < 0x20 || cp == 0x7f)) {
            out.add(Finding.error("project.invalid", "registration.projectName",
                    "the project name holds a control character or line break"));
        }
        if (!r.projectUid().isEmpty() && !r.projectUid().matches("[A-Za-z0-9]{1,64}")) {
            out.add(Finding.error("project.invalid", "registration.projectUid",
                    "a project UID is letters and digits only, as shown in Palette's project settings"));
        }
        checkHostId(r, out);
        checkTags(r.tags(), out);
        if (r.registrationMode() == RegistrationMode.QR) {
            if (r.registrationUrl().isEmpty()) {
                out.add(Finding.error("registration-url.required", "registration.registrationUrl",
                        "QR-code registration needs the registration app URL the QR code points to"));
            }
        }
        if (!r.registrationUrl().isEmpty() && !Names.isHttpUrl(r.registrationUrl())) {
            out.add(Finding.error("registration-url.invalid", "registration.registrationUrl",
                    "\"" + Printable.url(r.registrationUrl()) + "\" is not an http(s) URL"));
        }
        for (int i = 0; i < r.caCerts().size(); i++) {
            String pem = r.caCerts().get(i);
            if (!pem.contains("BEGIN CERTIFICATE") || !pem.contains("END CERTIFICATE")) {
                out.add(Finding.warning("ca-cert.not-pem", "registration.caCerts[" + i + "]",
                        "this does not look like a PEM certificate (-----BEGIN CERTIFICATE----- ...)"));
            }
        }
        if (r.insecureSkipVerify()) {
            out.add(Finding.warning("tls.insecure", "registration.insecureSkipVerify",
                    "TLS verification of the Palette endpoint is off; prefer adding the CA certificate"));
        }
        return out;
    }

    private static String hostPart(String endpoint) {
        int colon = endpoint.lastIndexOf(':');
        if (colon > 0 && endpoint.substring(colon + 1).matches("[0-9]{1,5}")) {
            return endpoint.substring(0, colon);
        }
        return endpoint;
    }

    private static void checkHostId(Registration r, List<Finding> out) {
        boolean central = r.managementMode() == ManagementMode.CENTRAL;
        String id = r.hostId();
        if (id.isEmpty()) {
            if (r.registrationMode() == RegistrationMode.MANUAL && central) {
                out.add(Finding.warning("host-id.recommended", "registration.hostId",
                        "with manual registration you type this ID into Palette; set it now so it is known"
                                + " (otherwise it is derived from the device serial number)"));
            }
            return;
        }
        // "$random" is expanded by the installer into random characters.
        String expanded = id.replace("$random", "x");
        if (!Names.isHostname(expanded, true)) {
            out.add(Finding.error("host-id.invalid", "registration.hostId",
                    "\"" + Printable.of(id) + "\" is not a valid edge host ID: use lower-case letters, digits"
                            + " and '-', labels of at most 63 characters separated by '.', at most 253 in all"
                            + " ($random is allowed)"));
        }
    }

    private static void checkTags(Map<String, String> tags, List<Finding> out) {
        for (Map.Entry<String, String> e : tags.entrySet()) {
            String path = "registration.tags." + Printable.of(e.getKey());
            if (!Names.isTagText(e.getKey(), false)) {
                out.add(Finding.error("tag.key.invalid", path,
                        "tag key \"" + Printable.of(e.getKey()) + "\" must be 1-63 letters, digits, '-', '_'"
                                + " or '.', starting and ending with a letter or digit"));
            }
            if (!Names.isTagText(e.getValue(), true)) {
                out.add(Finding.error("tag.value.invalid", path,
                        "tag value \"" + Printable.of(e.getValue()) + "\" must be at most 63 letters, digits,"
                                + " '-', '_' or '.', starting and ending with a letter or digit"));
            }
        }
    }
}
