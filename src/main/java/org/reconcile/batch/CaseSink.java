package org.reconcile.batch;

/** Takes the cases of an input as they are read, in input order. */
interface CaseSink {
    /** One case, starting on the 1-based {@code line} of its input. */
    void accept(int line, CaseInput.Content content) throws InterruptedException;
}
