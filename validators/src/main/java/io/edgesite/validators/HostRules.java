package io.edgesite.validators;

import io.edgesite.properties.SiteProperties;
import io.edgesite.model.Host;
import io.edgesite.model.Site;
import io.edgesite.model.User;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Host name, NTP servers and the users created at install. */
final class HostRules implements Rule {
    private static final Pattern SSH_KEY =
            Pattern.compile("(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\\.com)"
                    + " [A-Za-z0-9+/]+={0,3}( [^\\p{Cntrl}]*)?");

    /** yip fetches keys from these: github:USER, gitlab:USER, or a URL. */
    private static final Pattern KEY_SOURCE = Pattern.compile("(github|gitlab):[A-Za-z0-9._-]+|https?://\\S+");

    @Override
    public List<Finding> check(Site site) {
        Host h = site.host();
        List<Finding> out = new ArrayList<>();
        if (!h.hostname().isEmpty() && !Names.isHostname(h.hostname(), false)) {
            out.add(Finding.error("hostname.invalid", SiteProperties.HOSTNAME.path(),
                    "\"" + Printable.of(h.hostname()) + "\" is not a valid host name: letters, digits and '-',"
                            + " labels of at most 63 characters separated by '.'"));
        }
        for (int i = 0; i < h.ntpServers().size(); i++) {
            String s = h.ntpServers().get(i);
            if (!Names.isHostOrAddress(s)) {
                out.add(Finding.error("ntp.invalid", TreePath.item(SiteProperties.NTP.path(), i),
                        "\"" + Printable.of(s) + "\" is not a host name or IPv4 address of an NTP server"));
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < h.users().size(); i++) {
            checkUser(h.users().get(i), SiteProperties.USERS.at(i), seen, out);
        }
        return out;
    }

    private static void checkUser(User u, String path, Set<String> seen, List<Finding> out) {
        String broken = Names.accountNameProblem(u.name());
        if (broken != null) {
            out.add(Finding.error("user.name.invalid", path + ".name", "the user name " + broken));
        } else if (!Names.isUserName(u.name())) {
            out.add(Finding.warning("user.name.unusual", path + ".name",
                    "\"" + Printable.of(u.name()) + "\" is not a portable user name (a lower-case letter or '_', then"
                            + " lower-case letters, digits, '_' or '-', at most 32); some tools refuse it"));
        } else if (!seen.add(u.name())) {
            out.add(Finding.error("user.duplicate", path + ".name", "user " + u.name() + " is listed twice"));
        }
        if (u.password().isEmpty() && u.sshAuthorizedKeys().isEmpty()) {
            out.add(Finding.warning("user.no-login", path + ".password",
                    "user " + Printable.of(u.name()) + " has neither a password nor an SSH key and cannot log in"));
        }
        if (u.password().reveal().codePoints().anyMatch(cp -> cp < 0x20 || cp == 0x7f)) {
            out.add(Finding.error("user.password.invalid", path + ".password",
                    "the password holds a control character or line break"));
        }
        for (int k = 0; k < u.sshAuthorizedKeys().size(); k++) {
            String key = u.sshAuthorizedKeys().get(k);
            if (key.codePoints().anyMatch(cp -> cp == '\n' || cp == '\r')) {
                out.add(Finding.error("user.ssh-key.invalid", path + ".sshAuthorizedKeys[" + k + "]",
                        "a public key is one line; this one holds a line break"));
            } else if (!SSH_KEY.matcher(key).matches() && !KEY_SOURCE.matcher(key).matches()) {
                // sshd skips a line it cannot read: the host works, but this key lets no one in.
                out.add(Finding.warning("user.ssh-key.invalid", path + ".sshAuthorizedKeys[" + k + "]",
                        "not a public key line (\"ssh-ed25519 AAAA... comment\") nor github:USER, gitlab:USER or a"
                                + " URL; paste the .pub file's one line"));
            }
        }
        for (int g = 0; g < u.groups().size(); g++) {
            String broken2 = Names.accountNameProblem(u.groups().get(g));
            if (broken2 != null) {
                out.add(Finding.error("user.group.invalid", path + ".groups[" + g + "]", "the group name " + broken2));
            }
        }
    }
}
