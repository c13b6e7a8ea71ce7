package org.reconcile.advice;

import java.util.List;
import java.util.Objects;

/**
 * The answer for one situation: what to do now and why.
 *
 * @param verdict the one verdict for the situation
 * @param recommendations the advice that applies, the verdict's own first; none contradicts the verdict
 * @param explanation which rules fired on which facts, and what was overridden
 */
public record Advice(Verdict verdict, List<Recommendation> recommendations, Explanation explanation) {

    /** Checks that nothing is missing and copies the list. */
    public Advice {
        Objects.requireNonNull(verdict, "verdict must not be null");
        recommendations = List.copyOf(recommendations);
        Objects.requireNonNull(explanation, "explanation must not be null");
    }

    /** The ids of the recommendations' rules, in order. */
    public List<String> ruleIds() {
        return recommendations.stream().map(Recommendation::rule).toList();
    }
}
