package org.reconcile.advice;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The answer for one situation: what to do now and why, what could change it, and what could add to it.
 *
 * @param verdict the one verdict for the situation
 * @param recommendations the advice that applies, the verdict's own first; none argues for another verdict
 * @param explanation which rules fired on which facts, and what was overridden
 * @param questions the facts not stated that could change the verdict, most decisive first
 * @param followUps the facts not stated, and not among the questions, whose answer would add
 *     advice, in the order of the {@link org.reconcile.model.Fact} catalog
 * @param daysToWait when the verdict is to wait only because it is under a month since the
 *     breakup: the days until the same case gets another verdict
 * @param safety with {@link Verdict#DO_NOT_GO_BACK} only: a note on staying safe and where to turn for help
 */
public record Advice(Verdict verdict, List<Recommendation> recommendations, Explanation explanation,
        List<Question> questions, List<FollowUp> followUps, OptionalInt daysToWait, Optional<String> safety) {

    /**
     * Checks that nothing is missing and copies the lists.
     *
     * @param verdict the one verdict; not null
     * @param recommendations the supporting advice, verdict's own first; copied
     * @param explanation what fired and what was overridden; not null
     * @param questions the facts that could change the verdict; copied
     * @param followUps the facts whose answer would add advice; copied
     * @param daysToWait the days until another verdict, or empty; not null
     * @param safety the safety note, or empty; not null
     */
    public Advice {
        Objects.requireNonNull(verdict, "verdict must not be null");
        recommendations = List.copyOf(recommendations);
        Objects.requireNonNull(explanation, "explanation must not be null");
        questions = List.copyOf(questions);
        followUps = List.copyOf(Objects.requireNonNull(followUps, "followUps must not be null: use List.of()"));
        Objects.requireNonNull(daysToWait, "daysToWait must not be null: use OptionalInt.empty()");
        Objects.requireNonNull(safety, "safety must not be null: use Optional.empty()");
    }

    /**
     * The ids of the recommendations' rules, in order.
     *
     * @return ids such as {@code cooling-off/wait-a-month}
     */
    public List<String> ruleIds() {
        return recommendations.stream().map(Recommendation::rule).toList();
    }
}
