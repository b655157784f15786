package io.edgesite.render;

import io.edgesite.model.PlainScalar;
import io.edgesite.validators.Finding;
import java.util.List;
import java.util.Map;

/** The yip stage rules the installer is strict about: commands are a list, file permissions a number. */
final class StageChecks {
    private StageChecks() {
    }

    static void check(Map<String, Object> doc, List<Finding> problems) {
        if (!(doc.get("stages") instanceof Map<?, ?> stages)) {
            if (doc.containsKey("stages")) {
                problems.add(Finding.error("userdata.type", "stages", "expected a mapping of stage names to steps"));
            }
            return;
        }
        for (Map.Entry<?, ?> stage : stages.entrySet()) {
            String path = "stages." + stage.getKey();
            if (!(stage.getValue() instanceof List<?> steps)) {
                problems.add(Finding.error("userdata.type", path, "a stage is a list of steps"));
                continue;
            }
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i) instanceof Map<?, ?> step) {
                    checkStep(step, path + "[" + i + "]", problems);
                }
            }
        }
    }

    private static void checkStep(Map<?, ?> step, String path, List<Finding> problems) {
        if (step.containsKey("commands") && !(step.get("commands") instanceof List)) {
            problems.add(Finding.error("userdata.stage.commands", path + ".commands",
                    "commands must be a list, one command per entry"));
        }
        if (step.get("files") instanceof List<?> files) {
            for (int f = 0; f < files.size(); f++) {
                if (files.get(f) instanceof Map<?, ?> file && file.containsKey("permissions")
                        && !(file.get("permissions") instanceof PlainScalar)) {
                    problems.add(Finding.error("userdata.stage.permissions", path + ".files[" + f + "].permissions",
                            "permissions must be an unquoted number such as 0644 (or 420), not a string"));
                }
            }
        }
    }
}
