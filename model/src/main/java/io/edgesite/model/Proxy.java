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

    /** A URL with its user info (up to the last @ before the path: a password may hold an @) replaced by ****. */
    public static String masked(String url) {
        return url == null ? "" : url.replaceAll("^([a-zA-Z][a-zA-Z0-9+.-]*://)?[^/\\s]*@", "$1****@");
    }

    public static Proxy none() {
        return new Proxy("", "", List.of());
    }
}
