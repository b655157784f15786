package io.edgesite.validators.checks;

import java.util.List;
import java.util.Optional;

/**
 * What one check found: its verdict, a one-line summary, the evidence it saw (values read, peers heard,
 * command output), the remedy in plain words, and, when the remedy is a user-data change, the fix.
 */
public record CheckResult(String id, String title, Verdict verdict, String summary, List<String> evidence,
        String remedy, Optional<SiteFix> fix) {

    public CheckResult {
        evidence = List.copyOf(evidence);
        remedy = remedy == null ? "" : remedy;
        fix = fix == null ? Optional.empty() : fix;
    }

    /** A result with the same evidence and a fix. */
    public CheckResult withFix(SiteFix f) {
        return new CheckResult(id, title, verdict, summary, evidence, remedy, Optional.of(f));
    }
}
