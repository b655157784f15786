package io.edgesite.render;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed image Palette's docs build for site user-data ({@code mkisofs -volid cidata -joliet -rock user-data
 * meta-data}): ISO 9660 with the label {@code cidata}, a Joliet tree and Rock Ridge names, so that Linux, blkid,
 * cloud-init's NoCloud and Kairos' cdrom provider all find {@code user-data} and {@code meta-data} by those
 * names. Every date is the one given, so the same files give the same bytes.
 */
public final class CidataIso {
    public static final String LABEL = "cidata";
    /** The image's file name, as Palette's docs call it. */
    public static final String FILE_NAME = "site-user-data.iso";
    /** The date given to every field when the build sets no SOURCE_DATE_EPOCH: a fixed one keeps images equal. */
    public static final Instant DEFAULT_DATE = Instant.parse("2000-01-01T00:00:00Z");
    /** The last moment ISO 9660 can record (directory records count years from 1900 in one byte). */
    static final Instant LAST_DATE = Instant.parse("2155-12-31T23:59:59Z");
    /** The files a seed image may hold, each with its ISO 9660 level-1 name. */
    private static final Map<String, String> NAMES = Map.of("meta-data", "META_DAT.;1", "user-data", "USER_DAT.;1",
            "network-config", "NETWORK_.;1", "vendor-data", "VENDOR_D.;1");
    private static final int SECTOR = 2048;
    private static final int PVD = 16;
    private static final int ISO_ROOT = 23;
    private static final int JOLIET_ROOT = 24;
    private static final int CONTINUATION = 25;
    private static final int FIRST_FILE = 26;
    /** The zero sectors mkisofs adds after the data by default. */
    private static final int PADDING = 150;
    private static final String ER_ID = "RRIP_1991A";
    private static final String ER_DESCRIPTOR = "THE ROCK RIDGE INTERCHANGE PROTOCOL PROVIDES SUPPORT FOR POSIX FILE SYSTEM"
            + " SEMANTICS";
    private static final String ER_SOURCE = "PLEASE CONTACT DISC PUBLISHER FOR SPECIFICATION SOURCE.  SEE PUBLISHER"
            + " IDENTIFIER IN PRIMARY VOLUME DESCRIPTOR FOR CONTACT INFORMATION.";

    private record File(String name, String isoName, byte[] data, int extent) {
    }

    private CidataIso() {
    }

