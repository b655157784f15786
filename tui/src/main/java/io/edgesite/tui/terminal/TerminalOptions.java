package io.edgesite.tui.terminal;

import com.googlecode.lanterna.TerminalSize;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How to talk to this terminal, decided from the environment and the flags, never from the JVM's
 * default charset: UTF-8 only when the locale says so; serial terminals get ASCII and no colour.
 */
public record TerminalOptions(Charset charset, boolean mono, TerminalSize size, boolean suspendable) {
    /** The size of a terminal that cannot be measured: the classic 80x24 of a serial terminal. */
    public static final TerminalSize CLASSIC_SIZE = new TerminalSize(80, 24);
    private static final Set<String> SERIAL = Set.of("vt52", "vt100", "vt102", "vt220", "vt320", "dumb", "ansi", "serial");

    /**
     * @param console the console unit's kiosk mode: Ctrl-Z does not suspend (there is no shell to return to,
     *     and none must be given)
     */
    public static TerminalOptions decide(Map<String, String> env, boolean ascii, boolean mono, String sizeFlag,
            boolean console) {
        String term = env.getOrDefault("TERM", "").toLowerCase(Locale.ROOT);
        boolean serial = SERIAL.contains(term) || term.isEmpty();
        String locale = firstSet(env, "LC_ALL", "LC_CTYPE", "LANG").toLowerCase(Locale.ROOT);
        boolean utf8 = locale.contains("utf-8") || locale.contains("utf8");
        Charset charset = ascii || serial || !utf8 ? StandardCharsets.US_ASCII : StandardCharsets.UTF_8;
        boolean noColor = env.containsKey("NO_COLOR") && !env.get("NO_COLOR").isEmpty();
        String sizeText = sizeFlag != null ? sizeFlag : env.get("EDGE_SITE_SIZE");
        return new TerminalOptions(charset, mono || serial || noColor, parseSize(sizeText), !console);
    }

    private static String firstSet(Map<String, String> env, String... names) {
        for (String n : names) {
            String v = env.get(n);
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return "";
    }

    /** {@code COLSxROWS}, such as {@code 80x24}; null when absent or malformed. */
    public static TerminalSize parseSize(String text) {
        if (text == null || !text.matches("[0-9]{1,4}x[0-9]{1,4}")) {
            return null;
        }
        String[] p = text.split("x");
        int cols = Integer.parseInt(p[0]);
        int rows = Integer.parseInt(p[1]);
        return cols > 0 && rows > 0 ? new TerminalSize(cols, rows) : null;
    }
}
