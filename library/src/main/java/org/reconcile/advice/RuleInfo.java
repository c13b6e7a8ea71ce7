package org.reconcile.advice;

import java.util.Objects;
import java.util.Optional;

/**
 * A rule of the rule set, as its metadata describes it.
 *
 * @param id the stable id, such as {@code cooling-off/wait-a-month}
 * @param name the rule's name: its policy in one line
 * @param file the DRL file it is written in
 * @param verdict the verdict it supports, if any
 * @param advice the advice it gives in our own words; empty for classification rules, which
 *     only derive facts
 * @param source the excerpt of the guidance it encodes, verbatim
 */
public record RuleInfo(String id, String name, String file, Optional<Verdict> verdict, Optional<String> advice,
        String source) {

    /**
     * Checks that nothing is missing.
     *
     * @param id the stable id; not null
     * @param name the rule's policy in one line; not null
     * @param file the DRL file it is written in; not null
     * @param verdict the verdict supported, or empty; not null
     * @param advice the advice, or empty for a classification rule; not null
     * @param source the excerpt of the guidance, verbatim; not null
     */
    public RuleInfo {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(verdict, "verdict must not be null: use Optional.empty()");
        Objects.requireNonNull(advice, "advice must not be null: use Optional.empty()");
        Objects.requireNonNull(source, "source must not be null");
    }

    /**
     * True for rules that give advice, false for rules that only derive facts.
     *
     * @return whether {@link #advice()} is present
     */
    public boolean givesAdvice() {
        return advice.isPresent();
    }

    /**
     * This rule's advice as a recommendation; only for rules that give advice.
     *
     * @return a recommendation with this rule's id, verdict, advice and source
     * @throws java.util.NoSuchElementException if the rule gives no advice
     */
    public Recommendation toRecommendation() {
        return new Recommendation(id, verdict, advice.orElseThrow(), source);
    }
}
