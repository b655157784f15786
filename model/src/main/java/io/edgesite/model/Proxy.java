package io.edgesite.model;

import java.util.List;

/** Outbound HTTP(S) proxy and the destinations that bypass it. */
public record Proxy(String httpProxy, String httpsProxy, List<String> noProxy) {
    public Proxy {
        httpProxy = Lists.text(httpProxy);
        httpsProxy = Lists.text(httpsProxy);
        noProxy = Lists.copy(noProxy);
    }

    public static Proxy none() {
        return new Proxy("", "", List.of());
    }
}
