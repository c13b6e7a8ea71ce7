package org.reconcile.model;

/**
 * A yes/no fact that may not be known yet. {@code exReady} not known yet is not the same as
 * {@code exReady} false: the first means "ask", the second means "wait".
 */
public enum Answer {
    YES, NO, UNKNOWN;

    /** The answer for a JSON-style boolean, where {@code null} means not stated. */
    public static Answer of(Boolean value) {
        if (value == null) {
            return UNKNOWN;
        }
        return value ? YES : NO;
    }

    /** True only for {@link #YES}. */
    public boolean isYes() {
        return this == YES;
    }
}
