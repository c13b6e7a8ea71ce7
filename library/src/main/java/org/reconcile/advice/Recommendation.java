package org.reconcile.advice;

import java.util.Objects;
import java.util.Optional;

/** One piece of advice and the guidance it comes from. Immutable, compared by value. */
public final class Recommendation {
    private final String rule;
    private final Optional<Verdict> verdict;
    private final String advice;
    private final String source;

    /**
     * A recommendation.
     *
     * @param rule the stable id of the rule that gave it; not null
     * @param verdict the verdict supported, or empty; not null
     * @param advice the advice in our own words; not null
     * @param source the excerpt of the guidance, verbatim; not null
     */
    public Recommendation(String rule, Optional<Verdict> verdict, String advice, String source) {
        this.rule = Objects.requireNonNull(rule, "rule must not be null");
        this.verdict = Objects.requireNonNull(verdict, "verdict must not be null: use Optional.empty()");
        this.advice = Objects.requireNonNull(advice, "advice must not be null");
        this.source = Objects.requireNonNull(source, "source must not be null");
    }

    /**
     * The stable id of the rule that gave it, such as {@code cooling-off/wait-a-month}.
     *
     * @return the id
     */
    public String rule() {
        return rule;
    }

    /**
     * The verdict this advice supports, if it supports one.
     *
     * @return the verdict, or empty
     */
    public Optional<Verdict> verdict() {
        return verdict;
    }

    /**
     * The advice in our own words.
     *
     * @return the advice
     */
    public String advice() {
        return advice;
    }

    /**
     * The excerpt of the guidance it comes from, verbatim.
     *
     * @return the excerpt
     */
    public String source() {
        return source;
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

    @Override
    public boolean equals(Object other) {
        return other instanceof Recommendation that && rule.equals(that.rule) && verdict.equals(that.verdict)
                && advice.equals(that.advice) && source.equals(that.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, verdict, advice, source);
    }

    /** The rule and the verdict: {@code Recommendation[cooling-off/wait-a-month, WAIT]}. */
    @Override
    public String toString() {
        return "Recommendation[" + rule + verdict.map(v -> ", " + v).orElse("") + "]";
    }
}
