package io.edgesite.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Masks every secret-bearing value of a tree: the redacted render mode used by previews. */
final class Redaction {
    static final String MASK = "********";
    private static final Set<String> SECRET_KEYS = Set.of(
            "edgehosttoken", "passwd", "password", "token", "secret", "secretkey", "accesskey", "apikey",
            "privatekey", "private_key", "client_secret", "credentials", "auth");

    private Redaction() {
    }

    static Map<String, Object> apply(Map<String, Object> tree) {
        Map<String, Object> out = new LinkedHashMap<>();
        tree.forEach((k, v) -> out.put(k, isSecretKey(k) && v != null ? MASK : redactNode(v)));
        return out;
    }

    private static Object redactNode(Object node) {
        if (node instanceof Map<?, ?> m) {
            return apply(Trees.cast(m));
        }
        if (node instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(e -> out.add(redactNode(e)));
            return out;
        }
        // a URL's user:password (a proxy, a registry mirror) is masked wherever it stands
        if (node instanceof String text && io.edgesite.validators.PrivateKeys.holdsOne(text)) {
            return io.edgesite.validators.PrivateKeys.masked(text);
        }
        return node instanceof String text && text.contains("://") && text.contains("@") ? io.edgesite.model.Proxy.masked(text) : node;
    }

    static boolean isSecretKey(String key) {
        return SECRET_KEYS.contains(key.toLowerCase(java.util.Locale.ROOT));
    }
}
