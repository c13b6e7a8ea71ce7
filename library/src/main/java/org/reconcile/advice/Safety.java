package org.reconcile.advice;

/** The safety note that comes with {@link Verdict#DO_NOT_GO_BACK}: our own words, quoting nothing. */
public final class Safety {
    /** The note itself, worded for any country. */
    public static final String NOTE = "Your safety comes first. If you are in danger right now, call your local"
            + " emergency number. A domestic abuse helpline can listen, help you make a plan and tell you where"
            + " to find support near you; a search for \"domestic abuse helpline\" and your country finds one."
            + " Lean on people you trust, and tell someone what is going on.";

    private Safety() {
    }
}
