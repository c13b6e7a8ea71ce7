package org.reconcile.cli;

/** The exit statuses of the contract. */
final class ExitCode {
    /** Every case was evaluated. */
    static final int ALL_EVALUATED = 0;
    /** Some cases were invalid; all the others were evaluated and written. */
    static final int SOME_INVALID = 1;
    /** {@code test}: every scenario passed. */
    static final int ALL_PASSED = 0;
    /** {@code test}: some scenarios failed. */
    static final int SOME_FAILED = 1;
    /** Usage error, unreadable input, rules that do not compile, or JSON too broken to read on. */
    static final int STOPPED = 2;

    private ExitCode() {
    }
}
