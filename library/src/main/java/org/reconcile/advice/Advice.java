package org.reconcile.advice;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The answer for one situation: what to do now and why, what could change it, and what could add
 * to it. Immutable, compared by value; an {@link org.reconcile.Advisor} makes it, and
 * {@link #builder(Verdict)} makes one for tests of an application.
 */
public final class Advice {
    private final Verdict verdict;
    private final List<Recommendation> recommendations;
    private final Explanation explanation;
    private final List<Question> questions;
    private final List<FollowUp> followUps;
    private final OptionalInt daysToWait;
    private final Optional<String> safety;

    private Advice(Builder builder) {
        this.verdict = builder.verdict;
        this.recommendations = builder.recommendations;
        this.explanation = builder.explanation;
        this.questions = builder.questions;
        this.followUps = builder.followUps;
        this.daysToWait = builder.daysToWait;
        this.safety = builder.safety;
    }

    /**
     * A builder for advice with {@code verdict}, and so far nothing else: no recommendations, an
     * empty explanation, no questions, no follow-ups, no days to wait, no safety note.
     *
     * @param verdict the one verdict; not null
     * @return a new builder
     */
    public static Builder builder(Verdict verdict) {
        return new Builder(verdict);
    }

    /**
     * The one verdict for the situation.
     *
     * @return the verdict
     */
    public Verdict verdict() {
        return verdict;
    }

    /**
     * The advice that applies, the verdict's own first; none argues for another verdict.
     *
     * @return an unmodifiable list
     */
    public List<Recommendation> recommendations() {
        return recommendations;
    }

    /**
     * Which rules fired on which facts, and what was overridden.
     *
     * @return the explanation
     */
    public Explanation explanation() {
        return explanation;
    }

    /**
     * The facts not stated that could change the verdict, most decisive first.
     *
     * @return an unmodifiable list
     */
    public List<Question> questions() {
        return questions;
    }

    /**
     * The facts not stated, and not among the questions, whose answer would add advice, in the
     * order of the {@link org.reconcile.model.Fact} catalog.
     *
     * @return an unmodifiable list
     */
    public List<FollowUp> followUps() {
        return followUps;
    }

    /**
     * When the verdict is to wait only because it is under a month since the breakup: the days
     * until the same case gets another verdict.
     *
     * @return the days, or empty
     */
    public OptionalInt daysToWait() {
        return daysToWait;
    }

    /**
     * With {@link Verdict#DO_NOT_GO_BACK} only: a note on staying safe and where to turn for help.
     *
     * @return the note ({@link Safety#NOTE}), or empty
     */
    public Optional<String> safety() {
        return safety;
    }

    /**
     * The ids of the recommendations' rules, in order.
     *
     * @return ids such as {@code cooling-off/wait-a-month}
     */
    public List<String> ruleIds() {
        return recommendations.stream().map(Recommendation::rule).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Advice that && verdict == that.verdict && recommendations.equals(that.recommendations)
                && explanation.equals(that.explanation) && questions.equals(that.questions)
                && followUps.equals(that.followUps) && daysToWait.equals(that.daysToWait) && safety.equals(that.safety);
    }

    @Override
    public int hashCode() {
        return Objects.hash(verdict, recommendations, explanation, questions, followUps, daysToWait, safety);
    }

    /** The verdict and the ids of the rules: {@code Advice[WAIT, rules=[cooling-off/wait-a-month]]}. */
    @Override
    public String toString() {
        return "Advice[" + verdict + ", rules=" + ruleIds() + "]";
    }

    /** Builds {@link Advice}; each setter replaces what was set before. */
    public static final class Builder {
        private final Verdict verdict;
        private List<Recommendation> recommendations = List.of();
        private Explanation explanation = new Explanation(List.of(), List.of());
        private List<Question> questions = List.of();
        private List<FollowUp> followUps = List.of();
        private OptionalInt daysToWait = OptionalInt.empty();
        private Optional<String> safety = Optional.empty();

        private Builder(Verdict verdict) {
            this.verdict = Objects.requireNonNull(verdict, "verdict must not be null");
        }

        /**
         * Sets the advice that applies, the verdict's own first.
         *
         * @param values the recommendations; copied, none null
         * @return this builder
         */
        public Builder recommendations(List<Recommendation> values) {
            this.recommendations = List.copyOf(Objects.requireNonNull(values, "recommendations must not be null: use List.of()"));
            return this;
        }

        /**
         * Sets what fired and what was overridden.
         *
         * @param value the explanation; not null
         * @return this builder
         */
        public Builder explanation(Explanation value) {
            this.explanation = Objects.requireNonNull(value, "explanation must not be null");
            return this;
        }

        /**
         * Sets the facts that could change the verdict, most decisive first.
         *
         * @param values the questions; copied, none null
         * @return this builder
         */
        public Builder questions(List<Question> values) {
            this.questions = List.copyOf(Objects.requireNonNull(values, "questions must not be null: use List.of()"));
            return this;
        }

        /**
         * Sets the facts whose answer would add advice, in the catalog's order.
         *
         * @param values the follow-ups; copied, none null
         * @return this builder
         */
        public Builder followUps(List<FollowUp> values) {
            this.followUps = List.copyOf(Objects.requireNonNull(values, "followUps must not be null: use List.of()"));
            return this;
        }

        /**
         * Sets the days until the same case gets another verdict.
         *
         * @param value the days, or empty; not null
         * @return this builder
         * @throws IllegalArgumentException if the days are below 1
         */
        public Builder daysToWait(OptionalInt value) {
            Objects.requireNonNull(value, "daysToWait must not be null: use OptionalInt.empty()");
            if (value.isPresent() && value.getAsInt() < 1) {
                throw new IllegalArgumentException("daysToWait must be at least 1, was " + value.getAsInt());
            }
            this.daysToWait = value;
            return this;
        }

        /**
         * Sets the safety note.
         *
         * @param value the note, or empty; not null
         * @return this builder
         */
        public Builder safety(Optional<String> value) {
            this.safety = Objects.requireNonNull(value, "safety must not be null: use Optional.empty()");
            return this;
        }

        /**
         * The advice.
         *
         * @return new, immutable advice
         */
        public Advice build() {
            return new Advice(this);
        }
    }
}
