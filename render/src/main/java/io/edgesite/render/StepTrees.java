package io.edgesite.render;

import io.edgesite.model.PlainScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Stage steps and the files they write, as YAML trees: the one shape every generated step takes. */
final class StepTrees {
    /** Mode 0644, owned by root: the values a file read back from YAML compares equal to. */
    private static final PlainScalar MODE = new PlainScalar("0644");
    private static final PlainScalar ROOT = new PlainScalar("0");

    private StepTrees() {
    }

    static Map<String, Object> step(String name, String condition, List<String> commands, List<Map<String, Object>> files) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        if (condition != null && !condition.isEmpty()) {
            s.put("if", condition);
        }
        if (files != null && !files.isEmpty()) {
            s.put("files", new ArrayList<Object>(files));
        }
        if (commands != null && !commands.isEmpty()) {
            s.put("commands", new ArrayList<Object>(commands));
        }
        return s;
    }

    static Map<String, Object> file(String path, String content) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("path", path);
        f.put("permissions", MODE);
        f.put("owner", ROOT);
        f.put("group", ROOT);
        f.put("content", content);
        return f;
    }
}
