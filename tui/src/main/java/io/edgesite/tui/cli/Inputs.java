package io.edgesite.tui.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads an input file (or standard input for "-") as strict UTF-8, with a plain reason when it cannot. */
final class Inputs {
    /** Files larger than this are not user-data or answers files. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    private Inputs() {
    }

    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    static String read(String name, InputStream stdin) throws Unreadable {
        byte[] bytes;
        try {
            if (name.equals("-")) {
                bytes = stdin.readNBytes((int) MAX_BYTES + 1);
            } else {
                Path p = Path.of(name);
                if (Files.isDirectory(p)) {
                    throw new Unreadable(name + ": is a directory");
                }
                if (!Files.exists(p)) {
                    throw new Unreadable(name + ": no such file");
                }
                if (Files.size(p) > MAX_BYTES) {
                    throw new Unreadable(name + ": larger than 4 MiB; not a user-data or answers file");
                }
                bytes = Files.readAllBytes(p);
            }
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(name + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (bytes.length > MAX_BYTES) {
            throw new Unreadable(name + ": larger than 4 MiB; not a user-data or answers file");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable(name + ": not UTF-8 text");
        }
    }
}
