package org.reconcile.batch;

import java.util.Optional;

import org.reconcile.advice.Advice;
import org.reconcile.model.Situation;

/**
 * One case evaluated, or found invalid: what the renderers write.
 *
 * @param index its 1-based position among all the cases of the run
 * @param origin where it was read
 * @param id the case's own id, if it had a valid one
 * @param situation the case's facts, for a valid case
 * @param advice the advice, for a valid case
 * @param error what was wrong, for an invalid one
 * @param failure the exception behind the error, when the rules failed
 */
record CaseResult(long index, CaseInput.Origin origin, Optional<String> id, Optional<Situation> situation, Optional<Advice> advice,
        Optional<CaseError> error, Optional<Throwable> failure) {

    static CaseResult advised(CaseInput input, Optional<String> id, Situation situation, Advice advice) {
        return new CaseResult(input.index(), input.origin(), id, Optional.of(situation), Optional.of(advice),
                Optional.empty(), Optional.empty());
    }

    static CaseResult invalid(CaseInput input, Optional<String> id, CaseError error, Optional<Throwable> failure) {
        return new CaseResult(input.index(), input.origin(), id, Optional.empty(), Optional.empty(), Optional.of(error), failure);
    }

    CaseOutcome outcome() {
        return new CaseOutcome(index, id, origin.toString(), advice.map(Advice::verdict), error, failure);
    }
}
