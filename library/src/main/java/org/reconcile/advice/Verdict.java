package org.reconcile.advice;

/**
 * What to do now. Each case gets exactly one verdict, the first that applies in the contract's
 * precedence: {@link #DO_NOT_GO_BACK}, then {@link #MOVE_ON}, then the verdict of the stage.
 */
public enum Verdict {
    /** The relationship was abusive: don't go back to it. */
    DO_NOT_GO_BACK(1),
    /** There is a reason to let the relationship go. */
    MOVE_ON(2),
    /** Give it (and yourself) more time. */
    WAIT(3),
    /** Send a short first message. */
    REACH_OUT(3),
    /** Meet for coffee and catch up, nothing more. */
    MEET_UP(3),
    /** Have (or prepare for) the serious talk about the relationship. */
    TALK(3),
    /** Work on the relationship as a new one. */
    REBUILD(3);

    private final int precedence;

    Verdict(int precedence) {
        this.precedence = precedence;
    }

    /**
     * 1 for the verdict that beats all others; stage verdicts share the last rank and never compete.
     *
     * @return 1, 2 or 3; the lower number wins
     */
    public int precedence() {
        return precedence;
    }
}
