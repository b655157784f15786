package io.edgesite.tui.wizard;

import io.edgesite.validators.Finding;
import java.util.ArrayList;
import java.util.List;

/** The CA certificates a form gives: pasted PEM text, and the PEM files it names. */
final class CaCertificates {
    private static final String PEM_END = "-----END CERTIFICATE-----";

    private CaCertificates() {
    }

    /**
     * The certificates: unchanged when the pasted text is what the site already had (an imported file keeps
     * its bytes), else the text cut after each END line; then those of each file named.
     */
    static List<String> of(String pasted, List<String> before, String fileNames, TextFiles files, List<Finding> problems) {
        List<String> out = new ArrayList<>();
        if (pasted.equals(String.join("", before))) {
            out.addAll(before);
        } else {
            out.addAll(pemBlocks(pasted));
        }
        for (String path : FormText.list(fileNames)) {
            try {
                List<String> blocks = pemBlocks(files.read(path));
                if (blocks.stream().noneMatch(b -> b.contains(PEM_END))) {
                    problems.add(Finding.error("form.ca-file", FormBinding.CA_CERT_FILES, path + " holds no PEM certificate"));
                }
                out.addAll(blocks);
            } catch (java.io.IOException | RuntimeException e) {
                problems.add(Finding.error("form.ca-file", FormBinding.CA_CERT_FILES, "cannot read " + path
                        + (e instanceof java.nio.file.NoSuchFileException ? ": no such file" : "")));
            }
        }
        return out;
    }

    /** Text cut after each END CERTIFICATE line; blank pieces dropped, each piece ending with a newline. */
    static List<String> pemBlocks(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").split("\n")) {
            if (line.isBlank() && block.length() == 0) {
                continue;
            }
            block.append(line.strip()).append('\n');
            if (line.strip().equals(PEM_END)) {
                out.add(block.toString());
                block.setLength(0);
            }
        }
        if (!block.toString().isBlank()) {
            out.add(block.toString());
        }
        return out;
    }
}
