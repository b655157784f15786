package io.edgesite.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file the operator names, read as strict UTF-8 within {@value #MAX_BYTES} bytes: a FIFO would block and a
 * device never end, so only a regular file (or a link to one) is opened. Messages say why, without the
 * file's content and without more about other files than whether this one can be read.
 */
public final class TextInput {
    /** Larger than any user-data, answers or certificate file (the largest published user-data is 12 KiB). */
    public static final int MAX_BYTES = 1024 * 1024;
    /** An inventory of a whole fleet: tens of thousands of hosts, and no more than YAML reading allows. */
    public static final int MAX_INVENTORY_BYTES = YamlReader.MAX_CODE_POINTS;

    private TextInput() {
    }

    /** Why a file cannot be read, said in a few words. */
    public static final class Unreadable extends IOException {
        private static final long serialVersionUID = 1L;

        public Unreadable(String reason) {
            super(reason);
        }
    }

    public static String read(Path p) throws Unreadable {
        return read(p, MAX_BYTES);
    }

    /** An inventory, within {@link #MAX_INVENTORY_BYTES}. */
    public static String readInventory(Path p) throws Unreadable {
        return read(p, MAX_INVENTORY_BYTES);
    }

    private static String read(Path p, int max) throws Unreadable {
        if (!Files.exists(p)) {
            throw new Unreadable("no such file");
        }
        if (!Files.isRegularFile(p)) {
            String what;
            try {
                what = OutputPath.refusal(p.toRealPath());
            } catch (IOException e) {
                what = null;
            }
            throw new Unreadable("not a regular file (" + (what == null ? "cannot tell what it is" : what.replace("it is ", "")) + ")");
        }
        try (InputStream in = Files.newInputStream(p)) {
            return read(in, max);
        } catch (Unreadable e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The stream's text, read up to one byte past the bound (standard input: "-"). */
    public static String read(InputStream in) throws Unreadable {
        return read(in, MAX_BYTES);
    }

    private static String read(InputStream in, int max) throws Unreadable {
        byte[] bytes;
        try {
            bytes = in.readNBytes(max + 1);
        } catch (IOException e) {
            throw new Unreadable("cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (bytes.length > max) {
            throw new Unreadable(max == MAX_BYTES ? "larger than 1 MiB; not a user-data, answers or certificate file"
                    : "larger than " + (max >> 20) + " MiB; split the inventory");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("not UTF-8 text");
        }
    }
}
