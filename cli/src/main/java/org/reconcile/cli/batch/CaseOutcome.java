package org.reconcile.cli.batch;

import java.util.Objects;
import java.util.Optional;

import org.reconcile.advice.Verdict;
import org.reconcile.json.CaseError;

/**
 * What became of one case, once its result was written.
 *
 * @param index its 1-based position among all the cases of the run
 * @param id the case's own id, if it had one
 * @param where where it was read, as {@code file:line} ({@code <stdin>:line} for standard input)
 * @param verdict its verdict, when it was valid and evaluated
 * @param error what was wrong with it, when it was not
 * @param failure the exception behind the error, when the rules failed on a valid case
 */
public record CaseOutcome(long index, Optional<String> id, String where, Optional<Verdict> verdict,
        Optional<CaseError> error, Optional<Throwable> failure) {

    /** Checks that the outcome has a verdict or an error, not both. */
    public CaseOutcome {
        Objects.requireNonNull(id, "id must not be null: use Optional.empty()");
        Objects.requireNonNull(where, "where must not be null");
        if (verdict.isPresent() == error.isPresent()) {
            throw new IllegalArgumentException("a case outcome must have a verdict or an error, not both or neither");
        }
        Objects.requireNonNull(failure, "failure must not be null: use Optional.empty()");
    }

    /** True if the case was valid and evaluated. */
    public boolean evaluated() {
        return verdict.isPresent();
    }
}
