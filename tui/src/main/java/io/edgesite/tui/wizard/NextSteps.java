package io.edgesite.tui.wizard;

import java.nio.file.Path;
import java.util.List;

/** What the operator does with the files once written, said on the last screen (each line within 80 columns). */
final class NextSteps {
    private NextSteps() {
    }

    /** @param iso the cidata image written beside the user-data, or null when none was */
    static List<String> after(Path userData, Path iso) {
        if (iso != null) {
            return List.of("Copy " + WizardSession.ISO_FILE + " to a USB drive (dd, or any image writer) and plug it",
                    "into the host before its first boot at the site: Palette reads the",
                    "user-data from it.");
        }
        return List.of("To use it, build it into the installer ISO, or make a cidata image of it",
                "for a USB drive:",
                "  edge-site iso --user-data " + userData.getFileName() + " --output " + WizardSession.ISO_FILE);
    }
}
