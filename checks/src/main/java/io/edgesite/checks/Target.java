package io.edgesite.checks;

import inet.ipaddr.IPAddressString;

/** A server named in the answers: {@code host}, {@code host:port} or {@code host:port/path}, scheme ignored. */
record Target(String host, int port) {
    static Target parse(String text, int defaultPort) {
        String t = text.strip();
        int scheme = t.indexOf("://");
        if (scheme >= 0) {
            t = t.substring(scheme + 3);
        }
        int slash = t.indexOf('/');
        if (slash >= 0) {
            t = t.substring(0, slash);
        }
        int colon = t.lastIndexOf(':');
        if (t.startsWith("[") && t.contains("]")) {
            String host = t.substring(1, t.indexOf(']'));
            String rest = t.substring(t.indexOf(']') + 1);
            return new Target(host, rest.matches(":\\d{1,5}") ? Integer.parseInt(rest.substring(1)) : defaultPort);
        }
        if (colon > 0 && t.indexOf(':') == colon && t.substring(colon + 1).matches("\\d{1,5}")) {
            return new Target(t.substring(0, colon), Integer.parseInt(t.substring(colon + 1)));
        }
        return new Target(t, defaultPort);
    }

    boolean literal() {
        return new IPAddressString(host).isIPAddress();
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