    /**
     * The date of an image: {@code SOURCE_DATE_EPOCH} (seconds) when the build environment sets it, as reproducible
     * builds do, else {@link #DEFAULT_DATE}.
     */
    public static Instant date(String sourceDateEpoch) {
        if (sourceDateEpoch == null || !sourceDateEpoch.matches("\\d{1,12}")) {
            return DEFAULT_DATE;
        }
        Instant when = Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch));
        // a directory record keeps the year in one byte from 1900: later dates are the last second it can hold
        return when.isAfter(LAST_DATE) ? LAST_DATE : when;
    }

    /** The image of these files (name to content; user-data and meta-data at least), dated {@code when}. */
    public static byte[] of(Map<String, byte[]> files, Instant when) {
        if (!files.containsKey("user-data") || !files.containsKey("meta-data")) {
            throw new IllegalArgumentException("a seed image holds user-data and meta-data");
        }
        List<String> names = new ArrayList<>(files.keySet());
        for (String n : names) {
            if (!NAMES.containsKey(n)) {
                throw new IllegalArgumentException(n + " is not a seed file (user-data, meta-data, network-config, vendor-data)");
            }
        }
        names.sort(Comparator.comparing(NAMES::get));
        List<File> placed = new ArrayList<>();
        int next = FIRST_FILE;
        for (String n : names) {
            byte[] data = files.get(n);
            placed.add(new File(n, NAMES.get(n), data, next));
            next += (data.length + SECTOR - 1) / SECTOR;
        }
        int total = next + PADDING;
        ZonedDateTime t = when.atZone(ZoneOffset.UTC);
        ByteBuffer image = ByteBuffer.allocate(total * SECTOR);
        put(image, PVD, descriptor(1, total, t, false));
        put(image, PVD + 1, descriptor(2, total, t, true));
        put(image, PVD + 2, terminator());
        put(image, 19, pathTable(ISO_ROOT, false));
        put(image, 20, pathTable(ISO_ROOT, true));
        put(image, 21, pathTable(JOLIET_ROOT, false));
        put(image, 22, pathTable(JOLIET_ROOT, true));
        put(image, ISO_ROOT, isoRoot(placed, t));
        put(image, JOLIET_ROOT, jolietRoot(placed, t));
        put(image, CONTINUATION, extensionReference());
        for (File f : placed) {
            image.put(f.extent() * SECTOR, f.data());
        }
        return image.array();
    }

    private static void put(ByteBuffer image, int sector, byte[] bytes) {
        image.put(sector * SECTOR, bytes);
    }

    private static byte[] descriptor(int type, int total, ZonedDateTime t, boolean joliet) {
        ByteBuffer d = ByteBuffer.allocate(SECTOR);
        d.put(0, (byte) type).put(1, ascii("CD001")).put(6, (byte) 1);
        d.put(8, text(joliet, "", 32)).put(40, text(joliet, LABEL, 32));
        d.put(80, both32(total));
        if (joliet) {
            d.put(88, new byte[] {0x25, 0x2f, 0x45}); // %/E: UCS-2 level 3
        }
        d.put(120, both16(1)).put(124, both16(1)).put(128, both16(SECTOR)).put(132, both32(10));
        int root = joliet ? JOLIET_ROOT : ISO_ROOT;
        int lPath = joliet ? 21 : 19;
        d.putInt(140, Integer.reverseBytes(lPath)).putInt(148, lPath + 1);
        d.put(156, record(root, SECTOR, t, true, new byte[] {0}, new byte[0]));
        d.put(190, text(joliet, "", 128)).put(318, text(joliet, "", 128)).put(446, text(joliet, "", 128))
                .put(574, text(joliet, "", 128));
        d.put(702, text(joliet, "", 37)).put(739, text(joliet, "", 37)).put(776, text(joliet, "", 37));
        byte[] date = ascii(String.format("%04d%02d%02d%02d%02d%02d00", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute(), t.getSecond()));
        d.put(813, date).put(830, date).put(847, ascii("0000000000000000")).put(864, ascii("0000000000000000"));
        d.put(881, (byte) 1);
        if (!joliet) {
            d.put(883, " ".repeat(512).getBytes(StandardCharsets.US_ASCII));
        }
        return d.array();
    }

    private static byte[] terminator() {
        byte[] t = new byte[SECTOR];
        t[0] = (byte) 0xff;
        System.arraycopy(ascii("CD001"), 0, t, 1, 5);
        t[6] = 1;
        return t;
    }

    private static byte[] pathTable(int root, boolean bigEndian) {
        ByteBuffer p = ByteBuffer.allocate(10);
        p.put((byte) 1).put((byte) 0);
        p.putInt(bigEndian ? root : Integer.reverseBytes(root));
        p.putShort(bigEndian ? (short) 1 : Short.reverseBytes((short) 1));
        return p.array();
    }

    /** The ISO 9660 root: ".", "..", then the files, with their Rock Ridge names, modes and dates. */
    private static byte[] isoRoot(List<File> files, ZonedDateTime t) {
        ByteArrayOutputStream dir = new ByteArrayOutputStream();
        byte[] sp = {'S', 'P', 7, 1, (byte) 0xbe, (byte) 0xef, 0};
        int erLength = 8 + ER_ID.length() + ER_DESCRIPTOR.length() + ER_SOURCE.length();
        byte[] ce = concat(new byte[] {'C', 'E', 28, 1}, both32(CONTINUATION), both32(0), both32(erLength));
        dir.writeBytes(record(ISO_ROOT, SECTOR, t, true, new byte[] {0}, concat(sp, px(040555, 1), tf(t), ce)));
        dir.writeBytes(record(ISO_ROOT, SECTOR, t, true, new byte[] {1}, concat(px(040555, 1), tf(t))));
        for (File f : files) {
            byte[] name = f.name().getBytes(StandardCharsets.US_ASCII);
            byte[] nm = concat(new byte[] {'N', 'M', (byte) (5 + name.length), 1, 0}, name);
            dir.writeBytes(record(f.extent(), f.data().length, t, false, ascii(f.isoName()), concat(px(0100444, 1), tf(t), nm)));
        }
        return dir.toByteArray();
    }

    /** The Joliet root: the same files under their own names in UCS-2. */
    private static byte[] jolietRoot(List<File> files, ZonedDateTime t) {
        ByteArrayOutputStream dir = new ByteArrayOutputStream();
        dir.writeBytes(record(JOLIET_ROOT, SECTOR, t, true, new byte[] {0}, new byte[0]));
        dir.writeBytes(record(JOLIET_ROOT, SECTOR, t, true, new byte[] {1}, new byte[0]));
        List<File> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(File::name));
        for (File f : sorted) {
            dir.writeBytes(record(f.extent(), f.data().length, t, false, f.name().getBytes(StandardCharsets.UTF_16BE),
                    new byte[0]));
        }
        return dir.toByteArray();
    }

    /** The ER entry that tells readers the Rock Ridge names are there, in its own sector (it does not fit a record). */
    private static byte[] extensionReference() {
        return concat(new byte[] {'E', 'R', (byte) (8 + ER_ID.length() + ER_DESCRIPTOR.length() + ER_SOURCE.length()), 1,
            (byte) ER_ID.length(), (byte) ER_DESCRIPTOR.length(), (byte) ER_SOURCE.length(), 1}, ascii(ER_ID),
                ascii(ER_DESCRIPTOR), ascii(ER_SOURCE));
    }

    /** A directory record (ECMA-119 9.1), its length even, a pad byte after an even-length identifier. */
    private static byte[] record(int extent, int length, ZonedDateTime t, boolean directory, byte[] id, byte[] systemUse) {
        int base = 33 + id.length + (id.length % 2 == 0 ? 1 : 0);
        int size = base + systemUse.length;
        size += size % 2;
        ByteBuffer r = ByteBuffer.allocate(size);
        r.put(0, (byte) size).put(2, both32(extent)).put(10, both32(length)).put(18, date(t));
        r.put(25, (byte) (directory ? 2 : 0)).put(28, both16(1)).put(32, (byte) id.length).put(33, id);
        r.put(base, systemUse);
        return r.array();
    }

    private static byte[] px(int mode, int links) {
        return concat(new byte[] {'P', 'X', 36, 1}, both32(mode), both32(links), both32(0), both32(0));
    }

    /** Modified, accessed and attributes changed, all at {@code t}. */
    private static byte[] tf(ZonedDateTime t) {
        return concat(new byte[] {'T', 'F', 26, 1, 0x0e}, date(t), date(t), date(t));
    }

    private static byte[] date(ZonedDateTime t) {
        return new byte[] {(byte) (t.getYear() - 1900), (byte) t.getMonthValue(), (byte) t.getDayOfMonth(),
            (byte) t.getHour(), (byte) t.getMinute(), (byte) t.getSecond(), 0};
    }

    /** An identifier field: ASCII padded with spaces, or (Joliet) UCS-2 padded with UCS-2 spaces. */
    private static byte[] text(boolean joliet, String value, int width) {
        byte[] out = new byte[width];
        if (!joliet) {
            java.util.Arrays.fill(out, (byte) ' ');
            System.arraycopy(ascii(value), 0, out, 0, value.length());
            return out;
        }
        for (int i = 0; i + 1 < width; i += 2) {
            out[i + 1] = (byte) (i / 2 < value.length() ? value.charAt(i / 2) : ' ');
        }
        return out;
    }

    private static byte[] both16(int v) {
        return new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 8), (byte) v};
    }

    private static byte[] both32(int v) {
        return new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24), (byte) (v >> 24),
            (byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** The files of a site's seed: its user-data and an empty meta-data (or the one given). */
    public static Map<String, byte[]> seed(byte[] userData, byte[] metaData) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("user-data", userData);
        files.put("meta-data", metaData == null ? new byte[0] : metaData);
        return files;
    }
}
