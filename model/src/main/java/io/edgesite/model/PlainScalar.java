package io.edgesite.model;

/**
 * An unquoted number or boolean kept exactly as written ({@code 0644} stays {@code 0644}, {@code yes}
 * stays {@code yes}), so a file read and written again means the same to YAML 1.1 and 1.2 readers alike.
 */
public record PlainScalar(String text) {
    @Override
    public String toString() {
        return text;
    }
}
