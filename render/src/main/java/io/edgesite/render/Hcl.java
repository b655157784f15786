package io.edgesite.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Terraform's configuration language, as much as a generated main.tf needs, written as {@code terraform fmt}
 * writes it: two-space indents, the '=' of consecutive attributes aligned, one blank line between blocks.
 */
final class Hcl {
    private final List<Object> body = new ArrayList<>();
    private final String header;

    private record Attribute(String key, String value) {
    }

    private record Comment(String text) {
    }

    private static final Object BLANK = new Object();

    private Hcl(String header) {
        this.header = header;
    }

    /** The file itself: blocks at the top level. */
    static Hcl file() {
        return new Hcl(null);
    }

    /** A block of the body, such as {@code resource "type" "name"}; returned to be filled. */
    Hcl block(String type, String... labels) {
        StringBuilder h = new StringBuilder(type);
        for (String l : labels) {
            h.append(' ').append(string(l));
        }
        Hcl b = new Hcl(h.toString());
        separate();
        body.add(b);
        return b;
    }

    Hcl attribute(String key, String expression) {
        if (!body.isEmpty() && body.get(body.size() - 1) instanceof Hcl) {
            body.add(BLANK);
        }
        body.add(new Attribute(key, expression));
        return this;
    }

    Hcl string(String key, String value) {
        return attribute(key, string(value));
    }

    Hcl strings(String key, List<String> values) {
        return attribute(key, "[" + String.join(", ", values.stream().map(Hcl::string).toList()) + "]");
    }

    /** An object of string values, one per line: {@code key = { a = "x" }}. */
    Hcl object(String key, java.util.Map<String, String> values) {
        int width = values.keySet().stream().mapToInt(String::length).max().orElse(0);
        StringBuilder b = new StringBuilder("{\n");
        values.forEach((k, v) -> b.append("\u0000").append(pad(k, width)).append(" = ").append(string(v)).append('\n'));
        return attribute(key, b.append("\u0001}").toString());
    }

    Hcl bool(String key, boolean value) {
        return attribute(key, Boolean.toString(value));
    }

    /** A comment line above what comes next, set apart from the attributes before it. */
    Hcl comment(String text) {
        separate();
        body.add(new Comment(text));
        return this;
    }

    private void separate() {
        if (!body.isEmpty() && body.get(body.size() - 1) != BLANK && !(body.get(body.size() - 1) instanceof Comment)) {
            body.add(BLANK);
        }
    }

    String text() {
        StringBuilder out = new StringBuilder();
        write(out, "");
        return out.toString();
    }

    private void write(StringBuilder out, String indent) {
        String inner = header == null ? "" : indent + "  ";
        if (header != null) {
            out.append(indent).append(header).append(" {\n");
        }
        for (int i = 0; i < body.size(); i++) {
            Object o = body.get(i);
            if (o == BLANK) {
                out.append('\n');
            } else if (o instanceof Comment c) {
                out.append(inner).append("# ").append(c.text()).append('\n');
            } else if (o instanceof Hcl b) {
                b.write(out, inner);
            } else if (o instanceof Attribute a) {
                // an object's lines are indented one step further than its key, its closing brace as the key
                String value = a.value().replace("\u0000", inner + "  ").replace("\u0001", inner);
                out.append(inner).append(pad(a.key(), runWidth(i))).append(" = ").append(value).append('\n');
            }
        }
        if (header != null) {
            out.append(indent).append("}\n");
        }
    }

    /** The widest key of the run of attributes that holds item {@code at}: terraform fmt aligns their '='. */
    private int runWidth(int at) {
        int start = at;
        while (start > 0 && body.get(start - 1) instanceof Attribute) {
            start--;
        }
        int width = 0;
        for (int i = start; i < body.size() && body.get(i) instanceof Attribute a; i++) {
            width = Math.max(width, a.key().length());
        }
        return width;
    }

    private static String pad(String key, int width) {
        return key + " ".repeat(width - key.length());
    }

    /**
     * A quoted string: quotes, backslashes and control characters escaped, and the template openers
     * {@code ${} and {@code %{} doubled so that nothing in a value is ever evaluated.
     */
    static String string(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean template = (c == '$' || c == '%') && i + 1 < s.length() && s.charAt(i + 1) == '{';
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (template) {
                        b.append(c).append(c);
                    } else if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
