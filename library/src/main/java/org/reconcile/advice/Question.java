package org.reconcile.advice;

import java.util.List;
import java.util.Objects;

import org.reconcile.model.Fact;
import org.reconcile.model.Stage;

/**
 * A fact the case did not state, and that could change the verdict: some single answer to it
 * (yes or no; one reason or one motive) gives another verdict, everything else as stated.
 * Immutable, compared by value.
 */
public final class Question {
    private final Fact fact;
    private final String ask;
    private final List<Verdict> couldChangeTo;

    /**
     * A question on {@code fact}.
     *
     * @param fact the fact not stated; not null
     * @param couldChangeTo the verdicts, other than the current one, that some answer gives, in
     *     precedence order; copied, none null
     */
    public Question(Fact fact, List<Verdict> couldChangeTo) {
        this(fact, null, couldChangeTo);
    }

    /**
     * A question on {@code fact}, asked as a person at {@code stage} would be asked it
     * ({@link Fact#ask(Stage)}).
     *
     * @param fact the fact not stated; not null
     * @param stage the stage of the case; null for the question whatever the stage
     * @param couldChangeTo the verdicts, other than the current one, that some answer gives, in
     *     precedence order; copied, none null
     */
    public Question(Fact fact, Stage stage, List<Verdict> couldChangeTo) {
        this.fact = Objects.requireNonNull(fact, "fact must not be null");
        this.ask = stage == null ? fact.ask() : fact.ask(stage);
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
     * The question for a person, in plain words, ending in {@code ?}: the fact's own {@link Fact#ask()},
     * or {@link Fact#ask(Stage)} for a question built with the stage.
     *
     * @return the question
     */
    public String ask() {
        return ask;
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
        return other instanceof Question that && fact == that.fact && ask.equals(that.ask) && couldChangeTo.equals(that.couldChangeTo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fact, ask, couldChangeTo);
    }

    /** The fact and the verdicts: {@code Question[abuse -> [DO_NOT_GO_BACK]]}. */
    @Override
    public String toString() {
        return "Question[" + fact.jsonName() + " -> " + couldChangeTo + "]";
    }
}
