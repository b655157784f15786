package io.edgesite.validators.networkd;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which .network file systemd-networkd applies to an interface: "The first (in alphanumeric order) of the
 * network files that matches a given interface is applied, all later files are ignored, even if they match
 * as well" (systemd.network(5)). Files are ordered by file name, whatever their folder.
 */
public final class NetworkdMatch {

    /** An interface as [Match] sees it; a null MAC or type is unknown. */
    public record Link(String name, String mac, String type) {
        public Link(String name) {
            this(name, null, null);
        }
    }

    /** Whether a file's [Match] holds for an interface: yes, no, or unknown (a key this resolver cannot judge). */
    public enum Outcome {
        YES,
        NO,
        UNKNOWN
    }

    private NetworkdMatch() {
    }

    /** The folders networkd reads, highest priority first: a file replaces those of its name further down. */
    private static final List<String> FOLDERS = List.of("/etc/systemd/network/", "/run/systemd/network/",
            "/usr/local/lib/systemd/network/", "/usr/lib/systemd/network/", "/lib/systemd/network/");

    /**
     * The file applied to {@code link}, or empty when none matches; a file that may match stops the search.
     * "Files with identical filenames replace each other": the one in the folder of highest priority stands, and
     * an empty one masks the name.
     */
    public static Optional<UnitFile> applied(List<UnitFile> networkFiles, Link link) {
        Map<String, UnitFile> byName = new LinkedHashMap<>();
        networkFiles.stream().filter(f -> f.name().endsWith(".network"))
                .sorted(Comparator.comparingInt(NetworkdMatch::priority))
                .forEach(f -> byName.putIfAbsent(Path.of(f.name()).getFileName().toString(), f));
        return byName.values().stream()
                .filter(f -> !f.sections().isEmpty())
                .sorted(Comparator.comparing(f -> Path.of(f.name()).getFileName().toString()))
                .filter(f -> matches(f, link) != Outcome.NO)
                .findFirst();
    }

    private static int priority(UnitFile f) {
        for (int i = 0; i < FOLDERS.size(); i++) {
            if (f.name().startsWith(FOLDERS.get(i))) {
                return i;
            }
        }
        return FOLDERS.size();
    }

    /**
     * Every [Match] setting must hold; an empty [Match] holds for every interface. A setting given several
     * times is one list (an empty value resets it), inverted when any of its values starts with "!".
     */
    public static Outcome matches(UnitFile file, Link link) {
        Map<String, StringBuilder> settings = new LinkedHashMap<>();
        for (UnitFile.Section s : file.sections()) {
            if (s.name().equals("Match")) {
                for (UnitFile.Entry e : s.entries()) {
                    StringBuilder list = settings.computeIfAbsent(e.key(), k -> new StringBuilder());
                    if (e.value().isEmpty()) {
                        list.setLength(0);
                    } else {
                        boolean invert = e.value().startsWith("!") || list.indexOf("!") == 0;
                        String items = (list.length() > 0 ? list.toString().replaceFirst("^!", "") + " " : "")
                                + e.value().replaceFirst("^!", "");
                        list.setLength(0);
                        list.append(invert ? "!" : "").append(items);
                    }
                }
            }
        }
        Outcome result = Outcome.YES;
        for (Map.Entry<String, StringBuilder> e : settings.entrySet()) {
            String value = e.getValue().toString();
            if (value.isEmpty()) {
                continue;
            }
            Outcome one = switch (e.getKey()) {
                case "Name" -> globs(value, link.name());
                case "MACAddress", "PermanentMACAddress" -> link.mac() == null ? Outcome.UNKNOWN
                        : list(value, v -> v.equalsIgnoreCase(link.mac()));
                case "Type" -> link.type() == null ? Outcome.UNKNOWN : globs(value, link.type());
                default -> Outcome.UNKNOWN;
            };
            if (one == Outcome.NO) {
                return Outcome.NO;
            }
            if (one == Outcome.UNKNOWN) {
                result = Outcome.UNKNOWN;
            }
        }
        return result;
    }

    /** A whitespace-separated list of shell globs; a leading "!" inverts the whole list. */
    static Outcome globs(String value, String subject) {
        return list(value, glob -> {
            try {
                return glob(glob).matches(Path.of(subject));
            } catch (RuntimeException e) {
                return false; // a name no file system path can hold matches no glob
            }
        });
    }

    private static Outcome list(String value, java.util.function.Predicate<String> one) {
        String v = value.strip();
        boolean invert = v.startsWith("!");
        if (invert) {
            v = v.substring(1);
        }
        boolean any = false;
        for (String item : v.split("\\s+")) {
            if (!item.isEmpty() && one.test(item)) {
                any = true;
                break;
            }
        }
        return any != invert ? Outcome.YES : Outcome.NO;
    }

    private static PathMatcher glob(String pattern) {
        return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    }
}
