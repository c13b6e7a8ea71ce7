package org.reconcile.cli.scenario;

import java.util.Optional;

/** One way a scenario's result differs from what it expects. */
public sealed interface Difference permits Difference.Mismatch, Difference.UnknownRule {

    /**
     * The key of the scenario whose expectation failed.
     *
     * @return such as {@code verdict} or {@code silent}
     */
    String expectation();

    /**
     * An expectation the result did not meet.
     *
     * @param expectation the key of the scenario, such as {@code verdict}
     * @param rule the rule it is about, for the lists of rules
     * @param expected what the scenario expects, in words: {@code WAIT}, {@code recommended}
     * @param got what the result has, in words: {@code REACH_OUT}, {@code overridden}
     */
    record Mismatch(String expectation, Optional<String> rule, String expected, String got) implements Difference {
    }

    /**
     * A rule id that the rules do not have: an error of the scenario, never passed over.
     *
     * @param expectation the key of the scenario that names it
     * @param rule the id as written
     * @param closest the closest id the rules have, if one is close enough to be a likely typo
     */
    record UnknownRule(String expectation, String rule, Optional<String> closest) implements Difference {
    }
}
