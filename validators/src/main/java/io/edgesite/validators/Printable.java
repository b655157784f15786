package io.edgesite.validators;

/** Shows user input inside a message without letting control characters or huge values through. */
public final class Printable {
    private static final int MAX = 60;

    private Printable() {
    }

    /** A URL or host text with any {@code user:password@} part masked. */
    public static String url(String s) {
        return of(io.edgesite.model.Proxy.masked(s));
    }

    /** The text with every control character escaped, whole: for paths and messages printed as they are. */
    public static String escaped(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\t') {
                b.append("\\t");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (Character.isISOControl(cp) || cp == 0xFEFF || cp == 0x2028 || cp == 0x2029) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    /** The text with control characters escaped and cut at a readable length. */
    public static String of(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(MAX).forEach(cp -> {
            if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\t') {
                b.append("\\t");
            } else if (Character.isISOControl(cp) || cp == 0xFEFF) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        if (s.codePointCount(0, s.length()) > MAX) {
            b.append("...");
        }
        return b.toString();
    }
}
