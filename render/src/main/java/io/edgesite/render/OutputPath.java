package io.edgesite.render;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where a file the operator named may be written: nowhere that is not a regular file already (a device such
 * as /dev/null, a FIFO, a socket, a directory, a symbolic link), and into a folder that exists or can be made.
 * Every message names the path the operator gave.
 */
public final class OutputPath {
    private static final int S_IFMT = 0170000;

    private OutputPath() {
    }

    /** Why the path cannot be written to, or null when it can (it is a regular file or does not exist yet). */
    public static String refusal(Path requested) {
        Object mode;
        try {
            mode = Files.getAttribute(requested, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Files.isRegularFile(requested, LinkOption.NOFOLLOW_LINKS) || !Files.exists(requested, LinkOption.NOFOLLOW_LINKS)
                    ? null : "it exists and is not a regular file";
        }
        return switch ((Integer) mode & S_IFMT) {
            case 0100000 -> null;
            case 0040000 -> "it is a directory";
            case 0120000 -> "it is a symbolic link" + target(requested) + "; name the file itself";
            case 0020000 -> "it is a character device";
            case 0060000 -> "it is a block device";
            case 0010000 -> "it is a FIFO (named pipe)";
            case 0140000 -> "it is a socket";
            default -> "it exists and is not a regular file";
        };
    }

    private static String target(Path link) {
        try {
            return " to " + Files.readSymbolicLink(link);
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Checks the path and makes its folder (mode 0700) when missing; the message of the exception names the
     * requested path and the reason.
     */
    public static Path prepare(Path requested) throws IOException {
        String refused = refusal(requested);
        if (refused != null) {
            throw new IOException(requested + ": " + refused);
        }
        Path parent = requested.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            try {
                Files.createDirectories(parent, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (FileSystemException e) {
                throw new IOException(requested + ": its folder " + parent + " cannot be made (" + reason(e) + ")", e);
            }
        }
        return requested.toAbsolutePath();
    }

    /** The system's reason without the temporary file's name it may carry. */
    static String reason(FileSystemException e) {
        String r = e.getReason();
        if (r != null) {
            return r;
        }
        return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
