package io.edgesite.tui.wizard;

import io.edgesite.validators.Finding;
import java.util.ArrayList;
import java.util.List;

/** The CA certificates a form gives: pasted PEM text, and the PEM files it names. */
final class CaCertificates {

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
                String text = files.read(path);
                if (io.edgesite.validators.PrivateKeys.holdsOne(text)) {
                    // none of the file is taken: a key must not travel in user-data, nor be shown
                    problems.add(Finding.error("form.ca-file", FormBinding.CA_CERT_FILES, path
                            + " holds a private key; give a file with the CA certificate alone"));
                    continue;
                }
                List<String> blocks = pemBlocks(text);
                if (blocks.stream().noneMatch(b -> b.contains(io.edgesite.render.PropertyText.PEM_END))) {
                    problems.add(Finding.error("form.ca-file", FormBinding.CA_CERT_FILES, path + " holds no PEM certificate"));
                }
                out.addAll(blocks);
            } catch (java.io.IOException | RuntimeException e) {
                // the reason first: a long path would push it past the message's row
                problems.add(Finding.error("form.ca-file", FormBinding.CA_CERT_FILES,
                        (e instanceof io.edgesite.render.TextInput.Unreadable ? e.getMessage() : "cannot be read") + ": " + path));
            }
        }
        return out;
    }

    static List<String> pemBlocks(String text) {
        return io.edgesite.render.PropertyText.pemBlocks(text);
    }
}
