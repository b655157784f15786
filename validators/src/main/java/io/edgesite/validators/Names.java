package io.edgesite.validators;

import java.util.regex.Pattern;
import org.apache.commons.validator.routines.InetAddressValidator;
import org.apache.commons.validator.routines.RegexValidator;
import org.apache.commons.validator.routines.UrlValidator;

/** Name rules: RFC 1123 host names, kernel interface names, label-style tags, URLs. */
public final class Names {
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern LABEL_ANY_CASE = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern INTERFACE_SAFE = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Pattern TAG = Pattern.compile("([A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?)?");
    private static final Pattern USER = Pattern.compile("[a-z_][a-z0-9_-]{0,31}");
    // Site-internal proxies live under any suffix (.lan, .internal, .example): accept any RFC 1123 authority.
    private static final UrlValidator HTTP_URL = new UrlValidator(new String[] {"http", "https"},
            new RegexValidator("^([^@/\\s:]+(:[^@/\\s]*)?@)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*"
                    + "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(:[0-9]{1,5})?$"),
            UrlValidator.ALLOW_LOCAL_URLS);
    /** Linux IFNAMSIZ is 16 including the terminating NUL. */
    public static final int MAX_INTERFACE_NAME = 15;

    private Names() {
    }

    /** RFC 1123 host name: dot-separated labels of letters, digits and inner hyphens; at most 253 characters. */
    public static boolean isHostname(String s, boolean lowerCaseOnly) {
        if (s == null || s.isEmpty() || s.length() > 253) {
            return false;
        }
        Pattern label = lowerCaseOnly ? LABEL : LABEL_ANY_CASE;
        for (String part : s.split("\\.", -1)) {
            if (!label.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Why an interface name cannot be used, or null when it can. */
    public static String interfaceNameProblem(String name) {
        if (name == null || name.isEmpty()) {
            return "is empty; give the interface name as the kernel shows it (ip link)";
        }
        if (name.length() > MAX_INTERFACE_NAME) {
            return "\"" + Printable.of(name) + "\" has " + name.length()
                    + " characters; Linux interface names hold at most " + MAX_INTERFACE_NAME;
        }
        if (name.equals(".") || name.equals("..")) {
            return "\"" + name + "\" is not a valid interface name";
        }
        if (!INTERFACE_SAFE.matcher(name).matches()) {
            return "\"" + Printable.of(name) + "\" may only use letters, digits, '.', '-' and '_'"
                    + " (it is written into shell commands)";
        }
        return null;
    }

    /** Palette tags become Kubernetes labels: up to 63 letters, digits, '-', '_' or '.', alphanumeric at both ends. */
    public static boolean isTagText(String s, boolean allowEmpty) {
        if (s == null) {
            return allowEmpty;
        }
        if (s.isEmpty()) {
            return allowEmpty;
        }
        return s.length() <= 63 && TAG.matcher(s).matches();
    }

    /** A portable user or group name, as useradd accepts it by default. */
    public static boolean isUserName(String s) {
        return s != null && USER.matcher(s).matches();
    }

    /** Why a user or group name cannot be written into /etc/passwd or /etc/group at all, or null when it can. */
    public static String accountNameProblem(String s) {
        if (s == null || s.isEmpty()) {
            return "is empty";
        }
        if (s.codePoints().anyMatch(cp -> cp == ':' || cp == '/' || Character.isWhitespace(cp) || Character.isISOControl(cp))) {
            return "\"" + Printable.of(s) + "\" holds a ':', '/', space or control character, which /etc/passwd cannot hold";
        }
        if (s.startsWith("-") || s.equals(".") || s.equals("..") || s.length() > 256) {
            return "\"" + Printable.of(s) + "\" is not a name the system can use";
        }
        return null;
    }

    public static boolean isHttpUrl(String s) {
        return s != null && HTTP_URL.isValid(s);
    }

    public static boolean isIpv4(String s) {
        return s != null && InetAddressValidator.getInstance().isValidInet4Address(s);
    }

    /** A host name or IPv4 address (NTP servers, the Palette endpoint). */
    public static boolean isHostOrAddress(String s) {
        return isIpv4(s) || isHostname(s, false);
    }

    /** True when the text holds anything a plain value never needs: controls, line breaks, non-ASCII. */
    public static boolean hasControlOrNonAscii(String s) {
        return s != null && s.codePoints().anyMatch(cp -> cp < 0x20 || cp == 0x7f || cp > 0x7e);
    }
}
