package io.edgesite.validators.networkd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The first-match rule, table-tested with the examples and wording of systemd.network(5). */
class NetworkdMatchTest {

    private static UnitFile file(String path, String match) {
        return UnitFile.parse(path, "[Match]\n" + match.replace(";", "\n") + "\n\n[Network]\nDHCP=yes\n");
    }

    @ParameterizedTest(name = "[Match] {0} on {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        // "A whitespace-separated list of shell-style globs matching the device name"
        "Name=en*|enp1s0|YES",
        "Name=en*|eth0|NO",
        "Name=eth0 eth1|eth1|YES",
        "Name=enp?s0|enp1s0|YES",
        "Name=enp[0-9]s0|enpXs0|NO",
        // "If the list is prefixed with a "!", the test is inverted."
        "Name=!en*|eth0|YES",
        "Name=!en* eth*|eth0|NO",
        // "all matches specified by the [Match] section are satisfied": settings are ANDed
        "Name=en*;Name=enp1*|enp2s0|YES",
        "Name=en*;Type=ether|enp1s0|UNKNOWN",
        "MACAddress=00:11:22:33:44:55|enp1s0|UNKNOWN",
        // an empty [Match] section matches every link
        "|anything|YES"})
    void aMatchSectionHoldsAsTheManPageSays(String match, String link, NetworkdMatch.Outcome expected) {
        UnitFile f = file("/etc/systemd/network/10-x.network", match == null ? "" : match);
        assertThat(NetworkdMatch.matches(f, new NetworkdMatch.Link(link))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // "The first (in alphanumeric order) of the network files that matches a given interface is applied"
        "agent-mode wildcard sorts before the old 40- file|enp1s0|/etc/systemd/network/20-dhcp.network",
        "an exact file that sorts first wins|eth7|/etc/systemd/network/05-edge-site-eth7.network",
        // "All configuration files are collectively sorted ... regardless of the directories in which they live"
        "the order is by file name, not by folder|enp9s0|/usr/lib/systemd/network/10-vendor.network"})
    void theFirstFileByNameIsApplied(String what, String link, String expected) {
        List<UnitFile> files = List.of(
                file("/etc/systemd/network/40-enp1s0.network", "Name=enp1s0"),
                file("/etc/systemd/network/20-dhcp.network", "Name=en*"),
                file("/etc/systemd/network/05-edge-site-eth7.network", "Name=eth7"),
                file("/etc/systemd/network/99-default.network", "Name=eth*"),
                file("/usr/lib/systemd/network/10-vendor.network", "Name=enp9s0"));
        assertThat(NetworkdMatch.applied(files, new NetworkdMatch.Link(link))).get()
                .extracting(UnitFile::name).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // EXAMPLES, "Static network configuration" and "DHCP on ethernet links" side by side
        "Example 1: the static file for enp2s0|enp2s0|/etc/systemd/network/50-static.network",
        "Example 2: every other en* link takes DHCP|enp3s0|/etc/systemd/network/80-dhcp.network",
        // "Files with identical filenames replace each other. Files in /etc/ have the highest priority, files in
        // /run/ take precedence over files with the same name under /usr/."
        "an /etc file replaces the vendor's of its name|eth0|/etc/systemd/network/10-vendor.network",
        "a /run file replaces the vendor's, not /etc's|wlan0|/run/systemd/network/30-wifi.network",
        // "An empty file or a symlink to /dev/null masks": the vendor's 90-fallback is gone, nothing else matches
        "an empty /etc file masks the vendor's of its name|ppp0|none"})
    void filesOfOneNameReplaceEachOtherByFolder(String what, String link, String expected) {
        List<UnitFile> files = List.of(
                file("/etc/systemd/network/50-static.network", "Name=enp2s0"),
                file("/etc/systemd/network/80-dhcp.network", "Name=en*"),
                file("/usr/lib/systemd/network/10-vendor.network", "Name=eth*"),
                file("/etc/systemd/network/10-vendor.network", "Name=eth0"),
                file("/usr/lib/systemd/network/30-wifi.network", "Name=nothing"),
                file("/run/systemd/network/30-wifi.network", "Name=wlan0"),
                file("/usr/lib/systemd/network/90-fallback.network", "Name=*"),
                UnitFile.parse("/etc/systemd/network/90-fallback.network", ""));
        assertThat(NetworkdMatch.applied(files, new NetworkdMatch.Link(link)).map(UnitFile::name).orElse("none"))
                .isEqualTo(expected);
    }
}
