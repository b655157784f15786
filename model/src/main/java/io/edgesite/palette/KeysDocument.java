package io.edgesite.palette;

import java.util.List;

/** docs/user-data-keys.md, written from {@link UserDataSchema}: the table is the schema, never edited by hand. */
final class KeysDocument {
    private KeysDocument() {
    }

    public static String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("# Palette user-data keys\n\n")
                .append("Generated from edge-site's user-data schema (`model/src/main/java/io/edgesite/palette`);"
                        + " do not edit by hand.\n")
                .append("`lint` checks files against it. In a path, `*` stands for a name you choose (a NIC, a user,"
                        + " a stage) and `[]` for each item of a list.\n\n")
                .append("Status: **current** (in the reference), **legacy** (an older key still read: a note),"
                        + " **deprecated** (replaced or without effect: a warning), **kairos** (read by Kairos, which"
                        + " the installer is built on, though Palette's reference does not list it).\n\n");
        section(b, "The agent: `stylus`", UserDataSchema.keys().stream().filter(k -> k.path().startsWith("stylus")).toList());
        section(b, "Installation and top-level keys", UserDataSchema.keys().stream()
                .filter(k -> !k.path().startsWith("stylus") && !k.path().startsWith("stages.")).toList());
        section(b, "A step of a stage: `stages.<stage>[]`", UserDataSchema.keys().stream()
                .filter(k -> k.path().startsWith("stages.")).toList());
        b.append("## Stages\n\n").append(String.join(", ", UserDataSchema.stages().stream().map(s -> "`" + s + "`").toList()))
                .append("; each also runs as `<stage>.before` and `<stage>.after`.\n");
        return b.toString();
    }

    private static void section(StringBuilder b, String title, List<UserDataKey> keys) {
        b.append("## ").append(title).append("\n\n")
                .append("| key | value | default | status | secret | what it does | source |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (UserDataKey k : keys) {
            b.append("| `").append(k.path()).append("` | ").append(k.shape().words())
                    .append(k.allowed().isEmpty() ? "" : ": " + String.join(", ", k.allowed().stream().map(a -> "`" + a + "`").toList()))
                    .append(" | ").append(k.defaultValue().isEmpty() ? "" : "`" + k.defaultValue() + "`")
                    .append(" | ").append(status(k)).append(" | ").append(k.secret() ? "yes" : "")
                    .append(" | ").append(cell(k.description())).append(" | ").append(cell(k.source())).append(" |\n");
        }
        b.append('\n');
    }

    private static String status(UserDataKey k) {
        String word = k.status().name().toLowerCase(java.util.Locale.ROOT);
        return k.replacement().isEmpty() ? word : word + ": use `" + k.replacement() + "`";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
