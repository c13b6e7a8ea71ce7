package org.reconcile.model;

/** How far reconnecting has gone. */
public enum Stage {
    /** No contact since the breakup. */
    NO_CONTACT,
    /** You sent a first message. */
    REACHED_OUT,
    /** Friendly contact: you met and caught up. */
    CAUGHT_UP,
    /** You had the serious talk about the relationship. */
    TALKED,
    /** You are back together. */
    BACK_TOGETHER,
    /** You tried, and it is over. */
    ENDED
}
