package io.edgesite.checks;

import java.util.LinkedHashMap;
import java.util.Map;

/** A NIC's offload features as {@code ethtool -k} prints them ({@code name: on|off [fixed]}). */
public final class Offloads {
    /** One feature's state; {@code fixed} when the driver does not let it change. */
    public record State(boolean on, boolean fixed, String text) {
    }

    private Offloads() {
    }

    /** Every feature line; the heading and lines of another shape are skipped (kernels add features). */
    public static Map<String, State> parse(String text) {
        Map<String, State> out = new LinkedHashMap<>();
        for (String line : text.lines().toList()) {
            String t = line.strip();
            int colon = t.indexOf(": ");
            if (colon <= 0 || t.startsWith("Features for")) {
                continue;
            }
            String value = t.substring(colon + 2).strip();
            String first = value.split(" ")[0];
            if (first.equals("on") || first.equals("off")) {
                out.put(t.substring(0, colon), new State(first.equals("on"), value.contains("[fixed]"), value));
            }
        }
        return out;
    }
}
