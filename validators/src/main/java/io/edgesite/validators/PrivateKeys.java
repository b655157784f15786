package io.edgesite.validators;

import java.util.regex.Pattern;

/** PEM private keys (PKCS#1, PKCS#8, EC, OpenSSH, encrypted): never accepted where certificates go, never shown. */
public final class PrivateKeys {
    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----.*?(-----END [A-Z0-9 ]*PRIVATE KEY-----|\\z)", Pattern.DOTALL);

    private PrivateKeys() {
    }

    public static boolean holdsOne(String text) {
        return text != null && BLOCK.matcher(text).find();
    }

    /** The text with every private key block replaced by a masked stand-in. */
    public static String masked(String text) {
        return text == null ? "" : BLOCK.matcher(text).replaceAll("-----BEGIN $1PRIVATE KEY----- ******** (masked)");
    }
}
