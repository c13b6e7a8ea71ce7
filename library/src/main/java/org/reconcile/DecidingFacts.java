package org.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.reconcile.advice.Advice;
import org.reconcile.advice.Verdict;
import org.reconcile.model.Fact;
import org.reconcile.model.Situation;
import org.reconcile.model.Stage;

/**
 * Which stated facts decided a verdict, found by changing the case one fact at a time and asking
 * the rules again: a few dozen variants of the case, evaluated in one call.
 */
final class DecidingFacts {
    private static final int A_MONTH = 30;

    private final Function<List<Situation>, List<Advice>> rules;

    DecidingFacts(Function<List<Situation>, List<Advice>> rules) {
        this.rules = rules;
    }

    /**
     * The stated facts that decided {@code verdict}: those which, left unstated, would change it
     * (for the days, any other number of days; for the stage, any other stage). When several facts
     * each lead to the verdict on their own (ten days after the breakup, and still the urge to
     * plead), none of them alone decides it; then those that give the verdict on their own, with
     * only the stage besides, are named instead. A stage the case did not give is never named.
     */
    List<Fact> of(Situation situation, Verdict verdict) {
        Map<Situation, Verdict> verdicts = verdictsOf(leftOut(situation));
        List<Fact> decided = new ArrayList<>();
        for (Fact fact : Fact.values()) {
            if (!fact.isQuestion()) {
                if (otherValues(situation, fact).stream().anyMatch(other -> verdicts.get(other) != verdict)) {
                    decided.add(fact);
                }
            } else if (situation.isStated(fact) && verdicts.get(situation.toBuilder().clear(fact).build()) != verdict) {
                decided.add(fact);
            }
        }
        if (decided.stream().noneMatch(fact -> fact != Fact.STAGE)) {
            verdicts.putAll(verdictsOf(alone(situation)));
            if (verdicts.get(alone(situation, null)) != verdict) {
                for (Fact fact : Fact.values()) {
                    if (fact != Fact.STAGE && situation.isStated(fact) && verdicts.get(alone(situation, fact)) == verdict) {
                        decided.add(fact);
                    }
                }
            }
        }
        decided.removeIf(fact -> !situation.isStated(fact));
        decided.sort(null);
        return decided;
    }

    // The situation with one fact changed or left out, each way the first look takes.
    private static List<Situation> leftOut(Situation situation) {
        List<Situation> variants = new ArrayList<>(otherValues(situation, Fact.DAYS_SINCE_BREAKUP));
        variants.addAll(otherValues(situation, Fact.STAGE));
        for (Fact fact : Fact.values()) {
            if (fact.isQuestion() && situation.isStated(fact)) {
                variants.add(situation.toBuilder().clear(fact).build());
            }
        }
        return variants;
    }

    // The stage alone, and each stated fact but the stage alone with the stage.
    private static List<Situation> alone(Situation situation) {
        List<Situation> alone = new ArrayList<>();
        alone.add(alone(situation, null));
        for (Fact fact : Fact.values()) {
            if (fact != Fact.STAGE && situation.isStated(fact)) {
                alone.add(alone(situation, fact));
            }
        }
        return alone;
    }

    private Map<Situation, Verdict> verdictsOf(List<Situation> situations) {
        List<Advice> advice = rules.apply(situations);
        Map<Situation, Verdict> verdicts = new HashMap<>();
        for (int i = 0; i < situations.size(); i++) {
            verdicts.put(situations.get(i), advice.get(i).verdict());
        }
        return verdicts;
    }

    private static List<Situation> otherValues(Situation situation, Fact fact) {
        List<Situation> others = new ArrayList<>();
        if (fact == Fact.STAGE) {
            for (Stage stage : Stage.values()) {
                if (stage != situation.stage()) {
                    others.add(situation.toBuilder().stage(stage).build());
                }
            }
        } else {
            // Verdicts change with the days only around a month: a day before and after it, and the extremes.
            for (int days : new int[] {0, A_MONTH - 1, A_MONTH, Situation.MAX_DAYS}) {
                if (days != situation.daysSinceBreakup()) {
                    others.add(situation.toBuilder().daysSinceBreakup(days).build());
                }
            }
        }
        return others;
    }

    // The situation with only its stage and, if given, one more fact stated; the days are a month
    // (no longer too soon) unless the fact is the days.
    private static Situation alone(Situation situation, Fact fact) {
        Situation.Builder builder = Situation.builder(fact == Fact.DAYS_SINCE_BREAKUP ? situation.daysSinceBreakup() : A_MONTH);
        if (situation.isStated(Fact.STAGE)) {
            builder.stage(situation.stage());
        }
        if (fact != null && fact.type() == Fact.Type.BOOLEAN) {
            builder.with(fact, situation.answer(fact));
        } else if (fact != null && fact.type() == Fact.Type.CHOICES) {
            builder.choices(fact, List.copyOf(situation.chosen(fact)));
        }
        return builder.build();
    }
}
