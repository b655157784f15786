package io.edgesite.validators.userdata;

import io.edgesite.model.PlainScalar;
import io.edgesite.palette.KeyStatus;
import io.edgesite.palette.Shape;
import io.edgesite.palette.UserDataKey;
import io.edgesite.palette.UserDataSchema;
import io.edgesite.validators.Finding;
import io.edgesite.validators.Printable;
import io.edgesite.validators.TreePath;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a user-data tree against {@link UserDataSchema}: every value of the shape the installer's reader
 * needs, every key known and in its place. Findings carry the path in the file.
 */
public final class SchemaLint {
    private final List<Finding> out = new ArrayList<>();

    private SchemaLint() {
    }

    public static List<Finding> check(Map<String, Object> document) {
        SchemaLint lint = new SchemaLint();
        lint.mapping(document, "", "");
        DocumentRules.check(document, lint.out);
        NetworkdShadowing.check(document, lint.out);
        return lint.out;
    }

    /** The keys of a mapping whose keys the schema declares. */
    private void mapping(Map<?, ?> map, String path, String pattern) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            String childPath = TreePath.child(path, key);
            String childPattern = pattern.isEmpty() ? key : pattern + "." + key;
            Optional<UserDataKey> declared = UserDataSchema.find(childPattern);
            if (declared.isPresent()) {
                value(e.getValue(), childPath, declared.get());
            } else {
                unknown(key, childPath, pattern);
            }
        }
    }

    private void value(Object v, String path, UserDataKey key) {
        status(key, path);
        if (v == null) {
            if (key.secret()) {
                out.add(Finding.error("userdata.no-value", path, key.name() + " has no value; in YAML '#' starts a"
                        + " comment, so put a value that begins with # in quotes"));
            }
            return;
        }
        Shape shape = key.shape();
        switch (shape) {
            case TEXT -> text(v, path, key);
            case BOOLEAN -> {
                if (!GoYaml.isBoolean(v)) {
                    wrong(path, shape, v);
                }
            }
            case INTEGER, UNSIGNED -> {
                BigInteger n = GoYaml.integer(v);
                if (n == null || (shape == Shape.UNSIGNED && n.signum() < 0)) {
                    wrong(path, shape, v);
                }
            }
            case TEXT_LIST -> scalars(v, path, shape);
            case TEXT_MAP, TEXT_LIST_MAP, OPEN_MAP, OBJECT_MAP, STAGES -> named(v, path, key);
            case OBJECT -> {
                if (!(v instanceof Map<?, ?> m)) {
                    wrong(path, shape, v);
                } else if (!UserDataSchema.childrenOf(key.path()).isEmpty()) {
                    mapping(m, path, key.path());
                }
            }
            case OBJECT_LIST -> {
                if (!(v instanceof List<?> l)) {
                    wrong(path, shape, v);
                    return;
                }
                boolean declaredItems = !UserDataSchema.childrenOf(key.path() + "[]").isEmpty();
                for (int i = 0; i < l.size(); i++) {
                    if (!(l.get(i) instanceof Map<?, ?> item)) {
                        wrong(TreePath.item(path, i), Shape.OBJECT, l.get(i));
                    } else if (declaredItems) {
                        mapping(item, TreePath.item(path, i), key.path() + "[]");
                    }
                }
            }
            case ANY -> {
            }
        }
    }

    private void text(Object v, String path, UserDataKey key) {
        if (v instanceof Map || v instanceof List) {
            wrong(path, Shape.TEXT, v);
            return;
        }
        String text = v instanceof PlainScalar p ? p.text() : (String) v;
        if (!key.allowed().isEmpty() && !key.allowed().contains(text)) {
            out.add(Finding.error("userdata.value", path, "\"" + Printable.of(text) + "\" is not one of "
                    + String.join(", ", key.allowed())));
        } else if (v instanceof PlainScalar p && GoYaml.rewritten(p) != null) {
            out.add(Finding.warning("userdata.rewritten", path, "the installer reads " + Printable.of(text) + " as "
                    + GoYaml.rewritten(p) + ", not as the text written; put it in quotes"));
        }
    }

    /** A mapping of names the user chooses to values of one kind. */
    private void named(Object v, String path, UserDataKey key) {
        if (!(v instanceof Map<?, ?> m)) {
            wrong(path, key.shape(), v);
            return;
        }
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String name = String.valueOf(e.getKey());
            String childPath = TreePath.child(path, name);
            Object child = e.getValue();
            switch (key.shape()) {
                case TEXT_MAP -> {
                    if (child instanceof Map || child instanceof List) {
                        wrong(childPath, Shape.TEXT, child);
                    }
                }
                case TEXT_LIST_MAP -> scalars(child, childPath, Shape.TEXT_LIST);
                case OBJECT_MAP -> {
                    if (child != null && !(child instanceof Map)) {
                        wrong(childPath, Shape.OBJECT, child);
                    } else if (child != null && !UserDataSchema.childrenOf(key.path() + ".*").isEmpty()) {
                        mapping((Map<?, ?>) child, childPath, key.path() + ".*");
                    }
                }
                case STAGES -> stage(name, child, childPath);
                default -> {
                }
            }
        }
    }

    private void stage(String name, Object steps, String path) {
        if (!UserDataSchema.isStage(name)) {
            out.add(Finding.warning("userdata.stage.unknown", path, "\"" + Printable.of(name) + "\" is not a stage the"
                    + " installer runs, so its steps never run; stages are " + String.join(", ",
                            UserDataSchema.stages().subList(0, 6)) + ", ... each also with .before and .after"));
        }
        if (steps == null) {
            return;
        }
        if (!(steps instanceof List<?> l)) {
            out.add(Finding.error("userdata.type", path, "a stage is a list of steps (each starting with '-'); as it"
                    + " is, the installer drops every stage of the file"));
            return;
        }
        for (int i = 0; i < l.size(); i++) {
            if (l.get(i) instanceof Map<?, ?> step) {
                mapping(step, TreePath.item(path, i), "stages.*[]");
            } else {
                wrong(TreePath.item(path, i), Shape.OBJECT, l.get(i));
            }
        }
    }

    private void scalars(Object v, String path, Shape shape) {
        if (v == null) {
            return;
        }
        if (!(v instanceof List<?> l)) {
            wrong(path, shape, v);
            return;
        }
        for (int i = 0; i < l.size(); i++) {
            if (l.get(i) instanceof Map || l.get(i) instanceof List) {
                wrong(TreePath.item(path, i), Shape.TEXT, l.get(i));
            }
        }
    }

    private void status(UserDataKey key, String path) {
        String use = Suggestions.shown(key.replacement());
        if (key.status() == KeyStatus.DEPRECATED) {
            out.add(Finding.warning("userdata.deprecated", path, key.name() + " is deprecated"
                    + (key.replacement().isEmpty() ? "" : "; use " + use)));
        } else if (key.status() == KeyStatus.LEGACY) {
            out.add(Finding.note("userdata.legacy", path, key.name() + " is the older form of " + use
                    + "; it is still read"));
        }
    }

    private void unknown(String key, String path, String parentPattern) {
        List<String> homes = Suggestions.homes(key, parentPattern);
        String shown = Printable.of(key);
        // A common word such as "name" belongs in many places: naming them all would not help.
        if (!homes.isEmpty() && homes.size() <= 2) {
            out.add(Finding.warning("userdata.misplaced", path, shown + " belongs under " + String.join(" or ", homes)
                    + "; here the installer ignores it"));
            return;
        }
        Optional<String> near = Suggestions.nearest(key, parentPattern);
        String where = Suggestions.shown(parentPattern);
        out.add(Finding.warning("userdata.unknown-key", path, "unknown key " + shown
                + (parentPattern.isEmpty() ? "" : " in " + where)
                + near.map(n -> "; did you mean " + (parentPattern.isEmpty() ? n : where + "." + n) + "?")
                        .orElse("; the installer ignores it")));
    }

    private void wrong(String path, Shape expected, Object found) {
        out.add(Finding.error("userdata.type", path, "expected " + expected.words() + ", found " + describe(found)));
    }

    static String describe(Object v) {
        if (v == null) {
            return "nothing";
        }
        if (v instanceof Map) {
            return "a mapping";
        }
        if (v instanceof List) {
            return "a list";
        }
        if (v instanceof PlainScalar p) {
            return Printable.of(p.text());
        }
        return "the quoted text \"" + Printable.of((String) v) + "\"";
    }
}
