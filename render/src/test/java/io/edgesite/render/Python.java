package io.edgesite.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Debian's python3-yaml, the YAML 1.1 reader cloud-init uses, as an independent judge of our output. */
final class Python {
    private static final String PROGRAM = "import sys, json, yaml\n"
            + "print(json.dumps(yaml.safe_load(sys.stdin.read()), ensure_ascii=True, default=str))\n";

    private Python() {
    }

    static String yamlToJson(String yaml) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("/usr/bin/python3", "-c", PROGRAM).start();
        p.getOutputStream().write(yaml.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("python3 yaml.safe_load failed: " + err + "\n--- input ---\n" + yaml);
        }
        return out;
    }
}
