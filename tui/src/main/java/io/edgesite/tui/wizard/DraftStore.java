package io.edgesite.tui.wizard;

import io.edgesite.model.PlainScalar;
import io.edgesite.render.AtomicFile;
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
 * The draft saved after every change (mode 0600 in a 0700 folder), so a dropped session, a closed serial
 * console or a crash loses nothing: the next start offers to resume exactly where the operator was.
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

    /** A saved wizard: the screen it was on and every value typed. */
    public record Draft(int screen, Map<String, String> values) {
    }

    public void save(int screen, Map<String, String> values) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("version", 1);
        doc.put("screen", screen);
        doc.put("values", new LinkedHashMap<String, Object>(values));
        AtomicFile.write(file, YamlText.write(doc));
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
            return Optional.of(new Draft(screen, values));
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
