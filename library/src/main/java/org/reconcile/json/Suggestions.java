package org.reconcile.json;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The closest known name to a misspelt one: {@code abusive} → {@code abuse}; used for fields, values and options. */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * The known name closest to a misspelt one.
     *
     * @param found the name as given
     * @param known the names that are known
     * @return the closest known name, if one is close enough to be a likely typo
     */
    public static Optional<String> closest(String found, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(found.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(2, Math.min(found.length(), best == null ? 0 : best.length()) / 3);
        return bestDistance <= allowed ? Optional.of(best) : onlyOneStartingWith(found, known);
    }

    // A shortened name, such as HURT for HURT_BY_PARTNER, is far from it by edits but still clear.
    private static Optional<String> onlyOneStartingWith(String found, Collection<String> known) {
        if (found.length() < 3) {
            return Optional.empty();
        }
        String prefix = found.toLowerCase(Locale.ROOT);
        var matches = known.stream().filter(k -> k.toLowerCase(Locale.ROOT).startsWith(prefix)).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /**
     * The closest known name, as a phrase to end a message with.
     *
     * @param found the name as given
     * @param known the names that are known
     * @return {@code " (did you mean X?)"}, or an empty string
     */
    public static String didYouMean(String found, Collection<String> known) {
        return closest(found, known).map(s -> " (did you mean " + s + "?)").orElse("");
    }

    // Levenshtein distance; names are short, so the plain two-row table is enough.
    private static int distance(String a, String b) {
        if (a.length() > 64 || b.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
