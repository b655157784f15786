package io.edgesite.render;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of one write (user-data, cluster.json, answers), replaced all or none: each is written to a temp
 * file beside it (mode 0600) and synced first; then each existing file is kept by a hard link and the temp file
 * renamed over it; if a rename fails, those already replaced get their old content back. A target is never
 * missing, even for a moment. Errors name the file the operator asked for.
 */
public final class FileSet {
    private FileSet() {
    }

    public static void write(Map<Path, String> files) throws IOException {
        Map<Path, Path> temps = new LinkedHashMap<>();
        Map<Path, Path> kept = new LinkedHashMap<>();
        List<Path> replaced = new ArrayList<>();
        try {
            for (Map.Entry<Path, String> f : files.entrySet()) {
                Path target = OutputPath.prepare(f.getKey());
                temps.put(target, temp(target, f.getValue()));
            }
            for (Map.Entry<Path, Path> t : temps.entrySet()) {
                Path target = t.getKey();
                if (Files.isRegularFile(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Path old = sibling(target, ".old");
                    Files.deleteIfExists(old);
                    Files.createLink(old, target);
                    kept.put(target, old);
                }
                move(t.getValue(), target);
                replaced.add(target);
            }
            for (Path target : temps.keySet()) {
                syncFolder(target.getParent());
            }
        } catch (IOException e) {
            restore(replaced, kept);
            throw named(e, files.keySet());
        } finally {
            for (Path tmp : temps.values()) {
                Files.deleteIfExists(tmp);
            }
            for (Path old : kept.values()) {
                Files.deleteIfExists(old);
            }
        }
    }

    /** One file alone, by the same path. */
    public static void write(Path file, String content) throws IOException {
        write(Map.of(file, content));
    }

    private static Path temp(Path target, String content) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw new Failed(target, e);
        }
        return tmp;
    }

    private static Path sibling(Path target, String suffix) {
        return target.resolveSibling("." + target.getFileName() + suffix);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new Failed(to, e);
        }
    }

    /** Puts back the old content of the files already replaced; new files without an old one are removed. */
    private static void restore(List<Path> replaced, Map<Path, Path> kept) {
        for (Path target : replaced) {
            try {
                if (kept.containsKey(target)) {
                    move(kept.get(target), target);
                    kept.remove(target);
                } else {
                    Files.deleteIfExists(target);
                }
            } catch (IOException e) {
                // the old content stays in its link beside the file: nothing else can be done here
            }
        }
    }

    private static void syncFolder(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException ignored) {
            // some file systems refuse to open a folder for sync; the files themselves are on disk
        }
    }

    /** The error, said of the file the operator asked for and never of a temp file. */
    private static IOException named(IOException e, java.util.Set<Path> requested) {
        if (e instanceof Failed f) {
            return new IOException(f.target + ": " + f.reason, e);
        }
        if (e.getMessage() != null && requested.stream().anyMatch(p -> e.getMessage().startsWith(p.toString()))) {
            return e;
        }
        return new IOException(requested.iterator().next() + ": " + (e instanceof FileSystemException fs
                ? OutputPath.reason(fs) : e.getClass().getSimpleName()), e);
    }

    /** A failure on one target, with the system's reason. */
    private static final class Failed extends IOException {
        private static final long serialVersionUID = 1L;
        final transient Path target;
        final String reason;

        Failed(Path target, IOException cause) {
            super(cause);
            this.target = target;
            this.reason = cause instanceof FileSystemException fs ? OutputPath.reason(fs)
                    : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        }
    }
}
