package io.edgesite.palette;

/**
 * The Edge host ID ({@code stylus.site.name}), as the installer reference states it: "The length of the UID
 * truncates to a maximum allowed length of 128 characters. The following characters are unsupported: ..."
 */
public final class EdgeHostId {
    /** The value that asks the installer for a random ID. */
    public static final String RANDOM = "$random";
    public static final int MAX_LENGTH = 128;
    /** The characters the reference lists as unsupported. */
    public static final String UNSUPPORTED = "/?#&+%,$~!@*(){}|=;:<>'.^\"";

    private EdgeHostId() {
    }

    /** The first unsupported character of {@code id}, or -1 when it has none. */
    public static int firstUnsupported(String id) {
        return id.codePoints().filter(cp -> UNSUPPORTED.indexOf(cp) >= 0).findFirst().orElse(-1);
    }
}
