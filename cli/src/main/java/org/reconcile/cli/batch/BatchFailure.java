package org.reconcile.cli.batch;

import java.util.Objects;
import java.util.Optional;

/**
 * Why a batch stopped before the end of its input: JSON too broken to read on, an input that
 * cannot be read, or results that cannot be written. The results before that point were written.
 *
 * @param message what happened and where, such as {@code cases.json:14:3: broken JSON: ...}
 * @param cause the exception behind it, if any
 * @param output the results could not be written (standard output closed, a full disk)
 */
public record BatchFailure(String message, Optional<Throwable> cause, boolean output) {

    /** Checks that nothing is missing. */
    public BatchFailure {
        Objects.requireNonNull(message, "message must not be null");
        Objects.requireNonNull(cause, "cause must not be null: use Optional.empty()");
    }

    /** A failure to read or evaluate the cases. */
    public BatchFailure(String message, Optional<Throwable> cause) {
        this(message, cause, false);
    }

    /** The results could not be written. */
    static BatchFailure ofOutput(String message, Throwable cause) {
        return new BatchFailure(message, Optional.of(cause), true);
    }
}
