package io.edgesite.checks.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The system as files: {@code /} in production, a fixture directory in tests. */
public record HostRoot(Path root) {

    public static HostRoot system() {
        return new HostRoot(Path.of("/"));
    }

    /** A path under the root; {@code absolute} is written as on the host, e.g. {@code /proc/meminfo}. */
    public Path resolve(String absolute) {
        return root.resolve(absolute.startsWith("/") ? absolute.substring(1) : absolute);
    }

    /** The file's text, trimmed, or empty when it cannot be read. */
    public Optional<String> read(String absolute) {
        try {
            return Optional.of(Files.readString(resolve(absolute), StandardCharsets.UTF_8).strip());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The file's text as it is, or empty when it cannot be read. */
    public Optional<String> readRaw(String absolute) {
        try {
            return Optional.of(Files.readString(resolve(absolute), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Names in a directory, sorted; empty when it cannot be listed. */
    public List<String> list(String absolute) {
        try (Stream<Path> s = Files.list(resolve(absolute))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** The last element of a symbolic link's target (a driver's name), if the link exists. */
    public Optional<String> linkName(String absolute) {
        try {
            Path target = Files.readSymbolicLink(resolve(absolute));
            return Optional.of(target.getFileName().toString());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
