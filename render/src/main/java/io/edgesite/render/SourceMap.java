package io.edgesite.render;

import io.edgesite.validators.Finding;
import io.edgesite.validators.TreePath;
import java.util.HashMap;
import java.util.Map;

/** Where each key and value of a YAML tree stands in its text, by {@link TreePath} path. */
public final class SourceMap {
    private static final SourceMap NONE = new SourceMap();
    /**
     * Each path's places, key then value, each line and column in one number (line in the high half; 0 when
     * not recorded): one entry per path, as a large inventory holds hundreds of thousands.
     */
    private final Map<String, long[]> places;

    SourceMap() {
        this(16);
    }

    /** @param expected about how many paths the text holds */
    SourceMap(int expected) {
        places = new HashMap<>(Math.max(16, expected * 4 / 3));
    }

    /** A map of no text: it places nothing (a merge's base when there is none). */
    public static SourceMap none() {
        return NONE;
    }

    void value(String path, int line, int column) {
        long[] p = places.computeIfAbsent(path, k -> new long[2]);
        if (p[1] == 0) {
            p[1] = place(line, column);
        }
    }

    void key(String path, int line, int column) {
        long[] p = places.computeIfAbsent(path, k -> new long[2]);
        if (p[0] == 0) {
            p[0] = place(line, column);
        }
    }

    private static long place(int line, int column) {
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
        long at = find(f.path(), onKey);
        // A finding about nothing the text holds is about the document: its first line.
        return at == 0 ? f.at(1, 1) : f.at((int) (at >>> 32), (int) at);
    }

    /** Whether the text holds this very path, as a key or a value. */
    public boolean holds(String path) {
        return places.containsKey(path);
    }

    /** Whether the text holds this path or one of its parents (the document itself aside). */
    public boolean knows(String path) {
        for (String p = path; !p.isEmpty(); p = TreePath.parent(p)) {
            if (places.containsKey(p)) {
                return true;
            }
        }
        return false;
    }

    private long find(String path, boolean preferKey) {
        long[] exact = places.get(path);
        if (exact != null) {
            return preferKey ? (exact[0] != 0 ? exact[0] : exact[1]) : (exact[1] != 0 ? exact[1] : exact[0]);
        }
        // Something the text does not hold, inside an entry: the entry's key names what it is about.
        for (String p = TreePath.parent(path); !p.isEmpty(); p = TreePath.parent(p)) {
            long[] at = places.get(p);
            if (at != null) {
                return at[0] != 0 ? at[0] : at[1];
            }
        }
        return 0;
    }
}
