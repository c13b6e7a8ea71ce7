package org.reconcile.model;

/** Why you broke up, even in part. */
public enum BreakupReason implements Choice {
    /** They did something hurtful. */
    HURT_BY_PARTNER("They did something hurtful", "you broke up partly because they did something hurtful"),
    /** They were disrespectful. */
    DISRESPECTED_BY_PARTNER("They were disrespectful", "you broke up partly because they were disrespectful"),
    /** You simply weren't satisfied with the relationship. */
    NOT_SATISFIED("I simply wasn't satisfied with the relationship", "you broke up partly because you simply weren't satisfied with the relationship"),
    /** Anything else. */
    OTHER("Something else", "you broke up for a reason other than these");

    private final String label;
    private final String statement;

    BreakupReason(String label, String statement) {
        this.label = label;
        this.statement = statement;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String statement() {
        return statement;
    }
}
