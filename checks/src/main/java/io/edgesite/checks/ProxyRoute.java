package io.edgesite.checks;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A proxy as the Palette agent's Go runtime reads its URL: {@code http://[user:password@]host[:port]}, with
 * {@code http://} put in front of a bare {@code host:port}, and the port of the scheme when none is given.
 * The user information becomes the {@code Proxy-Authorization} header of the tunnel request.
 */
public record ProxyRoute(String scheme, String host, int port, String authorization) {

    /** The route, or empty when the URL is not one (Go then uses no proxy). */
    static Optional<ProxyRoute> parse(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        URI uri = uri(url.strip());
        if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
            uri = uri("http://" + url.strip());
        }
        if (uri == null || uri.getHost() == null) {
            return Optional.empty();
        }
        String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        int port = uri.getPort() > 0 ? uri.getPort() : switch (scheme) {
            case "https" -> 443;
            case "socks5" -> 1080;
            default -> 80;
        };
        String auth = "";
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            String user = URLDecoder.decode(parts[0].replace("+", "%2B"), StandardCharsets.UTF_8);
            String password = parts.length > 1 ? URLDecoder.decode(parts[1].replace("+", "%2B"), StandardCharsets.UTF_8) : "";
            auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
        return Optional.of(new ProxyRoute(scheme, host, port, auth));
    }

    private static URI uri(String s) {
        try {
            return new URI(s);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    boolean hasCredentials() {
        return !authorization.isEmpty();
    }

    /** Never the credentials. */
    @Override
    public String toString() {
        return scheme + "://" + (hasCredentials() ? "****@" : "") + host + ":" + port;
    }
}
