package io.edgesite.validators.userdata;

import io.edgesite.validators.Finding;
import io.edgesite.validators.TreePath;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a user-data file can get wrong beyond the shape of its values: a step's file without a mode, a
 * placeholder left in a command, a persistent partition without its file system.
 */
final class DocumentRules {
    /** {@code <interface-name>} and the like: in a shell command these are redirections, and the command fails. */
    private static final Pattern PLACEHOLDER = Pattern.compile("<[A-Za-z][A-Za-z0-9_-]*>");

    private DocumentRules() {
    }

    static void check(Map<String, Object> document, List<Finding> out) {
        if (document.get("install") instanceof Map<?, ?> install && install.get("partitions") instanceof Map<?, ?> parts
                && parts.get("persistent") instanceof Map<?, ?> persistent && persistent.get("fs") == null) {
            out.add(Finding.warning("userdata.partition.no-fs", "install.partitions.persistent",
                    "the installer reference asks for fs with the persistent partition (\"You must provide a value"
                            + " for this parameter\"); add fs: ext4"));
        }
        if (!(document.get("stages") instanceof Map<?, ?> stages)) {
            return;
        }
        for (Map.Entry<?, ?> stage : stages.entrySet()) {
            if (!(stage.getValue() instanceof List<?> steps)) {
                continue;
            }
            String stagePath = TreePath.child("stages", String.valueOf(stage.getKey()));
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i) instanceof Map<?, ?> step) {
                    step(step, TreePath.item(stagePath, i), out);
                }
            }
        }
    }

    private static void step(Map<?, ?> step, String path, List<Finding> out) {
        if (step.get("files") instanceof List<?> files) {
            for (int f = 0; f < files.size(); f++) {
                if (files.get(f) instanceof Map<?, ?> file && file.containsKey("path") && !file.containsKey("permissions")) {
                    out.add(Finding.warning("userdata.stage.no-permissions", TreePath.item(path + ".files", f),
                            "this file has no permissions, so it is written with mode 000 (unreadable); add"
                                    + " permissions: 0644"));
                }
            }
        }
        if (step.get("commands") instanceof List<?> commands) {
            for (int c = 0; c < commands.size(); c++) {
                if (commands.get(c) instanceof String command && PLACEHOLDER.matcher(command).find()) {
                    out.add(Finding.error("userdata.stage.placeholder", TreePath.item(path + ".commands", c),
                            "the command still holds the placeholder " + firstPlaceholder(command)
                                    + "; replace it (the shell reads < and > as redirections and the command fails)"));
                }
            }
        }
    }

    private static String firstPlaceholder(String command) {
        var m = PLACEHOLDER.matcher(command);
        return m.find() ? m.group() : "";
    }
}
