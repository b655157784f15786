package io.edgesite.validators.networkd;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A systemd unit-style file ({@code .network}, {@code .netdev}) as sections of key=value entries, in order.
 * Comments ({@code #}, {@code ;}) and blank lines are skipped; a key may repeat.
 */
public record UnitFile(String name, List<Section> sections) {

    /** One [Section] with its entries. */
    public record Section(String name, List<Entry> entries) {
        public List<String> values(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).map(Entry::value).toList();
        }
    }

    /** One key=value line. */
    public record Entry(String key, String value) {
    }

    public static UnitFile parse(String name, String text) {
        List<Section> sections = new ArrayList<>();
        String current = null;
        List<Entry> entries = null;
        for (String raw : text.split("\\R", -1)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                if (current != null) {
                    sections.add(new Section(current, List.copyOf(entries)));
                }
                current = line.substring(1, line.length() - 1).strip();
                entries = new ArrayList<>();
                continue;
            }
            int eq = line.indexOf('=');
            if (current != null && eq > 0) {
                entries.add(new Entry(line.substring(0, eq).strip(), line.substring(eq + 1).strip()));
            }
        }
        if (current != null) {
            sections.add(new Section(current, List.copyOf(entries)));
        }
        return new UnitFile(name, List.copyOf(sections));
    }

    /** Every value of {@code key} in every section called {@code section}. */
    public List<String> values(String section, String key) {
        List<String> out = new ArrayList<>();
        for (Section s : sections) {
            if (s.name().equals(section)) {
                out.addAll(s.values(key));
            }
        }
        return out;
    }

    /** The last value of {@code key} in {@code section}, as systemd reads a single-valued setting. */
    public Optional<String> value(String section, String key) {
        List<String> all = values(section, key);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}
