package io.edgesite.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A YAML document that cannot be read, with the line where reading stopped. */
public final class YamlSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    private static final Pattern LINE = Pattern.compile("line (\\d+)");
    private final int line;

    public YamlSyntaxException(String message, int line) {
        super(message);
        this.line = line;
    }

    /** Line number, 1-based, or 0 when unknown. */
    public int line() {
        return line;
    }

    static YamlSyntaxException from(Exception e) {
        String raw = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // The parser's own message can quote the offending value; keep only its first sentence and line.
        String first = raw.lines().findFirst().orElse(raw).trim();
        int line = 0;
        Matcher m = LINE.matcher(raw);
        if (m.find()) {
            line = Integer.parseInt(m.group(1));
        }
        if (raw.contains("alias") || raw.contains("anchor")) {
            // The parser would quote the value, which may be a token: say what to do instead.
            return new YamlSyntaxException("not valid YAML: a value starting with '*' or '&' is read as an"
                    + " alias or anchor; put it in quotes", line);
        }
        return new YamlSyntaxException("not valid YAML: " + first.replaceAll("\\s+", " "), line);
    }

    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ": " : "") + getMessage();
    }
}
