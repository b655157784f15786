package io.edgesite.render;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.util.regex.Pattern;

/**
 * Quotes every string a YAML 1.1 reader (cloud-init's PyYAML, go-yaml v2) would take for something
 * else: booleans like {@code yes}/{@code on}, octal/hex/sexagesimal numbers, dates, {@code =} and
 * {@code <<}, on top of what Jackson's YAML 1.2 checker already quotes.
 */
final class Yaml11Quoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;

    // The implicit resolvers of the YAML 1.1 type repository (bool, int, float, null, timestamp, merge, value).
    private static final Pattern BOOL = Pattern.compile(
            "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
    private static final Pattern INT = Pattern.compile(
            "[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+");
    private static final Pattern FLOAT = Pattern.compile(
            "[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+"
                    + "|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
                    + "([Tt]|[ \\t]+)?([0-9][0-9]?:[0-9][0-9]:[0-9][0-9](\\.[0-9]*)?)?"
                    + "(([ \\t]*)(Z|[-+][0-9][0-9]?(:[0-9][0-9])?))?");
    private static final Pattern SPECIAL = Pattern.compile("<<|=");

    /** Set while a {@link io.edgesite.model.PlainScalar} is written: its text goes out unquoted, as read. */
    private static final ThreadLocal<Boolean> PLAIN = ThreadLocal.withInitial(() -> Boolean.FALSE);

    static void writePlain(Runnable write) {
        PLAIN.set(Boolean.TRUE);
        try {
            write.run();
        } finally {
            PLAIN.set(Boolean.FALSE);
        }
    }

    @Override
    public boolean needToQuoteName(String name) {
        return super.needToQuoteName(name) || isYaml11Special(name);
    }

    @Override
    public boolean needToQuoteValue(String value) {
        if (PLAIN.get()) {
            return false;
        }
        return super.needToQuoteValue(value) || isYaml11Special(value) || hasEdgeWhitespaceOrOddChar(value);
    }

    static boolean isYaml11Special(String s) {
        if (s.isEmpty()) {
            return true; // null
        }
        // Each resolver's first character, so that most strings (names, addresses, paths) are not run through
        // the patterns at all.
        char c = s.charAt(0);
        if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.') {
            return INT.matcher(s).matches() || FLOAT.matcher(s).matches() || TIMESTAMP.matcher(s).matches();
        }
        if ("yYnNtTfFoO~".indexOf(c) >= 0) {
            return s.length() <= 5 && (BOOL.matcher(s).matches() || NULL.matcher(s).matches());
        }
        return (c == '<' || c == '=') && SPECIAL.matcher(s).matches();
    }

    private static boolean hasEdgeWhitespaceOrOddChar(String s) {
        if (s.isEmpty()) {
            return true;
        }
        if (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))) {
            return true;
        }
        // Non-breaking spaces, BOMs and other invisible characters are kept exact only inside quotes.
        return s.codePoints().anyMatch(cp -> cp == 0xA0 || cp == 0xFEFF || cp == 0x85 || cp == 0x2028
                || cp == 0x2029 || (cp < 0x20 && cp != '\n') || cp == 0x7f);
    }
}
