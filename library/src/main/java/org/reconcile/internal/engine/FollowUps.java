package org.reconcile.internal.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.reconcile.advice.FollowUp;
import org.reconcile.advice.Question;
import org.reconcile.advice.Verdict;
import org.reconcile.model.Fact;
import org.reconcile.model.Situation;

/**
 * What the case did not say that would add advice without changing its verdict. The built-in
 * rules say it themselves (follow-up rules, see {@code rules/follow-ups.drl}); for rules that do
 * not, every single answer to every fact not stated is tried through the rules, in the same
 * evaluations that find the questions.
 */
final class FollowUps {
    private static final Comparator<RuleCatalog.Entry> GUIDANCE_ORDER = Comparator.comparingInt(RuleCatalog.Entry::rank);

    private FollowUps() {
    }

    /**
     * The follow-ups that the follow-up rules which fired for a case say, less the facts among its
     * questions and the rules already recommended or that its verdict would override.
     */
    static List<FollowUp> said(Situation situation, ChunkRecorder.CaseRecord record, Verdict verdict, List<Question> questions, RuleCatalog catalog) {
        Set<Fact> asked = facts(questions);
        Map<Fact, SortedSet<RuleCatalog.Entry>> adds = new EnumMap<>(Fact.class);
        for (RuleCatalog.FollowsUp followsUp : record.followedUp()) {
            if (asked.contains(followsUp.fact())) {
                continue;
            }
            for (String id : followsUp.couldAdd()) {
                RuleCatalog.Entry rule = catalog.byId(id);
                if (!record.recommended().contains(rule) && !rule.recommendation().contradicts(verdict)) {
                    adds.computeIfAbsent(followsUp.fact(), f -> new TreeSet<>(GUIDANCE_ORDER)).add(rule);
                }
            }
        }
        return followUps(situation, adds);
    }

    /**
     * The follow-ups of {@code situation}, found from what the rules did for it and for each single
     * answer to each fact not stated (its {@link Questions#variants}).
     *
     * @param records what the rules did for the situation and its variants
     * @param verdicts the verdicts of the situation and its variants; null where the rules gave none
     */
    static List<FollowUp> tried(Situation situation, List<Question> questions, Map<Situation, ChunkRecorder.CaseRecord> records,
            Map<Situation, Verdict> verdicts) {
        Verdict verdict = verdicts.get(situation);
        Set<RuleCatalog.Entry> recommended = Set.copyOf(kept(records.get(situation), verdict));
        Set<Fact> asked = facts(questions);
        Map<Fact, SortedSet<RuleCatalog.Entry>> adds = new EnumMap<>(Fact.class);
        for (Fact fact : Fact.values()) {
            if (!fact.isQuestion() || situation.isStated(fact) || asked.contains(fact)) {
                continue;
            }
            for (Situation answered : Questions.answered(situation, fact)) {
                if (verdicts.get(answered) != verdict) {
                    continue; // only a custom rule set can leave a variant without a verdict
                }
                for (RuleCatalog.Entry rule : kept(records.get(answered), verdict)) {
                    if (!recommended.contains(rule)) {
                        adds.computeIfAbsent(fact, f -> new TreeSet<>(GUIDANCE_ORDER)).add(rule);
                    }
                }
            }
        }
        return followUps(situation, adds);
    }

    // The advice rules that fired and agree with the verdict: those that give recommendations.
    private static List<RuleCatalog.Entry> kept(ChunkRecorder.CaseRecord record, Verdict verdict) {
        return record.recommended().stream().filter(rule -> !rule.recommendation().contradicts(verdict)).toList();
    }

    private static Set<Fact> facts(List<Question> questions) {
        Set<Fact> facts = EnumSet.noneOf(Fact.class);
        questions.forEach(question -> facts.add(question.fact()));
        return facts;
    }

    // In the catalog's order, each with its rules in the guidance's order.
    private static List<FollowUp> followUps(Situation situation, Map<Fact, SortedSet<RuleCatalog.Entry>> adds) {
        List<FollowUp> followUps = new ArrayList<>(adds.size());
        adds.forEach((fact, rules) -> followUps.add(new FollowUp(fact, situation.stage(),
                rules.stream().map(rule -> rule.info().rule()).toList())));
        return followUps;
    }
}
