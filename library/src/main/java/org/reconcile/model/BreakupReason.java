package org.reconcile.model;

/** Why you broke up, even in part. */
public enum BreakupReason implements Choice {
    /** They did something hurtful. */
    HURT_BY_PARTNER("They did something hurtful"),
    /** They were disrespectful. */
    DISRESPECTED_BY_PARTNER("They were disrespectful"),
    /** You simply weren't satisfied with the relationship. */
    NOT_SATISFIED("I simply wasn't satisfied with the relationship"),
    /** Anything else. */
    OTHER("Something else");

    private final String label;

    BreakupReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
