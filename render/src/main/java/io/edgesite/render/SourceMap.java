package io.edgesite.render;

import io.edgesite.validators.Finding;
import io.edgesite.validators.TreePath;
import java.util.HashMap;
import java.util.Map;

/** Where each key and value of a YAML tree stands in its text, by {@link TreePath} path. */
public final class SourceMap {
    private static final SourceMap NONE = new SourceMap();
    /** Line and column in one number (line in the high half): a large inventory holds hundreds of thousands. */
    private final Map<String, Long> values = new HashMap<>();
    private final Map<String, Long> keys = new HashMap<>();

    SourceMap() {
    }

    /** A map of no text: it places nothing (a merge's base when there is none). */
    public static SourceMap none() {
        return NONE;
    }

    void value(String path, int line, int column) {
        values.putIfAbsent(path, place(line, column));
    }

    void key(String path, int line, int column) {
        keys.putIfAbsent(path, place(line, column));
    }

    private static Long place(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    /**
     * The finding placed at its path: on the key when the finding is about the key itself (unknown or
     * misplaced), else on the value; a path the text does not hold takes the place of its nearest parent.
     */
    public Finding locate(Finding f) {
        return locate(f, f.rule().endsWith("unknown-key") || f.rule().endsWith("misplaced"));
    }

    /** As {@link #locate(Finding)}; {@code onKey} places it on the key (a finding about a name that is a key). */
    public Finding locate(Finding f, boolean onKey) {
        if (f.located()) {
            return f;
        }
        Long at = find(f.path(), onKey);
        // A finding about nothing the text holds is about the document: its first line.
        return at == null ? f.at(1, 1) : f.at((int) (at >>> 32), (int) (long) at);
    }

    /** Whether the text holds this very path, as a key or a value. */
    public boolean holds(String path) {
        return values.containsKey(path) || keys.containsKey(path);
    }

    /** Whether the text holds this path or one of its parents (the document itself aside). */
    public boolean knows(String path) {
        for (String p = path; !p.isEmpty(); p = TreePath.parent(p)) {
            if (values.containsKey(p) || keys.containsKey(p)) {
                return true;
            }
        }
        return false;
    }

    private Long find(String path, boolean preferKey) {
        Long exact = preferKey ? keys.getOrDefault(path, values.get(path)) : values.getOrDefault(path, keys.get(path));
        if (exact != null) {
            return exact;
        }
        // Something the text does not hold, inside an entry: the entry's key names what it is about.
        for (String p = TreePath.parent(path); !p.isEmpty(); p = TreePath.parent(p)) {
            Long at = keys.getOrDefault(p, values.get(p));
            if (at != null) {
                return at;
            }
        }
        return null;
    }
}
