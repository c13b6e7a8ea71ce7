package org.reconcile.cli.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import org.reconcile.Advisor;
import org.reconcile.advice.Advice;
import org.reconcile.advice.Firing;
import org.reconcile.advice.FollowUp;
import org.reconcile.advice.Question;
import org.reconcile.advice.Recommendation;
import org.reconcile.json.Suggestions;
import org.reconcile.model.Fact;

/** Advises on a scenario's case and compares the result with what the scenario expects. */
public final class ScenarioCheck {
    private ScenarioCheck() {
    }

    /** What became of a rule in one result, in the words a difference shows. */
    private enum State {
        RECOMMENDED, OVERRIDDEN, FIRED, SILENT;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Advises on {@code scenario}'s case and compares.
     *
     * @param advisor the rules to run
     * @param ruleIds the ids of those rules, for telling an unknown id from one that did not fire
     * @param scenario the scenario
     * @return its outcome: every difference, and the rules that fired
     */
    public static Outcome check(Advisor advisor, Set<String> ruleIds, Scenario scenario) {
        Advice advice;
        try {
            advice = advisor.advise(scenario.situation());
        } catch (IllegalStateException e) {
            // Only rules of one's own can fail on a case: no verdict, or two of one rank.
            return new Outcome(scenario, List.of(new Difference.Mismatch("verdict", Optional.empty(), scenario.verdict().name(),
                    "none, as " + e.getMessage())), Set.of());
        }
        Set<String> fired = advice.explanation().firings().stream().map(Firing::rule).collect(Collectors.toSet());
        List<Difference> differences = new ArrayList<>();
        if (advice.verdict() != scenario.verdict()) {
            differences.add(new Difference.Mismatch("verdict", Optional.empty(), scenario.verdict().name(), advice.verdict().name()));
        }
        RuleStates rules = new RuleStates(advice, fired, ruleIds, differences);
        rules.expect("recommends", scenario.recommends(), State.RECOMMENDED);
        rules.expect("overridden", scenario.overridden(), State.OVERRIDDEN);
        rules.expect("fires", scenario.fires(), State.FIRED);
        rules.expect("silent", scenario.silent(), State.SILENT);
        scenario.questions().ifPresent(expected -> compare("questions", names(expected),
                names(advice.questions().stream().map(Question::fact).toList()), differences));
        scenario.followUps().ifPresent(expected -> compare("followUps", names(expected),
                names(advice.followUps().stream().map(FollowUp::fact).toList()), differences));
        scenario.daysToWait().ifPresent(expected -> compare("daysToWait", days(expected), days(advice.daysToWait()), differences));
        return new Outcome(scenario, differences, fired);
    }

    /** What became of each rule in one result, compared with what a scenario expects of it. */
    private record RuleStates(Advice advice, Set<String> fired, Set<String> known, List<Difference> differences) {
        void expect(String key, List<String> ids, State expected) {
            for (String id : ids) {
                if (!known.contains(id)) {
                    differences.add(new Difference.UnknownRule(key, id, Suggestions.closest(id, known)));
                    continue;
                }
                State state = stateOf(id);
                // A rule expected to fire may fire in any way: derive a fact, ask, or advise.
                boolean met = expected == State.FIRED ? state != State.SILENT : state == expected;
                if (!met) {
                    differences.add(new Difference.Mismatch(key, Optional.of(id), expected.word(), state.word()));
                }
            }
        }

        private State stateOf(String id) {
            if (advice.ruleIds().contains(id)) {
                return State.RECOMMENDED;
            }
            if (advice.explanation().overridden().stream().map(Recommendation::rule).anyMatch(id::equals)) {
                return State.OVERRIDDEN;
            }
            return fired.contains(id) ? State.FIRED : State.SILENT;
        }
    }

    private static void compare(String key, String expected, String got, List<Difference> differences) {
        if (!expected.equals(got)) {
            differences.add(new Difference.Mismatch(key, Optional.empty(), expected, got));
        }
    }

    // abuse, motives; or "none"
    private static String names(List<Fact> facts) {
        return facts.isEmpty() ? "none" : facts.stream().map(Fact::jsonName).collect(Collectors.joining(", "));
    }

    private static String days(OptionalInt days) {
        return days.isPresent() ? String.valueOf(days.getAsInt()) : "none";
    }
}
