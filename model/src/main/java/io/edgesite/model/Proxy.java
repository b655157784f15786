package io.edgesite.model;

import java.util.List;

/** Outbound HTTP(S) proxy and the destinations that bypass it. */
public record Proxy(String httpProxy, String httpsProxy, List<String> noProxy) {
    public Proxy {
        httpProxy = Lists.text(httpProxy);
        httpsProxy = Lists.text(httpsProxy);
        noProxy = Lists.copy(noProxy);
    }

    /** The proxy URLs with any user:password part masked: a proxy URL may carry credentials. */
    @Override
    public String toString() {
        return "Proxy[httpProxy=" + masked(httpProxy) + ", httpsProxy=" + masked(httpsProxy) + ", noProxy=" + noProxy + "]";
    }

    /**
     * A URL with its user information replaced by ****, for anything shown: everything between the scheme (or
     * the start) and the last @ of the authority, whatever characters the password holds.
     */
    public static String masked(String url) {
        if (url == null) {
            return "";
        }
        int scheme = url.indexOf("://");
        int start = scheme >= 0 ? scheme + 3 : 0;
        int slash = url.indexOf('/', start);
        int at = url.lastIndexOf('@', slash < 0 ? url.length() - 1 : slash);
        return at < start ? url : url.substring(0, start) + "****" + url.substring(at);
    }

    public static Proxy none() {
        return new Proxy("", "", List.of());
    }
}
