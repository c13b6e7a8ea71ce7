package org.reconcile.cli.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.reconcile.advice.Verdict;
import org.reconcile.model.Fact;
import org.reconcile.model.Situation;

/**
 * One line of a scenario file: a case, the verdict it must get, and what else it expects. Lists
 * of rules name what must (or must not) happen to each rule; the questions, the follow-ups and the
 * days to wait, when given, are the whole answer.
 *
 * @param file the file, as given on the command line
 * @param line the 1-based line of the file
 * @param name what the scenario is about, in a sentence
 * @param situation the case
 * @param verdict the verdict the case must get
 * @param recommends rules that must be among the recommendations
 * @param overridden rules whose recommendation must be overridden
 * @param fires rules that must fire (any rule: one that derives a fact, asks, or advises)
 * @param silent rules that must not fire
 * @param questions when given, exactly the facts the result must ask about, in order
 * @param followUps when given, exactly the facts the result must offer as follow-ups, in order
 * @param daysToWait when given, the days to wait the result must have; empty for none
 */
public record Scenario(String file, int line, String name, Situation situation, Verdict verdict, List<String> recommends,
        List<String> overridden, List<String> fires, List<String> silent, Optional<List<Fact>> questions,
        Optional<List<Fact>> followUps, Optional<OptionalInt> daysToWait) {

    /** Checks that nothing is missing and copies the lists. */
    public Scenario {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(situation, "situation must not be null");
        Objects.requireNonNull(verdict, "verdict must not be null");
        recommends = List.copyOf(recommends);
        overridden = List.copyOf(overridden);
        fires = List.copyOf(fires);
        silent = List.copyOf(silent);
        questions = questions.map(List::copyOf);
        followUps = followUps.map(List::copyOf);
        Objects.requireNonNull(daysToWait, "daysToWait must not be null: use Optional.empty()");
    }

    /**
     * Where the scenario is written.
     *
     * @return {@code file:line}
     */
    public String where() {
        return file + ":" + line;
    }

    @Override
    public String toString() {
        return where() + " " + name;
    }
}
