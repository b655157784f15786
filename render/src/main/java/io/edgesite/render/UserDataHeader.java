package io.edgesite.render;

import io.edgesite.validators.Finding;
import java.util.List;

/**
 * The header the installer looks for: Kairos reads a configuration file only when one of its first 10 lines,
 * trailing spaces removed, is {@code #cloud-config} (or {@code #kairos-config}, {@code #node-config}).
 */
final class UserDataHeader {
    static final String HEADER = "#cloud-config";
    private static final List<String> ACCEPTED = List.of(HEADER, "#kairos-config", "#node-config");
    private static final int LINES = 10;

    private UserDataHeader() {
    }

    static List<Finding> check(String text) {
        String[] lines = text.split("\n", LINES + 1);
        for (int i = 0; i < Math.min(LINES, lines.length); i++) {
            String line = lines[i].stripTrailing();
            if (ACCEPTED.contains(line)) {
                if (!line.equals(HEADER)) {
                    return List.of(Finding.warning("userdata.header", "(header)", "Palette's docs ask for "
                            + HEADER + "; " + line + " is read too, but without the cloud-init keys").at(i + 1, 1));
                }
                return i == 0 ? List.of() : List.of(Finding.note("userdata.header", "(header)",
                        HEADER + " is on line " + (i + 1) + "; Palette's docs ask for it on the first line").at(i + 1, 1));
            }
        }
        return List.of(Finding.error("userdata.header", "(header)", "no " + HEADER + " line: the installer reads the"
                + " file only when one of its first " + LINES + " lines is exactly " + HEADER).at(1, 1));
    }
}
