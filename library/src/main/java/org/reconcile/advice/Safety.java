package org.reconcile.advice;

/** The safety note that comes with {@link Verdict#DO_NOT_GO_BACK}: our own words, quoting nothing. */
public final class Safety {
    /**
     * The note itself, worded for any country: not every country has an abuse helpline, so it
     * promises none; it says who a helpline is for, as someone hurt by a partner they never lived
     * with may think "domestic" is not about them; and it warns that a shared or checked device
     * keeps what was searched for.
     */
    public static final String NOTE = "Your safety comes first. If you are in danger right now, call your local"
            + " emergency number. Many countries have a helpline for domestic or relationship abuse, for anyone"
            + " hurt by a partner or an ex, whether or not you lived together; if there is one where you live, they"
            + " can listen and help you make a plan to stay safe. Lean on people you trust, and tell someone what is"
            + " going on. A phone or computer that someone else may check can show what you searched for or visited:"
            + " use private browsing, or a device they don't have access to.";

    private Safety() {
    }
}
