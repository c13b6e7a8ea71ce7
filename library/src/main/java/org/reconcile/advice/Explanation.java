package org.reconcile.advice;

import java.util.List;

/**
 * Why the advice is what it is.
 *
 * @param firings every rule that fired: the rules that derive facts first, then the advice rules,
 *     each in the order of the guidance
 * @param overridden recommendations that argued for another verdict than the one chosen, and
 *     were therefore left out of the advice
 */
public record Explanation(List<Firing> firings, List<Recommendation> overridden) {

    /**
     * Copies the lists so the explanation stays immutable.
     *
     * @param firings every rule that fired, in order
     * @param overridden the recommendations left out of the advice
     */
    public Explanation {
        firings = List.copyOf(firings);
        overridden = List.copyOf(overridden);
    }
}
