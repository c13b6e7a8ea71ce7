package org.reconcile.advice;

import java.util.List;
import java.util.Objects;

import org.reconcile.model.Fact;

/**
 * A fact the case did not state, and that could change the verdict: some single answer to it
 * (yes or no; one reason or one motive) gives another verdict, everything else as stated.
 *
 * @param fact the fact not stated
 * @param ask the question for a person, in plain words, ending in {@code ?}
 * @param couldChangeTo the verdicts, other than the current one, that some answer gives, in
 *     precedence order
 */
public record Question(Fact fact, String ask, List<Verdict> couldChangeTo) {

    /**
     * Checks that nothing is missing and copies the list.
     *
     * @param fact the fact not stated; not null
     * @param ask the question for a person, ending in {@code ?}; not null
     * @param couldChangeTo the other verdicts some answer gives; copied
     */
    public Question {
        Objects.requireNonNull(fact, "fact must not be null");
        Objects.requireNonNull(ask, "ask must not be null");
        couldChangeTo = List.copyOf(couldChangeTo);
    }
}
