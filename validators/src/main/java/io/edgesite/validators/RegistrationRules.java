package io.edgesite.validators;

import io.edgesite.properties.SiteProperties;
import io.edgesite.model.ManagementMode;
import io.edgesite.palette.EdgeHostId;
import io.edgesite.palette.UserDataSchema;
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
    public List<Finding> check(Site site) {
        Registration r = site.registration();
        List<Finding> out = new ArrayList<>();
        boolean central = r.managementMode() == ManagementMode.CENTRAL;
        String endpoint = r.paletteEndpoint();
        if (endpoint.isEmpty()) {
            if (central) {
                out.add(Finding.note("endpoint.default", SiteProperties.ENDPOINT.path(),
                        "no Palette endpoint is set, so the default " + UserDataSchema.ENDPOINT.defaultValue()
                                + " applies; set it for a self-hosted Palette"));
            }
        } else if (endpoint.startsWith("https://") || endpoint.startsWith("http://")) {
            out.add(Finding.error("endpoint.invalid", SiteProperties.ENDPOINT.path(),
                    "give the host name alone, without the scheme: "
                            + Printable.url(endpoint.replaceFirst("^https?://", "").replaceAll("/+$", ""))));
        } else if (!Names.isHostOrAddress(hostPart(endpoint))) {
            out.add(Finding.error("endpoint.invalid", SiteProperties.ENDPOINT.path(),
                    "\"" + Printable.url(endpoint) + "\" is not a host name such as " + UserDataSchema.ENDPOINT.defaultValue()));
        }
        String token = r.edgeHostToken().reveal();
        if (token.isEmpty()) {
            // A warning, not an error: a site user-data file merged over this one may carry the token.
            if (central && r.registrationMode() == RegistrationMode.AUTO) {
                out.add(Finding.warning("token.required", SiteProperties.TOKEN.path(),
                        "without the registration token (Palette: Tenant Settings > Registration Tokens) the host"
                                + " cannot register automatically; add it, or choose QR registration"));
            } else if (central) {
                out.add(Finding.warning("token.recommended", SiteProperties.TOKEN.path(),
                        "Palette needs a registration token with every registration method; add it"));
            }
        } else if (Names.hasControlOrNonAscii(token) || token.contains(" ") || token.length() > MAX_TOKEN) {
            // The value itself is never echoed: it is a secret.
            out.add(Finding.error("token.invalid", SiteProperties.TOKEN.path(),
                    "the token must be one line of printable ASCII without spaces, at most " + MAX_TOKEN
                            + " characters; paste it again from Palette"));
        }
        if (r.projectName().codePoints().anyMatch(cp -> cp < 0x20 || cp == 0x7f)) {
            out.add(Finding.error("project.invalid", SiteProperties.PROJECT_NAME.path(),
                    "the project name holds a control character or line break"));
        }
        if (!r.projectUid().isEmpty() && !r.projectUid().matches("[A-Za-z0-9]{1,64}")) {
            out.add(Finding.error("project.invalid", SiteProperties.PROJECT_UID.path(),
                    "a project UID is letters and digits only, as shown in Palette's project settings"));
        }
        checkHostId(site, out);
        if (!r.prefix().isEmpty() && !r.prefix().matches("[A-Za-z0-9-]+")) {
            out.add(Finding.error("prefix.invalid", SiteProperties.PREFIX.path(), "\"" + Printable.of(r.prefix())
                    + "\" may only hold letters, digits and '-'"));
        }
        checkTags(r.tags(), out);
        if (r.registrationMode() == RegistrationMode.QR) {
            if (r.registrationUrl().isEmpty()) {
                out.add(Finding.error("registration-url.required", SiteProperties.REGISTRATION_URL.path(),
                        "QR-code registration needs the registration app URL the QR code points to"));
            }
        }
        if (!r.registrationUrl().isEmpty() && !Names.isHttpUrl(r.registrationUrl())) {
            out.add(Finding.error("registration-url.invalid", SiteProperties.REGISTRATION_URL.path(),
                    "\"" + Printable.url(r.registrationUrl()) + "\" is not an http(s) URL"));
        }
        for (int i = 0; i < r.caCerts().size(); i++) {
            String pem = r.caCerts().get(i);
            if (PrivateKeys.holdsOne(pem)) {
                out.add(Finding.error("ca-cert.private-key", TreePath.item(SiteProperties.CA_CERTS.path(), i),
                        "this holds a private key, which must never leave its server: give the CA certificate alone"));
            } else if (!pem.contains("BEGIN CERTIFICATE") || !pem.contains("END CERTIFICATE")) {
                out.add(Finding.warning("ca-cert.not-pem", TreePath.item(SiteProperties.CA_CERTS.path(), i),
                        "this does not look like a PEM certificate (-----BEGIN CERTIFICATE----- ...)"));
            }
        }
        if (r.insecureSkipVerify()) {
            out.add(Finding.warning("tls.insecure", SiteProperties.INSECURE.path(),
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

    private static void checkHostId(Site site, List<Finding> out) {
        Registration r = site.registration();
        boolean central = r.managementMode() == ManagementMode.CENTRAL;
        String id = r.hostId();
        if (id.isEmpty()) {
            boolean fromFiles = site.passthrough().at("stylus", "site", "deviceUIDPaths") instanceof List<?> l && !l.isEmpty();
            if (r.registrationMode() == RegistrationMode.MANUAL && central && !fromFiles) {
                out.add(Finding.warning("host-id.recommended", SiteProperties.HOST_ID.path(),
                        "with manual registration you type this ID into Palette; set it now so it is known"
                                + " (otherwise it is derived from the device serial number)"));
            }
            return;
        }
        if (id.equals(EdgeHostId.RANDOM)) {
            return;
        }
        int bad = EdgeHostId.firstUnsupported(id);
        if (id.codePointCount(0, id.length()) > EdgeHostId.MAX_LENGTH) {
            out.add(Finding.error("host-id.invalid", SiteProperties.HOST_ID.path(), "the host ID has "
                    + id.codePointCount(0, id.length()) + " characters; Palette cuts it to " + EdgeHostId.MAX_LENGTH
                    + ", so two long IDs could collide"));
        } else if (hasControl(id) || id.isBlank()) {
            out.add(Finding.error("host-id.invalid", SiteProperties.HOST_ID.path(),
                    "the host ID holds a control character or line break"));
        } else if (bad >= 0) {
            out.add(Finding.error("host-id.invalid", SiteProperties.HOST_ID.path(), "\"" + Printable.of(id) + "\": the"
                    + " character " + new String(Character.toChars(bad)) + " is not supported in a host ID (nor any of "
                    + EdgeHostId.UNSUPPORTED + "); use " + EdgeHostId.RANDOM + " alone for a random ID"));
        } else if (id.chars().anyMatch(Character::isWhitespace)) {
            out.add(Finding.warning("host-id.space", SiteProperties.HOST_ID.path(),
                    "the host ID holds a space; it is typed into Palette and used in names, so avoid it"));
        }
    }

    /** Tags are free text ("Map of string and object value"); only what no one can see or type is refused. */
    private static void checkTags(Map<String, String> tags, List<Finding> out) {
        for (Map.Entry<String, String> e : tags.entrySet()) {
            String path = TreePath.child(SiteProperties.TAGS.path(), e.getKey());
            if (e.getKey().isBlank()) {
                out.add(Finding.error("tag.key.invalid", path, "a tag needs a name"));
            } else if (hasControl(e.getKey())) {
                out.add(Finding.error("tag.key.invalid", path, "the tag name \"" + Printable.of(e.getKey())
                        + "\" holds a control character or line break"));
            }
            if (hasControl(e.getValue())) {
                out.add(Finding.error("tag.value.invalid", path, "the value of tag " + Printable.of(e.getKey())
                        + " holds a control character or line break"));
            }
        }
    }

    private static boolean hasControl(String s) {
        return s.codePoints().anyMatch(cp -> cp < 0x20 || cp == 0x7f);
    }
}
