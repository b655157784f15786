package io.edgesite.tui.cli;

import io.edgesite.render.AtomicFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes results to a file (atomically, mode 0600) or to standard output for "-". */
final class Outputs {
    private Outputs() {
    }

    static void write(String target, String content, PrintWriter stdout) throws IOException {
        if (target.equals("-")) {
            stdout.print(content);
            stdout.flush();
            return;
        }
        check(target);
        AtomicFile.write(Path.of(target), content);
    }

    /** Refuses a target that cannot take a file: a directory, a folder that does not exist. */
    static void check(String target) throws IOException {
        Path p = Path.of(target);
        if (Files.isDirectory(p)) {
            throw new IOException(target + " is a directory");
        }
        Path parent = p.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IOException("the folder of " + target + " does not exist");
        }
    }
}
