package org.reconcile.advice;

import java.util.List;
import java.util.Objects;

/** Why the advice is what it is: what fired, and what was overridden. Immutable, compared by value. */
public final class Explanation {
    private final List<Firing> firings;
    private final List<Recommendation> overridden;

    /**
     * An explanation.
     *
     * @param firings every rule that fired, in order; copied, none null
     * @param overridden the recommendations left out of the advice; copied, none null
     */
    public Explanation(List<Firing> firings, List<Recommendation> overridden) {
        this.firings = List.copyOf(Objects.requireNonNull(firings, "firings must not be null: use List.of()"));
        this.overridden = List.copyOf(Objects.requireNonNull(overridden, "overridden must not be null: use List.of()"));
    }

    /**
     * Every rule that fired: the rules that derive facts first, then the advice rules, each in the
     * order of the guidance.
     *
     * @return an unmodifiable list
     */
    public List<Firing> firings() {
        return firings;
    }

    /**
     * The recommendations that argued for another verdict than the one chosen, and were therefore
     * left out of the advice.
     *
     * @return an unmodifiable list
     */
    public List<Recommendation> overridden() {
        return overridden;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Explanation that && firings.equals(that.firings) && overridden.equals(that.overridden);
    }

    @Override
    public int hashCode() {
        return Objects.hash(firings, overridden);
    }

    /** The ids of what fired and what was overridden. */
    @Override
    public String toString() {
        return "Explanation[fired=" + firings.stream().map(Firing::rule).toList()
                + ", overridden=" + overridden.stream().map(Recommendation::rule).toList() + "]";
    }
}
