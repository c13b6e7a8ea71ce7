package org.reconcile.cli.batch;

/** Told of each case once its result is written, in input order, on one thread. */
@FunctionalInterface
public interface BatchListener {
    /** The result of {@code outcome}'s case has been written. */
    void written(CaseOutcome outcome);
}
