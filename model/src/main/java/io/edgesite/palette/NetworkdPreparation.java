package io.edgesite.palette;

import java.util.List;

/**
 * The user-data block of Palette's agent-mode page "Configure networkd to Prepare Host for Overlay Network":
 * netplan set aside, systemd-networkd and systemd-resolved enabled, resolv.conf linked to resolved's file,
 * and DHCP for the en* and eth* NICs no other file configures.
 */
public final class NetworkdPreparation {
    public static final String RESOLVED_FILE = "/run/systemd/resolve/resolv.conf";
    public static final String FIRST_STEP = "Backup and disable Netplan";

    /** One step: its name, its condition ("" for none), its commands, and the files it writes. */
    public record Step(String name, String condition, List<String> commands, List<File> files) {
    }

    /** A file a step writes, mode 0644, owned by root. */
    public record File(String path, String content) {
    }

    private NetworkdPreparation() {
    }

    public static List<Step> steps() {
        return List.of(
                new Step(FIRST_STEP, "[ -d /etc/netplan ] && ls /etc/netplan/*.yaml >/dev/null 2>&1",
                        List.of("mkdir -p /etc/netplan/backup", "mv /etc/netplan/*.yaml /etc/netplan/backup/"), List.of()),
                new Step("Mask systemd-networkd-wait-online", "",
                        List.of("systemctl mask systemd-networkd-wait-online.service"), List.of()),
                dhcp("Create systemd-networkd config for en* interfaces", "/etc/systemd/network/20-dhcp.network", "en*"),
                dhcp("Create systemd-networkd config for eth* interfaces", "/etc/systemd/network/20-dhcp-legacy.network",
                        "eth*"),
                new Step("Enable and restart systemd-networkd", "",
                        List.of("systemctl enable systemd-networkd.service", "systemctl restart systemd-networkd.service"),
                        List.of()),
                new Step("Enable and restart systemd-resolved", "",
                        List.of("systemctl enable systemd-resolved.service", "systemctl restart systemd-resolved.service"),
                        List.of()),
                new Step("Link systemd-resolved DNS to /etc/resolv.conf",
                        "[ ! -L /etc/resolv.conf ] || [ \"$(readlink -f /etc/resolv.conf)\" != \"" + RESOLVED_FILE + "\" ]",
                        List.of("ln -sf " + RESOLVED_FILE + " /etc/resolv.conf"), List.of()));
    }

    private static Step dhcp(String name, String path, String match) {
        return new Step(name, "[ ! -f " + path + " ]", List.of(),
                List.of(new File(path, "[Match]\nName=" + match + "\n\n[Network]\nDHCP=yes\n\n[DHCP]\nClientIdentifier=mac\n")));
    }
}
