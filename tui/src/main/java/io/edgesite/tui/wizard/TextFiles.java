package io.edgesite.tui.wizard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the wizard reads the files an operator names in a field (CA certificates); tests give fixtures. */
@FunctionalInterface
interface TextFiles {
    /** Certificates are a few KiB; anything larger is not one. */
    long MAX_BYTES = 1 << 20;

    String read(String path) throws IOException;

    static TextFiles system() {
        return path -> {
            Path p = Path.of(path);
            if (Files.size(p) > MAX_BYTES) {
                throw new IOException("larger than 1 MiB");
            }
            return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        };
    }
}
