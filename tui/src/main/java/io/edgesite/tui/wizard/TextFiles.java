package io.edgesite.tui.wizard;

import io.edgesite.render.TextInput;
import java.io.IOException;
import java.nio.file.Path;

/** Where the wizard reads the files an operator names in a field (CA certificates); tests give fixtures. */
@FunctionalInterface
interface TextFiles {
    String read(String path) throws IOException;

    static TextFiles system() {
        return path -> TextInput.read(Path.of(path));
    }
}
