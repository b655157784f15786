package io.edgesite.validators.userdata;

import io.edgesite.validators.Finding;
import io.edgesite.validators.TreePath;
import io.edgesite.validators.networkd.NetworkdMatch;
import io.edgesite.validators.networkd.UnitFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The .network files a user-data file's steps write, judged as systemd-networkd applies them: only the first
 * file (by name) that matches an interface counts, so a file written for one interface is lost when another
 * file that also matches it sorts first.
 */
final class NetworkdShadowing {
    private static final List<String> DIRS = List.of("/etc/systemd/network/", "/run/systemd/network/",
            "/usr/lib/systemd/network/", "/lib/systemd/network/", "/usr/local/lib/systemd/network/");

    private NetworkdShadowing() {
    }

    static void check(Map<String, Object> document, List<Finding> out) {
        Map<UnitFile, String> written = new LinkedHashMap<>();
        if (document.get("stages") instanceof Map<?, ?> stages) {
            for (Map.Entry<?, ?> stage : stages.entrySet()) {
                if (!(stage.getValue() instanceof List<?> steps)) {
                    continue;
                }
                String stagePath = TreePath.child("stages", String.valueOf(stage.getKey()));
                for (int i = 0; i < steps.size(); i++) {
                    if (steps.get(i) instanceof Map<?, ?> step && step.get("files") instanceof List<?> files) {
                        for (int f = 0; f < files.size(); f++) {
                            if (files.get(f) instanceof Map<?, ?> file && file.get("path") instanceof String path
                                    && path.endsWith(".network") && DIRS.stream().anyMatch(path::startsWith)
                                    && file.get("content") instanceof String content) {
                                written.put(UnitFile.parse(path, content), TreePath.item(TreePath.item(stagePath, i) + ".files", f));
                            }
                        }
                    }
                }
            }
        }
        if (written.size() < 2) {
            return;
        }
        List<UnitFile> files = new ArrayList<>(written.keySet());
        Set<String> names = new LinkedHashSet<>();
        files.forEach(u -> u.values("Match", "Name").forEach(v -> {
            if (v.matches("[^*?\\[!\\s]+")) {
                names.add(v);
            }
        }));
        for (String name : names) {
            Optional<UnitFile> applied = NetworkdMatch.applied(files, new NetworkdMatch.Link(name));
            for (UnitFile own : files) {
                if (own.values("Match", "Name").contains(name) && applied.isPresent() && applied.get() != own) {
                    out.add(Finding.warning("userdata.networkd.shadowed", written.get(own), "systemd-networkd applies "
                            + fileName(applied.get()) + " to " + name + " first, so this file ("
                            + fileName(own) + ") is never used for it; give this file a name that sorts first"));
                }
            }
        }
    }

    private static String fileName(UnitFile u) {
        return u.name().substring(u.name().lastIndexOf('/') + 1);
    }
}
