package org.reconcile.fuzz;

/**
 * How much to fuzz: a few thousand cases per property in {@code mvn verify}; more with
 * {@code -Dreconcile.fuzz.cases=N}, another seed with {@code -Dreconcile.fuzz.seed=S} (see
 * {@code scripts/fuzz.sh}).
 */
public final class Fuzz {
    private static final long DEFAULT_SEED = 20_261_127L;

    private Fuzz() {
    }

    /** The seed every generator of this run starts from. */
    public static long seed() {
        return Long.getLong("reconcile.fuzz.seed", DEFAULT_SEED);
    }

    /** {@code usual} cases, scaled by -Dreconcile.fuzz.cases (the number for a property of 3,000). */
    public static int cases(int usual) {
        long asked = Long.getLong("reconcile.fuzz.cases", 3_000L);
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, usual * asked / 3_000));
    }
}
