package org.reconcile.model;

/**
 * A yes/no fact that may not be known yet. {@code exReady} not known yet is not the same as
 * {@code exReady} false: the first means "ask", the second means "wait".
 */
public enum Answer {
    /** The fact holds. */
    YES,
    /** The fact does not hold. */
    NO,
    /** The fact was not stated: ask. */
    UNKNOWN;

    /**
     * The answer for a JSON-style boolean, where {@code null} means not stated.
     *
     * @param value true, false or null
     * @return {@link #YES}, {@link #NO} or {@link #UNKNOWN}
     */
    public static Answer of(Boolean value) {
        if (value == null) {
            return UNKNOWN;
        }
        return value ? YES : NO;
    }

    /**
     * True only for {@link #YES}.
     *
     * @return false for {@link #NO} and {@link #UNKNOWN}
     */
    public boolean isYes() {
        return this == YES;
    }
}
