package org.reconcile.cli.batch;

import java.io.IOException;
import java.io.OutputStream;

/** What a worker hands the writer for one case: its result as written, or the end of reading. */
sealed interface Result permits Result.Written, Result.Stop {

    /**
     * A case's result: bytes {@code from} to {@code to} of an array that holds it and other
     * results of its chunk.
     *
     * @param bytes results of the chunk, written one after another
     * @param from where this result starts in {@code bytes}
     * @param to where it ends (exclusive)
     * @param outcome what became of the case, for the listener
     */
    record Written(byte[] bytes, int from, int to, CaseOutcome outcome) implements Result {
        /** Writes the result, as written, to {@code out}. */
        void writeTo(OutputStream out) throws IOException {
            out.write(bytes, from, to - from);
        }
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
