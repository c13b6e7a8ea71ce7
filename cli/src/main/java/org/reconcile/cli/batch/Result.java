package org.reconcile.cli.batch;

/** What a worker hands the writer for one case: its result as written, or the end of reading. */
sealed interface Result permits Result.Written, Result.Stop {

    /**
     * A case's result.
     *
     * @param bytes the result as written
     * @param outcome what became of the case, for the listener
     */
    record Written(byte[] bytes, CaseOutcome outcome) implements Result {
    }

    /**
     * A case whose JSON is broken in an array or a single object: where the next case starts can
     * no longer be known, so nothing after it is written.
     *
     * @param failure where and what, such as {@code cases.json:14:3: broken JSON: ...}
     */
    record Stop(BatchFailure failure) implements Result {
    }
}
