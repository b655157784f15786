package io.edgesite.render;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files of one write (user-data, cluster.json, answers), replaced all or none: each is written to a temp
 * file beside it (mode 0600) and synced first; then each existing file is kept by a hard link and the temp file
 * renamed over it; if a rename fails, those already replaced get their old content back. A target is never
 * missing, even for a moment. Errors name the file the operator asked for.
 */
public final class FileSet {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final FileAttribute<?> PRIVATE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private FileSet() {
    }

    /** Text files, as UTF-8. */
    public static void write(Map<Path, String> files) throws IOException {
        Map<Path, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((p, text) -> bytes.put(p, text.getBytes(StandardCharsets.UTF_8)));
        writeBytes(bytes, true);
    }

    /**
     * @param durable sync each file before its rename (a batch of many files syncs its folders once at the end
     *     instead, see {@link #syncFolders})
     */
    public static void writeBytes(Map<Path, byte[]> files, boolean durable) throws IOException {
        Map<Path, Path> temps = new LinkedHashMap<>();
        Map<Path, Path> kept = new LinkedHashMap<>();
        List<Path> replaced = new ArrayList<>();
        Set<Path> moved = new HashSet<>();
        try {
            for (Map.Entry<Path, byte[]> f : files.entrySet()) {
                Path target = OutputPath.prepare(f.getKey());
                temps.put(target, temp(target, f.getValue(), durable));
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
                moved.add(t.getValue());
            }
            if (durable) {
                for (Path target : temps.keySet()) {
                    syncFolder(target.getParent());
                }
            }
        } catch (IOException e) {
            restore(replaced, kept);
            throw named(e, files.keySet());
        } finally {
            for (Path tmp : temps.values()) {
                if (!moved.contains(tmp)) {
                    Files.deleteIfExists(tmp);
                }
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

    private static Path temp(Path target, byte[] content, boolean durable) throws IOException {
        Path tmp = null;
        FileChannel ch = null;
        // made and opened in one call (O_CREAT|O_EXCL, mode 0600), under a name nobody else has
        while (ch == null) {
            tmp = target.resolveSibling("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong()) + ".tmp");
            try {
                ch = FileChannel.open(tmp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), PRIVATE);
            } catch (FileAlreadyExistsException e) {
                ch = null; // another name
            } catch (IOException e) {
                throw new Failed(target, e);
            }
        }
        try (FileChannel open = ch) {
            ByteBuffer buf = ByteBuffer.wrap(content);
            while (buf.hasRemaining()) {
                open.write(buf);
            }
            if (durable) {
                open.force(true);
            }
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

    /**
     * Syncs the file system {@code root} is on, once: the end of a batch of thousands of files written without a
     * sync each. {@code sync --file-system} (coreutils) is one syncfs(2) call, which Java cannot make itself;
     * without it, each file and folder under {@code root} is synced.
     */
    public static void syncFileSystem(Path root) throws IOException {
        try {
            Process p = new ProcessBuilder("sync", "--file-system", root.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() == 0) {
                return;
            }
        } catch (IOException e) {
            // no sync command here: the slow way below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        syncFolders(root);
    }

    /** Syncs each file and folder under {@code root}: the end of a batch written without a sync per file. */
    private static void syncFolders(Path root) throws IOException {
        try (java.util.stream.Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (Files.isDirectory(p)) {
                    syncFolder(p);
                } else if (Files.isRegularFile(p)) {
                    try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
                        ch.force(true);
                    }
                }
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
