package org.reconcile.model;

/** Why you broke up, even in part. */
public enum BreakupReason {
    /** They did something hurtful. */
    HURT_BY_PARTNER,
    /** They were disrespectful. */
    DISRESPECTED_BY_PARTNER,
    /** You simply weren't satisfied with the relationship. */
    NOT_SATISFIED,
    /** Anything else. */
    OTHER
}
