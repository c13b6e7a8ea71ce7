package org.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reconcile.advice.Advice;
import org.reconcile.advice.RuleInfo;
import org.reconcile.advice.Verdict;
import org.reconcile.model.Fact;
import org.reconcile.model.Situation;

/**
 * Questions and follow-ups by their definition, for a test to compare with what an advisor says:
 * every single answer to every fact a case did not state, each advised on through the facade, and
 * the verdicts and recommendations compared. It reads nothing but verdicts and recommendations.
 */
public final class EveryAnswer {
    /** A follow-up as the definition gives it: a fact not stated, and the rules some answer adds, in the guidance's order. */
    public record FollowUpExpected(Fact fact, List<String> couldAdd) {
    }

    private static final int CHUNK = 4_096;

    private final Map<Situation, Advice> advice;
    private final Map<String, Integer> guidanceOrder = new HashMap<>();

    private EveryAnswer(Map<Situation, Advice> advice, List<RuleInfo> rules) {
        this.advice = advice;
        for (RuleInfo rule : rules) {
            guidanceOrder.put(rule.rule(), guidanceOrder.size());
        }
    }

    /** Every situation of {@code situations} and every single answer to each, advised on by {@code advisor}. */
    public static EveryAnswer tried(Advisor advisor, List<Situation> situations) {
        Set<Situation> all = new LinkedHashSet<>(situations);
        for (Situation situation : situations) {
            for (Fact fact : unstated(situation)) {
                all.addAll(ContractVerdict.singleAnswers(situation, fact));
            }
        }
        List<Situation> list = new ArrayList<>(all);
        Map<Situation, Advice> advice = new HashMap<>();
        for (int from = 0; from < list.size(); from += CHUNK) {
            List<Situation> chunk = list.subList(from, Math.min(list.size(), from + CHUNK));
            List<Advice> advised = advisor.adviseAll(chunk);
            for (int i = 0; i < chunk.size(); i++) {
                advice.put(chunk.get(i), advised.get(i));
            }
        }
        return new EveryAnswer(advice, advisor.rules());
    }

    /** The questions of {@code situation}: each fact not stated for which some answer gives another verdict, most decisive first. */
    public List<ContractVerdict.Expected> questions(Situation situation) {
        Verdict verdict = advice.get(situation).verdict();
        List<ContractVerdict.Expected> questions = new ArrayList<>();
        for (Fact fact : unstated(situation)) {
            Set<Verdict> others = EnumSet.noneOf(Verdict.class);
            ContractVerdict.singleAnswers(situation, fact).forEach(answered -> others.add(advice.get(answered).verdict()));
            others.remove(verdict);
            if (!others.isEmpty()) {
                questions.add(new ContractVerdict.Expected(fact, List.copyOf(others)));
            }
        }
        questions.sort(Comparator.comparing((ContractVerdict.Expected q) -> q.couldChangeTo().get(0)).thenComparing(ContractVerdict.Expected::fact));
        return questions;
    }

    /**
     * The follow-ups of {@code situation}: each fact not stated and not a question for which some
     * answer keeps the verdict and adds recommendations, in the order of the catalog of facts.
     */
    public List<FollowUpExpected> followUps(Situation situation) {
        Advice current = advice.get(situation);
        Set<Fact> asked = EnumSet.noneOf(Fact.class);
        questions(situation).forEach(q -> asked.add(q.fact()));
        List<FollowUpExpected> followUps = new ArrayList<>();
        for (Fact fact : unstated(situation)) {
            if (asked.contains(fact)) {
                continue;
            }
            Set<String> added = new LinkedHashSet<>();
            for (Situation answered : ContractVerdict.singleAnswers(situation, fact)) {
                Advice other = advice.get(answered);
                if (other.verdict() == current.verdict()) {
                    other.ruleIds().stream().filter(id -> !current.ruleIds().contains(id)).forEach(added::add);
                }
            }
            if (!added.isEmpty()) {
                followUps.add(new FollowUpExpected(fact, added.stream().sorted(Comparator.comparing(guidanceOrder::get)).toList()));
            }
        }
        return followUps;
    }

    // The facts a result may ask about that the situation did not state, in the catalog's order.
    private static List<Fact> unstated(Situation situation) {
        List<Fact> unstated = new ArrayList<>();
        for (Fact fact : Fact.values()) {
            if (fact.isQuestion() && !situation.isStated(fact)) {
                unstated.add(fact);
            }
        }
        return unstated;
    }
}
