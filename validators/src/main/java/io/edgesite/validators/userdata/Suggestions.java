package io.edgesite.validators.userdata;

import io.edgesite.palette.UserDataKey;
import io.edgesite.palette.UserDataSchema;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a key the schema does not know probably is: a key of another place, or a typo of a neighbour. */
final class Suggestions {
    private Suggestions() {
    }

    /** The places a key of this name belongs, other than {@code here}; empty when the name is nowhere else. */
    static List<String> homes(String name, String here) {
        return UserDataSchema.named(name).stream()
                .map(UserDataKey::parent)
                .filter(p -> !p.equals(here))
                .distinct()
                .map(Suggestions::shown)
                .toList();
    }

    /** The declared neighbour nearest to a mistyped key, if one is near enough to be meant. */
    static Optional<String> nearest(String name, String parent) {
        String lower = name.toLowerCase(Locale.ROOT);
        return UserDataSchema.childrenOf(parent).stream()
                .map(UserDataKey::name)
                .filter(k -> k.toLowerCase(Locale.ROOT).equals(lower)
                        || distance(k.toLowerCase(Locale.ROOT), lower) <= Math.max(1, Math.min(k.length(), name.length()) / 4))
                .min(Comparator.comparingInt(k -> distance(k.toLowerCase(Locale.ROOT), lower)));
    }

    /** A schema pattern as the docs write it: {@code interfaces.<name>.type}, {@code stages.<stage>[]}. */
    static String shown(String pattern) {
        if (pattern.isEmpty()) {
            return "the top level";
        }
        return pattern.replace("stages.*", "stages.<stage>").replace(".*", ".<name>");
    }

    /** Levenshtein distance, small words only (keys are short). */
    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 3 || a.length() > 64 || b.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
