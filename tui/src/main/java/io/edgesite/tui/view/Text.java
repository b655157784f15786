package io.edgesite.tui.view;

import java.util.ArrayList;
import java.util.List;

/** Fitting text into terminal columns without cutting words. */
final class Text {
    private Text() {
    }

    /**
     * Words wrapped into lines of at most {@code width} columns. A line keeps its indentation, and its
     * continuation lines are indented two more (prose is not); only a word longer than a whole line is split.
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            String stripped = paragraph.stripLeading();
            String indent = paragraph.substring(0, paragraph.length() - stripped.length());
            if (indent.length() > width / 2) {
                indent = indent.substring(0, width / 2);
            }
            String prefix = indent;
            // Indented lines (YAML) hang their continuation two columns deeper; prose does not.
            String hang = indent.isEmpty() ? "" : indent + "  ";
            StringBuilder line = new StringBuilder(prefix);
            boolean empty = true;
            for (String word : stripped.split(" ", -1)) {
                while (prefix.length() + word.length() > width) {
                    if (!empty) {
                        lines.add(line.toString());
                        prefix = hang;
                        line = new StringBuilder(prefix);
                        empty = true;
                    }
                    int room = width - prefix.length();
                    lines.add(prefix + word.substring(0, room));
                    word = word.substring(room);
                    prefix = hang;
                    line = new StringBuilder(prefix);
                }
                if (!empty && line.length() + 1 + word.length() > width) {
                    lines.add(line.toString());
                    prefix = hang;
                    line = new StringBuilder(prefix);
                    empty = true;
                }
                if (!empty) {
                    line.append(' ');
                }
                line.append(word);
                empty = false;
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * As {@link #wrap}, each line that goes on in the next one ending with " \\" (as a shell's continued line),
     * so that a wrapped line of YAML is not read as two.
     */
    static List<String> wrapMarked(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            List<String> pieces = wrap(line, width - 2);
            for (int i = 0; i < pieces.size(); i++) {
                out.add(i < pieces.size() - 1 ? pieces.get(i) + " \\" : pieces.get(i));
            }
        }
        return out;
    }

    /** One line of at most {@code width} columns, ending at a word boundary with "..." when cut. */
    static String fit(String text, int width) {
        if (text.length() <= width) {
            return text;
        }
        int cut = text.lastIndexOf(' ', width - 3);
        return (cut > 0 ? text.substring(0, cut) : text.substring(0, width - 3)) + "...";
    }

    /** The text followed by spaces up to {@code width} columns (String.format would load the locale machinery at start). */
    static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
