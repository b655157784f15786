package io.edgesite.tui.wizard;

import io.edgesite.model.PlainScalar;
import io.edgesite.render.FileSet;
import io.edgesite.render.YamlSyntaxException;
import io.edgesite.render.YamlText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The draft (mode 0600 in a 0700 folder): every value typed, secrets included, and the answers' user-data
 * keys no field shows, so a dropped session, a closed serial console or a crash loses nothing and the next
 * start offers to resume exactly where the operator was. One wizard at a time holds a draft.
 */
public final class DraftStore {
    private final Path file;

    public DraftStore(Path file) {
        this.file = file;
    }

    /**
     * {@code $XDG_STATE_HOME/edge-site/draft.yaml} when that is set; else {@code /var/lib/edge-site/draft.yaml}
     * as root (the console and serial units) and {@code ~/.local/state/edge-site/draft.yaml} otherwise.
     */
    public static DraftStore standard(Map<String, String> env, boolean root) {
        String state = env.get("XDG_STATE_HOME");
        Path base = state != null && !state.isBlank() ? Path.of(state)
                : root ? Path.of("/var/lib")
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".local", "state");
        return new DraftStore(base.resolve("edge-site").resolve("draft.yaml"));
    }

    public Path file() {
        return file;
    }

    /**
     * A saved wizard: the screen it was on, every value typed, and the user-data keys the answers carried that
     * no field shows (registry credentials, extra stages), so that a resume never needs the first command line.
     */
    public record Draft(int screen, Map<String, String> values, Map<String, Object> userData, String focus,
            java.time.Instant saved) {
        public Draft {
            userData = userData == null ? Map.of() : userData;
            focus = focus == null ? "" : focus;
        }

        public Draft(int screen, Map<String, String> values, Map<String, Object> userData) {
            this(screen, values, userData, "", null);
        }
    }

    /** A draft in use by another wizard: who holds it, as its lock file says. */
    public record Held(String by) {
    }

    /**
     * Takes the draft for this process: an exclusive lock on {@code draft.yaml.lock} beside it, kept until the
     * process ends. Empty when another process holds it.
     */
    public Optional<Held> lock() throws IOException {
        Path dir = folder();
        Path lockFile = dir.resolve(file.getFileName() + ".lock");
        java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(lockFile,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.READ,
                java.nio.file.StandardOpenOption.WRITE);
        java.nio.channels.FileLock taken;
        try {
            taken = channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            taken = null;
        }
        if (taken == null) {
            String holder = Files.readString(lockFile).strip();
            channel.close();
            return Optional.of(new Held(holder.isEmpty() ? "another process" : holder));
        }
        channel.truncate(0);
        channel.write(java.nio.ByteBuffer.wrap(("process " + ProcessHandle.current().pid() + ", since "
                + java.time.LocalTime.now().withNano(0)).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        held = taken; // released when the process ends
        return Optional.empty();
    }

    private java.nio.channels.FileLock held;

    /** Lets another wizard take the draft (this one quits). */
    public void unlock() {
        if (held != null) {
            try {
                held.channel().close();
            } catch (IOException e) {
                // closing: the lock goes with the process anyway
            }
            held = null;
        }
    }

    /** Another draft beside this one, for a second wizard (draft-2.yaml, draft-3.yaml, ...). */
    public DraftStore separate() {
        String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        for (int n = 2; ; n++) {
            Path other = file.resolveSibling(name + "-" + n + ".yaml");
            if (!Files.exists(other.resolveSibling(other.getFileName() + ".lock")) || n > 99) {
                return new DraftStore(other);
            }
        }
    }

    private Path folder() throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        return dir;
    }

    public void save(int screen, Map<String, String> values) throws IOException {
        save(new Draft(screen, values, Map.of()));
    }

    public void save(Draft draft) throws IOException {
        folder();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("version", 1);
        doc.put("screen", draft.screen());
        if (!draft.focus().isEmpty()) {
            doc.put("focus", draft.focus());
        }
        doc.put("values", new LinkedHashMap<String, Object>(draft.values()));
        if (!draft.userData().isEmpty()) {
            doc.put("userData", new LinkedHashMap<>(draft.userData()));
        }
        FileSet.write(file, YamlText.write(doc));
    }

    public Optional<Draft> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Map<String, Object> doc = YamlText.read(Files.readString(file));
            int screen = doc.get("screen") instanceof PlainScalar p ? Integer.parseInt(p.text()) : 0;
            Map<String, String> values = new LinkedHashMap<>();
            if (doc.get("values") instanceof Map<?, ?> m) {
                m.forEach((k, v) -> values.put(String.valueOf(k), v == null ? "" : v.toString()));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> userData = doc.get("userData") instanceof Map<?, ?> u ? (Map<String, Object>) u : Map.of();
            String focus = doc.get("focus") instanceof String f ? f : "";
            return Optional.of(new Draft(screen, values, userData, focus, Files.getLastModifiedTime(file).toInstant()));
        } catch (IOException | YamlSyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A draft that cannot be removed is offered again next time; nothing is lost.
        }
    }
}
