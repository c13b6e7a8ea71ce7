package org.reconcile.model;

/** How far reconnecting has gone. */
public enum Stage implements Choice {
    /** No contact since the breakup. */
    NO_CONTACT("We haven't been in touch since the breakup", "you haven't been in touch since the breakup"),
    /** You sent a first message. */
    REACHED_OUT("I sent them a first message", "you sent them a first message"),
    /** Friendly contact: you met and caught up. */
    CAUGHT_UP("We met and caught up as friends", "you met and caught up as friends"),
    /** You had the serious talk about the relationship. */
    TALKED("We had the serious talk about the relationship", "you had the serious talk about the relationship"),
    /** You are back together. */
    BACK_TOGETHER("We're back together", "you're back together"),
    /** You tried, and it is over. */
    ENDED("We tried again, and it's over", "you tried again, and it's over");

    private final String label;
    private final String statement;

    Stage(String label, String statement) {
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
