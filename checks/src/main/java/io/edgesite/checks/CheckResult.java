package io.edgesite.checks;

import java.util.List;
import java.util.Optional;

/**
 * What one check found: its verdict, a one-line summary, the evidence it saw (values read, peers heard,
 * command output), the remedy in plain words, the settings the remedy cites by their path (as the
 * answers file spells them; the wizard shows each as its field and screen), and, when the remedy is a
 * user-data change, the fix.
 */
public record CheckResult(String id, String title, Verdict verdict, String summary, List<String> evidence,
        String remedy, List<String> settings, Optional<SiteFix> fix) {

    public CheckResult {
        evidence = List.copyOf(evidence);
        remedy = remedy == null ? "" : remedy;
        settings = settings == null ? List.of() : List.copyOf(settings);
        fix = fix == null ? Optional.empty() : fix;
    }

    /** A result that only says what happened (nothing to remedy). */
    public static CheckResult of(String id, String title, Verdict verdict, String summary, List<String> evidence) {
        return new CheckResult(id, title, verdict, summary, evidence, "", List.of(), Optional.empty());
    }

    /** A result with the same evidence and a fix. */
    public CheckResult withFix(SiteFix f) {
        return new CheckResult(id, title, verdict, summary, evidence, remedy, settings, Optional.of(f));
    }
}
