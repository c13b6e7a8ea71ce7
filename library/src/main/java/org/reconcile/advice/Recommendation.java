package org.reconcile.advice;

import java.util.Objects;
import java.util.Optional;

/**
 * One piece of advice and the guidance it comes from.
 *
 * @param rule the stable id of the rule that gave it, such as {@code cooling-off/wait-a-month}
 * @param verdict the verdict this advice supports, if it supports one
 * @param advice the advice in our own words
 * @param source the excerpt of the guidance it comes from, verbatim
 */
public record Recommendation(String rule, Optional<Verdict> verdict, String advice, String source) {

    /**
     * Checks that nothing is missing.
     *
     * @param rule the stable id of the rule; not null
     * @param verdict the verdict supported, or empty; not null
     * @param advice the advice in our own words; not null
     * @param source the excerpt of the guidance, verbatim; not null
     */
    public Recommendation {
        Objects.requireNonNull(rule, "rule must not be null");
        Objects.requireNonNull(verdict, "verdict must not be null: use Optional.empty()");
        Objects.requireNonNull(advice, "advice must not be null");
        Objects.requireNonNull(source, "source must not be null");
    }

    /**
     * True if this advice argues for a verdict other than {@code chosen}.
     *
     * @param chosen the verdict the advice settled on
     * @return false when this advice has no verdict or supports {@code chosen}
     */
    public boolean contradicts(Verdict chosen) {
        return verdict.isPresent() && verdict.get() != chosen;
    }
}
