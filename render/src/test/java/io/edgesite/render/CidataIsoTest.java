package io.edgesite.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed image as Debian's isoinfo, xorriso, blkid and cloud-init read it (the tools ./run-tests installs). */
class CidataIsoTest {
    @TempDir
    Path dir;

    /** Longer than a sector, with characters outside ASCII: the bytes must come back exactly. */
    static final byte[] USER_DATA = ("#cloud-config\nstylus:\n  site:\n    name: \"Laden Süd\"\n"
            + "#" + "x".repeat(3000) + "\n").getBytes(StandardCharsets.UTF_8);
    static final byte[] META_DATA = "instance-id: iid-1\n".getBytes(StandardCharsets.UTF_8);

    static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }

    Path image(Instant when) throws Exception {
        Path iso = dir.resolve("seed-" + when.getEpochSecond() + ".iso");
        Files.write(iso, CidataIso.of(CidataIso.seed(USER_DATA, META_DATA), when));
        return iso;
    }

    @Test
    void theSameFilesGiveTheSameBytesAndAnotherDateOthers() throws Exception {
        byte[] a = CidataIso.of(CidataIso.seed(USER_DATA, META_DATA), CidataIso.DEFAULT_DATE);
        byte[] b = CidataIso.of(CidataIso.seed(USER_DATA.clone(), META_DATA.clone()), CidataIso.DEFAULT_DATE);
        assertThat(sha(a)).isEqualTo(sha(b));
        assertThat(sha(CidataIso.of(CidataIso.seed(USER_DATA, META_DATA), Instant.parse("2026-12-01T00:00:00Z"))))
                .isNotEqualTo(sha(a));
        assertThat(a.length % 2048).isZero();
        // SOURCE_DATE_EPOCH: seconds, or the default when it is not a number; past 2155 (one byte of years from
        // 1900 in a directory record) the last second that fits
        assertThat(CidataIso.date("1764547200")).isEqualTo(Instant.parse("2025-12-01T00:00:00Z"));
        assertThat(CidataIso.date("soon")).isEqualTo(CidataIso.DEFAULT_DATE);
        assertThat(CidataIso.date(null)).isEqualTo(CidataIso.DEFAULT_DATE);
        assertThat(CidataIso.date("999999999999")).isEqualTo(Instant.parse("2155-12-31T23:59:59Z"));
        byte[] last = CidataIso.of(CidataIso.seed(USER_DATA, META_DATA), CidataIso.date("999999999999"));
        // the PVD's creation date (offset 813): 16 digits, then the time zone byte, here 0 (GMT)
        assertThat(new String(last, 16 * 2048 + 813, 16, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("2155123123595900");
        assertThat(last[16 * 2048 + 813 + 16]).isZero();
    }

    @Test
    void isoinfoFindsTheLabelJolietRockRidgeAndEachFileByteForByte() throws Exception {
        Path iso = image(Instant.parse("2024-01-02T03:04:05Z"));
        assertThat(run("isoinfo", "-d", "-i", iso.toString())).contains("Volume id: cidata", "Joliet with UCS level 3 found",
                "Rock Ridge signatures version 1 found");
        assertThat(run("isoinfo", "-R", "-l", "-i", iso.toString())).contains("meta-data", "user-data", "Jan  2 2024");
        assertThat(run("isoinfo", "-J", "-l", "-i", iso.toString())).contains("meta-data", "user-data");
        for (String tree : List.of("-R", "-J")) {
            Path user = dir.resolve("u" + tree);
            Path meta = dir.resolve("m" + tree);
            run("sh", "-c", "isoinfo " + tree + " -i " + iso + " -x /user-data > " + user + " && isoinfo " + tree + " -i "
                    + iso + " -x /meta-data > " + meta);
            assertThat(Files.readAllBytes(user)).isEqualTo(USER_DATA);
            assertThat(Files.readAllBytes(meta)).isEqualTo(META_DATA);
        }
    }

    @Test
    void xorrisoAndBlkidReadItAsCloudInitAndKairosDo() throws Exception {
        Path iso = image(CidataIso.DEFAULT_DATE);
        String listing = run("xorriso", "-indev", iso.toString(), "-find", "/", "-exec", "lsdl");
        assertThat(listing).contains("'/meta-data'", "'/user-data'").contains("-r--r--r--");
        Path out = dir.resolve("extracted");
        run("osirrox", "-indev", iso.toString(), "-extract", "/", out.toString());
        assertThat(Files.readAllBytes(out.resolve("user-data"))).isEqualTo(USER_DATA);
        // blkid: what cloud-init's NoCloud finds the device by, and the PVD label Kairos matches
        assertThat(run("blkid", "-p", iso.toString())).contains("LABEL=\"cidata\"", "TYPE=\"iso9660\"");
    }

    /**
     * Attached read-only to a loop device, as a USB drive is: mounted when the kernel has iso9660, and found and read
     * by Debian's cloud-init NoCloud data source, which finds the device by its label as it would at boot.
     */
    @Test
    void onALoopDeviceCloudInitsNoCloudFindsAndReadsIt() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "a loop device needs root");
        Path iso = dir.resolve(CidataIso.FILE_NAME);
        byte[] userData = "#cloud-config\nstylus:\n  site:\n    name: store-0042\n".getBytes(StandardCharsets.UTF_8);
        Files.write(iso, CidataIso.of(CidataIso.seed(userData, null), CidataIso.DEFAULT_DATE));
        String device = run("losetup", "--find", "--show", "--read-only", iso.toString()).strip();
        try {
            Path mnt = Files.createDirectory(dir.resolve("mnt"));
            Process mount = new ProcessBuilder("mount", "-o", "ro", device, mnt.toString()).redirectErrorStream(true).start();
            String said = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (mount.waitFor() == 0) {
                try {
                    assertThat(Files.readAllBytes(mnt.resolve("user-data"))).isEqualTo(userData);
                    assertThat(Files.readAllBytes(mnt.resolve("meta-data"))).isEmpty();
                } finally {
                    run("umount", mnt.toString());
                }
            } else {
                // this kernel has no iso9660 file system: the device is read by the tools below instead
                assertThat(said).containsAnyOf("unknown filesystem type", "wrong fs type");
            }
            assertThat(run("isoinfo", "-d", "-i", device)).contains("Volume id: cidata");
            String report = run("/usr/bin/python3", Path.of("src/test/resources/iso/nocloud.py").toAbsolutePath().toString(),
                    device);
            var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.lines()
                    .filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow());
            assertThat(json.get("found").toString()).contains(device);
            assertThat(json.get("got_data").asBoolean()).isTrue();
            assertThat(json.get("user_data").asText()).isEqualTo(new String(userData, StandardCharsets.UTF_8));
            assertThat(json.get("parts").toString()).contains("text/cloud-config");
        } finally {
            run("losetup", "--detach", device);
        }
    }

    @Test
    void onlySeedFilesGoIn() {
        assertThatThrownBy(() -> CidataIso.of(java.util.Map.of("user-data", new byte[1], "passwords", new byte[1]),
                CidataIso.DEFAULT_DATE)).hasMessageContaining("user-data and meta-data");
    }

    static String sha(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
