package io.edgesite.validators;

/**
 * The one spelling of a place in a YAML tree, shared by answers files, user-data, findings and the
 * wizard's fields: {@code stylus.site.network.interfaces.eth0.ipAddress}, {@code host.users[0].name}.
 * A key that would make the path ambiguous (a dot, a bracket, a space) is written quoted:
 * {@code registryMappingRules["us-docker.pkg.dev/images"]}.
 */
public final class TreePath {

    private TreePath() {
    }

    /** The path of {@code key} inside the mapping at {@code parent} (the document itself when empty). */
    public static String child(String parent, String key) {
        String k = plain(key) ? key : "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
        return parent.isEmpty() || k.startsWith("[") ? parent + k : parent + "." + k;
    }

    /** A key written as it is: not empty, and no dot, bracket, quote or white space (as regex {@code \s} means). */
    private static boolean plain(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '.' || c == '[' || c == ']' || c == '"' || c == ' ' || (c >= '\t' && c <= '\r')) {
                return false;
            }
        }
        return true;
    }

    /** The path of item {@code index} of the list at {@code parent}. */
    public static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** The path one level up: {@code a.b[2]} gives {@code a.b}, {@code a.b} gives {@code a}, a top key gives "". */
    public static String parent(String path) {
        int end = path.length();
        if (path.endsWith("]")) {
            int open = openingBracket(path);
            return open < 0 ? "" : path.substring(0, open);
        }
        for (int i = end - 1; i >= 0; i--) {
            char c = path.charAt(i);
            if (c == '.') {
                return path.substring(0, i);
            }
            if (c == ']') {
                return path.substring(0, i + 1);
            }
        }
        return "";
    }

    /** The last key of a path (unquoted), or "" when the path ends with a list index. */
    public static String lastKey(String path) {
        if (path.endsWith("\"]")) {
            int open = openingBracket(path);
            return unquote(path.substring(open + 1, path.length() - 1));
        }
        if (path.endsWith("]")) {
            return "";
        }
        return path.substring(parent(path).isEmpty() ? 0 : parent(path).length() + 1);
    }

    /** True when {@code path} is {@code prefix} itself or lies inside it. */
    public static boolean within(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + ".") || path.startsWith(prefix + "[");
    }

    private static int openingBracket(String path) {
        if (path.endsWith("\"]")) {
            // A quoted key: find the opening ["  that is not escaped inside the key.
            for (int i = path.length() - 3; i >= 1; i--) {
                if (path.charAt(i) == '"' && path.charAt(i - 1) == '[' && !escaped(path, i)) {
                    return i - 1;
                }
            }
            return -1;
        }
        return path.lastIndexOf('[');
    }

    private static boolean escaped(String s, int at) {
        int backslashes = 0;
        for (int i = at - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static String unquote(String quoted) {
        String inner = quoted.substring(1, quoted.length() - 1);
        return inner.replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
