package io.edgesite.tui.cli;

import io.edgesite.render.TextInput;
import java.io.InputStream;
import java.nio.file.Path;

/** Reads an input file (or standard input for "-") through the one bounded reader, with a plain reason when it cannot. */
final class Inputs {
    private Inputs() {
    }

    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    static String read(String name, InputStream stdin) throws Unreadable {
        try {
            return name.equals("-") ? TextInput.read(stdin) : TextInput.read(Path.of(name));
        } catch (TextInput.Unreadable e) {
            throw new Unreadable(name + ": " + e.getMessage());
        }
    }
}
