package org.reconcile.advice;

import java.util.List;
import java.util.Objects;

import org.reconcile.model.Fact;

/**
 * A fact the case did not state, and that could change the verdict: some single answer to it
 * (yes or no; one reason or one motive) gives another verdict, everything else as stated.
 * Immutable, compared by value.
 */
public final class Question {
    private final Fact fact;
    private final List<Verdict> couldChangeTo;

    /**
     * A question on {@code fact}.
     *
     * @param fact the fact not stated; not null
     * @param couldChangeTo the verdicts, other than the current one, that some answer gives, in
     *     precedence order; copied, none null
     */
    public Question(Fact fact, List<Verdict> couldChangeTo) {
        this.fact = Objects.requireNonNull(fact, "fact must not be null");
        this.couldChangeTo = List.copyOf(Objects.requireNonNull(couldChangeTo, "couldChangeTo must not be null"));
    }

    /**
     * The fact not stated.
     *
     * @return the fact
     */
    public Fact fact() {
        return fact;
    }

    /**
     * The question for a person, in plain words, ending in {@code ?}: the fact's own {@link Fact#ask()}.
     *
     * @return the question
     */
    public String ask() {
        return fact.ask();
    }

    /**
     * The verdicts, other than the current one, that some answer gives, in precedence order.
     *
     * @return an unmodifiable list
     */
    public List<Verdict> couldChangeTo() {
        return couldChangeTo;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Question that && fact == that.fact && couldChangeTo.equals(that.couldChangeTo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fact, couldChangeTo);
    }

    /** The fact and the verdicts: {@code Question[abuse -> [DO_NOT_GO_BACK]]}. */
    @Override
    public String toString() {
        return "Question[" + fact.jsonName() + " -> " + couldChangeTo + "]";
    }
}
