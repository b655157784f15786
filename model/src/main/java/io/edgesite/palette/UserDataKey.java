package io.edgesite.palette;

import java.util.List;

/**
 * One key of Palette's user-data. {@code path} is a pattern: {@code *} stands for a name the user
 * chooses (a NIC, a user, a stage) and {@code []} for any item of a list, as in
 * {@code stylus.site.network.interfaces.*.ipAddress} or {@code stages.*[].files[].permissions}.
 *
 * @param defaultValue the default the docs state, or "" when none is stated
 * @param allowed the only values accepted, or empty for any value of the shape
 * @param secret whether the value must never be shown (tokens, passwords)
 * @param replacement for a deprecated or legacy key, the key to use instead (or "")
 * @param source the page and section of Palette's docs (or the Kairos/yip source) the key comes from
 */
public record UserDataKey(String path, Shape shape, KeyStatus status, String defaultValue, List<String> allowed,
        boolean secret, String replacement, String description, String source) {

    public UserDataKey {
        allowed = List.copyOf(allowed);
    }

    /** The last key of the path: the word written in the file. */
    public String name() {
        String p = path.endsWith("[]") ? path.substring(0, path.length() - 2) : path;
        return p.substring(p.lastIndexOf('.') + 1);
    }

    /** The pattern of the mapping or list the key sits in, "" at the top of the document. */
    public String parent() {
        String p = path.endsWith("[]") ? path.substring(0, path.length() - 2) : path;
        int dot = p.lastIndexOf('.');
        return dot < 0 ? "" : p.substring(0, dot);
    }
}
