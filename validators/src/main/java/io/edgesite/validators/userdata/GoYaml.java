package io.edgesite.validators.userdata;

import io.edgesite.model.PlainScalar;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the installer's YAML reader (Go's yaml.v3, used by Kairos and its stage runner) reads a scalar into
 * a typed field, and what text it writes back when Kairos re-serialises the merged configuration.
 */
final class GoYaml {
    /** The YAML 1.1 words yaml.v3 still accepts for a field typed as a boolean. */
    private static final Set<String> OLD_BOOLS = Set.of("y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
            "on", "On", "ON", "off", "Off", "OFF");
    private static final Set<String> BOOLS = Set.of("true", "True", "TRUE", "false", "False", "FALSE");
    private static final Pattern INT = Pattern.compile("[-+]?(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|[0-9][0-9_]*)");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?");

    private GoYaml() {
    }

    static boolean isBoolean(Object value) {
        if (value instanceof PlainScalar p) {
            return BOOLS.contains(p.text()) || OLD_BOOLS.contains(p.text());
        }
        // A quoted "yes" still reaches a boolean field as true; a quoted "true" is text and refused.
        return value instanceof String s && OLD_BOOLS.contains(s);
    }

    static BigInteger integer(Object value) {
        if (!(value instanceof PlainScalar p)) {
            return null;
        }
        String t = p.text().replace("_", "");
        if (INT.matcher(t).matches()) {
            boolean negative = t.startsWith("-");
            String digits = t.replaceFirst("^[-+]", "");
            int radix = 10;
            if (digits.length() > 1 && digits.charAt(0) == '0') {
                char c = Character.toLowerCase(digits.charAt(1));
                radix = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 8;
                digits = c == 'x' || c == 'o' || c == 'b' ? digits.substring(2) : digits.substring(1);
            }
            try {
                BigInteger v = new BigInteger(digits.isEmpty() ? "0" : digits, radix);
                return negative ? v.negate() : v;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (FLOAT.matcher(t).matches()) {
            try {
                BigDecimal d = new BigDecimal(t);
                return d.stripTrailingZeros().scale() <= 0 ? d.toBigIntegerExact() : null;
            } catch (NumberFormatException | ArithmeticException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * The text a plain scalar comes back as once Kairos has read it into a generic map and written it out
     * again: 0123 becomes 83, 1e3 becomes 1000, True becomes true. Null when it comes back as written.
     */
    static String rewritten(PlainScalar p) {
        String t = p.text();
        if (BOOLS.contains(t)) {
            String canonical = t.toLowerCase(java.util.Locale.ROOT);
            return canonical.equals(t) ? null : canonical;
        }
        if (INT.matcher(t).matches()) {
            BigInteger v = integer(p);
            return v == null || v.toString().equals(t.replaceFirst("^\\+", "")) && !t.startsWith("+") ? null
                    : v.toString();
        }
        if (FLOAT.matcher(t).matches()) {
            try {
                String go = goFloat(Double.parseDouble(t.replace("_", "")));
                return go.equals(t) ? null : go;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (TIMESTAMP.matcher(t).matches()) {
            return "a timestamp";
        }
        return null;
    }

    /** Go's strconv.FormatFloat(f, 'g', -1, 64), for the values a config file holds. */
    private static String goFloat(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e21) {
            return BigDecimal.valueOf(d).toBigInteger().toString();
        }
        String s = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        return s.contains("E") ? Double.toString(d) : s;
    }
}
