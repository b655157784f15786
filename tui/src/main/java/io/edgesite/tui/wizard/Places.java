package io.edgesite.tui.wizard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the wizard may write files and read the files an operator names. Anywhere, except in the console
 * unit's kiosk mode: there only under its output folder and on removable media, whatever links the path goes
 * through, so that the person at the console cannot write over a system file or read one.
 */
public record Places(List<Path> roots) {
    public Places {
        roots = List.copyOf(roots);
    }

    public static Places anywhere() {
        return new Places(List.of());
    }

    /** Kiosk mode: the output folder (made, mode 0700) and the removable media mounted now. */
    public static Places console(Path out, List<Path> removable) throws IOException {
        Files.createDirectories(out, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        List<Path> roots = new ArrayList<>();
        roots.add(out.toRealPath());
        for (Path r : removable) {
            roots.add(r.toRealPath());
        }
        return new Places(roots);
    }

    public boolean confined() {
        return !roots.isEmpty();
    }

    /** Why a path is out of bounds, or null when it may be used; nothing is said of what the path holds. */
    public String refusal(Path requested) {
        if (!confined()) {
            return null;
        }
        Path real = real(requested.toAbsolutePath().normalize());
        if (real != null && roots.stream().anyMatch(real::startsWith)) {
            return null;
        }
        return "console mode: files only under " + String.join(" or ", roots.stream().map(Path::toString).toList());
    }

    /** The path with every link followed; for a path that does not exist yet, its nearest existing folder's. */
    private static Path real(Path p) {
        Path tail = Path.of("");
        for (Path at = p; at != null; at = at.getParent()) {
            try {
                return at.toRealPath().resolve(tail).normalize();
            } catch (IOException e) {
                tail = at.getFileName() == null ? tail : at.getFileName().resolve(tail);
            }
        }
        return null;
    }
}
