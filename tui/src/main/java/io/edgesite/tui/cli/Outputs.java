package io.edgesite.tui.cli;

import io.edgesite.render.FileSet;
import java.io.IOException;
import java.io.PrintWriter;
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
        FileSet.write(Path.of(target), content);
    }
}
