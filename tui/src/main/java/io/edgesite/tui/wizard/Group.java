package io.edgesite.tui.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Entries of one kind that the operator adds and removes (NICs, bonds, VLANs, bridges). The form keeps
 * them as {@code key[i].sub} with their number at {@code key.count}, the model's own paths, so the
 * findings about {@code network.bonds[1].members} land next to that entry's field.
 *
 * @param entry the fields of one entry, from its index and its number counted from 1
 * @param fresh the values of a newly added entry, by sub-key
 */
public record Group(String key, String noun, BiFunction<Integer, Integer, List<Field>> entry, Map<String, String> fresh)
        implements Item {
    /** More entries than any edge host has NICs; bounds what a damaged draft can ask for. */
    static final int MAX = 64;

    public Group {
        fresh = Map.copyOf(fresh);
    }

    /** The entries of a list of the site's values. */
    public Group(io.edgesite.properties.SiteList list, BiFunction<Integer, Integer, List<Field>> entry, Map<String, String> fresh) {
        this(list.path(), list.noun(), entry, fresh);
    }

    public String countKey() {
        return key + ".count";
    }

    public String prefix(int index) {
        return key + "[" + index + "]";
    }

    public int size(Form form) {
        return size(form, key);
    }

    /** How many entries the list at {@code key} holds in the form, within 0 and {@link #MAX}. */
    public static int size(Form form, String key) {
        try {
            return Math.max(0, Math.min(MAX, Integer.parseInt(form.get(key + ".count").strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public List<Field> fields(Form form) {
        List<Field> out = new ArrayList<>();
        int size = size(form);
        for (int i = 0; i < size; i++) {
            int index = i;
            out.addAll(entry.apply(i, i + 1));
            out.add(Field.action(prefix(i) + ".remove", "Remove " + noun + " " + (i + 1), f -> remove(f, index)));
        }
        if (size < MAX) {
            out.add(Field.action(key + ".add", "Add " + noun, this::add));
        }
        return out;
    }

    /** Adds an entry with the fresh values; returns the key of its first field, to focus it. */
    public String add(Form form) {
        int i = size(form);
        fresh.forEach((sub, value) -> form.set(prefix(i) + "." + sub, value));
        form.set(countKey(), Integer.toString(i + 1));
        return entry.apply(i, i + 1).get(0).key();
    }

    /** Removes one entry, moving the later ones up; returns the key to focus (the add button). */
    public String remove(Form form, int index) {
        form.removeEntry(key, index, size(form));
        form.set(countKey(), Integer.toString(Math.max(0, size(form) - 1)));
        return key + ".add";
    }
}
