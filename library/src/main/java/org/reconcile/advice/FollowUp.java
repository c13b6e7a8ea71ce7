package org.reconcile.advice;

import java.util.List;
import java.util.Objects;

import org.reconcile.model.Fact;
import org.reconcile.model.Stage;

/**
 * A fact the case did not state whose answer would not change the verdict but would add advice:
 * some single answer to it (yes or no; one reason or one motive) keeps the verdict and adds at
 * least one recommendation. Asking it is optional, for advice that fits the person better.
 * Immutable, compared by value.
 */
public final class FollowUp {
    private final Fact fact;
    private final String ask;
    private final List<String> couldAdd;

    /**
     * A follow-up on {@code fact}.
     *
     * @param fact the fact not stated; not null
     * @param couldAdd the ids of the rules some single answer would add to the recommendations, in
     *     the order of the guidance; copied, not empty
     * @throws IllegalArgumentException if {@code couldAdd} is empty
     */
    public FollowUp(Fact fact, List<String> couldAdd) {
        this(fact, null, couldAdd);
    }

    /**
     * A follow-up on {@code fact}, asked as a person at {@code stage} would be asked it
     * ({@link Fact#ask(Stage)}).
     *
     * @param fact the fact not stated; not null
     * @param stage the stage of the case; null for the question whatever the stage
     * @param couldAdd the ids of the rules some single answer would add to the recommendations, in
     *     the order of the guidance; copied, not empty
     * @throws IllegalArgumentException if {@code couldAdd} is empty
     */
    public FollowUp(Fact fact, Stage stage, List<String> couldAdd) {
        this.fact = Objects.requireNonNull(fact, "fact must not be null");
        this.ask = stage == null ? fact.ask() : fact.ask(stage);
        this.couldAdd = List.copyOf(Objects.requireNonNull(couldAdd, "couldAdd must not be null"));
        if (this.couldAdd.isEmpty()) {
            throw new IllegalArgumentException("couldAdd must name at least one rule: a follow-up adds advice");
        }
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
     * or {@link Fact#ask(Stage)} for a follow-up built with the stage.
     *
     * @return the question
     */
    public String ask() {
        return ask;
    }

    /**
     * The ids of the rules that some single answer would add to the recommendations, in the order
     * of the guidance, such as {@code rebuilding/dont-pry}.
     *
     * @return an unmodifiable, non-empty list
     */
    public List<String> couldAdd() {
        return couldAdd;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FollowUp that && fact == that.fact && ask.equals(that.ask) && couldAdd.equals(that.couldAdd);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fact, ask, couldAdd);
    }

    /** The fact and the rules: {@code FollowUp[urgeToPleadOrRant -> [cooling-off/resist-the-urge]]}. */
    @Override
    public String toString() {
        return "FollowUp[" + fact.jsonName() + " -> " + couldAdd + "]";
    }
}
