package org.reconcile.cli.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.reconcile.Advisor;
import org.reconcile.advice.RuleInfo;

/**
 * Scenarios run against one set of rules: each one's outcome, and coverage: the rules no scenario
 * fired, and the rules every scenario fired (never silent, so no scenario shows when they stay out).
 *
 * @param outcomes one per scenario, in order
 * @param neverFired the rules that fired in no scenario, in the order of the guidance
 * @param alwaysFired the rules that fired in every scenario, in the order of the guidance
 */
public record ScenarioRun(List<Outcome> outcomes, List<String> neverFired, List<String> alwaysFired) {
    /** Copies the lists. */
    public ScenarioRun {
        outcomes = List.copyOf(outcomes);
        neverFired = List.copyOf(neverFired);
        alwaysFired = List.copyOf(alwaysFired);
    }

    /**
     * Runs {@code scenarios} against the rules of {@code advisor}.
     *
     * @param advisor the rules
     * @param scenarios the scenarios
     * @return every outcome, and coverage
     */
    public static ScenarioRun of(Advisor advisor, List<Scenario> scenarios) {
        List<String> ids = advisor.rules().stream().map(RuleInfo::rule).toList();
        Set<String> known = Set.copyOf(ids);
        List<Outcome> outcomes = scenarios.stream().map(s -> ScenarioCheck.check(advisor, known, s)).toList();
        Set<String> anyFired = new HashSet<>();
        Set<String> allFired = new HashSet<>(outcomes.isEmpty() ? Set.of() : ids);
        for (Outcome outcome : outcomes) {
            anyFired.addAll(outcome.fired());
            allFired.retainAll(outcome.fired());
        }
        return new ScenarioRun(outcomes, ids.stream().filter(id -> !anyFired.contains(id)).toList(),
                ids.stream().filter(allFired::contains).toList());
    }

    /**
     * How many scenarios passed.
     *
     * @return the scenarios whose result met every expectation
     */
    public long passed() {
        return outcomes.stream().filter(Outcome::passed).count();
    }

    /**
     * How many scenarios failed.
     *
     * @return the scenarios with at least one difference
     */
    public long failed() {
        return outcomes.size() - passed();
    }
}
