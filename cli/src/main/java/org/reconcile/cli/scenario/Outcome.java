package org.reconcile.cli.scenario;

import java.util.List;
import java.util.Set;

/**
 * What became of one scenario.
 *
 * @param scenario the scenario
 * @param differences how its result differs from what it expects; empty when it passed
 * @param fired the ids of the rules that fired on its case
 */
public record Outcome(Scenario scenario, List<Difference> differences, Set<String> fired) {
    /** Copies the collections. */
    public Outcome {
        differences = List.copyOf(differences);
        fired = Set.copyOf(fired);
    }

    /**
     * Whether the result met every expectation.
     *
     * @return true when there is no difference
     */
    public boolean passed() {
        return differences.isEmpty();
    }
}
