package io.edgesite.render;

import io.edgesite.validators.Finding;
import java.util.List;
import java.util.Map;

/**
 * A YAML document read as a tree, where its parts stand in the text, and what the reader found wrong
 * that did not stop it (an unknown tag, a second document the installer would not read).
 */
record YamlDocument(Map<String, Object> tree, SourceMap where, List<Finding> problems) {
    public YamlDocument {
        problems = List.copyOf(problems);
    }
}
