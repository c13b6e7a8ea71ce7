package org.reconcile.internal.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.reconcile.advice.Question;
import org.reconcile.advice.Verdict;
import org.reconcile.model.Answer;
import org.reconcile.model.Choice;
import org.reconcile.model.Fact;
import org.reconcile.model.Situation;

/**
 * What the case did not say that could change its verdict. The built-in rules say it themselves
 * (question rules, see {@code rules/questions.drl}); for rules that ask nothing, every single answer
 * to every fact not stated is tried through the rules, which is exact but costs some 30
 * evaluations a case.
 */
final class Questions {
    /** A month, read as 30 days: the day a case waiting only for time gets another verdict. */
    static final int A_MONTH = 30;

    private Questions() {
    }

    /** The situations whose verdicts the questions and days to wait of {@code situation} need. */
    static List<Situation> variants(Situation situation, Verdict verdict) {
        List<Situation> variants = new ArrayList<>();
        for (Fact fact : Fact.values()) {
            if (fact.isQuestion() && !situation.isStated(fact)) {
                variants.addAll(answered(situation, fact));
            }
        }
        if (verdict == Verdict.WAIT && situation.daysSinceBreakup() < A_MONTH) {
            variants.add(situation.toBuilder().daysSinceBreakup(A_MONTH).build());
        }
        return variants;
    }

    /** {@code situation} with each single answer to {@code fact}: yes and no, or one of the choices. */
    static List<Situation> answered(Situation situation, Fact fact) {
        List<Situation> answered = new ArrayList<>();
        if (fact.type() == Fact.Type.BOOLEAN) {
            answered.add(situation.toBuilder().with(fact, Answer.YES).build());
            answered.add(situation.toBuilder().with(fact, Answer.NO).build());
        } else {
            for (Choice choice : fact.choices()) {
                answered.add(situation.toBuilder().choices(fact, List.of(choice)).build());
            }
        }
        return answered;
    }

    /** The questions that the question rules which fired for a case ask, given its verdict. */
    static List<Question> asked(Situation situation, List<RuleCatalog.Asks> asked, Verdict verdict) {
        Map<Fact, Set<Verdict>> changes = new EnumMap<>(Fact.class);
        for (RuleCatalog.Asks asks : asked) {
            if (asks.fact() != null && asks.couldChangeTo() != verdict) {
                changes.computeIfAbsent(asks.fact(), f -> EnumSet.noneOf(Verdict.class)).add(asks.couldChangeTo());
            }
        }
        List<Question> questions = new ArrayList<>(changes.size());
        changes.forEach((fact, verdicts) -> questions.add(new Question(fact, situation.stage(), List.copyOf(verdicts))));
        return mostDecisiveFirst(questions);
    }

    /** The days to wait that the question rules which fired for a case give, given its verdict. */
    static OptionalInt daysToWait(Situation situation, Verdict verdict, List<RuleCatalog.Asks> asked) {
        for (RuleCatalog.Asks asks : asked) {
            if (asks.untilDay() > situation.daysSinceBreakup() && verdict == Verdict.WAIT) {
                return OptionalInt.of(asks.untilDay() - situation.daysSinceBreakup());
            }
        }
        return OptionalInt.empty();
    }

    // By the first verdict each could change to; the sort is stable, so facts keep the catalog's order.
    private static List<Question> mostDecisiveFirst(List<Question> questions) {
        questions.sort(Comparator.comparing(q -> q.couldChangeTo().get(0)));
        return questions;
    }

    /** The questions of {@code situation}, given the verdicts of it and its {@link #variants}. */
    static List<Question> of(Situation situation, Verdict verdict, Map<Situation, Verdict> verdicts) {
        List<Question> questions = new ArrayList<>();
        for (Fact fact : Fact.values()) {
            if (fact.isQuestion() && !situation.isStated(fact)) {
                Set<Verdict> others = EnumSet.noneOf(Verdict.class);
                for (Situation variant : answered(situation, fact)) {
                    Verdict other = verdicts.get(variant);
                    if (other != null) {
                        others.add(other);
                    }
                }
                others.remove(verdict);
                if (!others.isEmpty()) {
                    questions.add(new Question(fact, situation.stage(), List.copyOf(others)));
                }
            }
        }
        return mostDecisiveFirst(questions);
    }

    /** The days until a case that waits only for time gets another verdict; empty for every other case. */
    static OptionalInt daysToWait(Situation situation, Verdict verdict, Map<Situation, Verdict> verdicts) {
        if (verdict != Verdict.WAIT || situation.daysSinceBreakup() >= A_MONTH) {
            return OptionalInt.empty();
        }
        Verdict atAMonth = verdicts.get(situation.toBuilder().daysSinceBreakup(A_MONTH).build());
        return atAMonth == null || atAMonth == Verdict.WAIT ? OptionalInt.empty() : OptionalInt.of(A_MONTH - situation.daysSinceBreakup());
    }
}
