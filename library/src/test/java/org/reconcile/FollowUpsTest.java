package org.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reconcile.advice.Advice;
import org.reconcile.advice.FollowUp;
import org.reconcile.advice.Question;
import org.reconcile.advice.Verdict;
import org.reconcile.model.BreakupReason;
import org.reconcile.model.Fact;
import org.reconcile.model.Motive;
import org.reconcile.model.Situation;
import org.reconcile.model.Stage;

/**
 * Follow-ups (and questions) checked against their definition: every single answer to every fact
 * not stated, advised on through the facade ({@link EveryAnswer}), never by the code that finds them.
 */
class FollowUpsTest {
    private static final long SEED = 20261203L;
    private static final int CASES = 3_000;

    private final Advisor advisor = TestAdvisor.get();

    @Test
    void followUpsAndQuestionsAreExactlyWhatTryingEverySingleAnswerFinds() {
        List<Situation> situations = SituationGenerator.situations(SEED, CASES).toList();
        List<Advice> advice = advisor.adviseAll(situations);
        EveryAnswer tried = EveryAnswer.tried(advisor, situations);

        Map<Fact, Integer> seen = new EnumMap<>(Fact.class);
        for (int i = 0; i < CASES; i++) {
            Situation situation = situations.get(i);
            String where = "case " + i + " of seed " + SEED + ": " + situation;
            List<EveryAnswer.FollowUpExpected> expected = tried.followUps(situation);
            assertThat(advice.get(i).followUps()).as(where).extracting(f -> new EveryAnswer.FollowUpExpected(f.fact(), f.couldAdd()))
                    .containsExactlyElementsOf(expected);
            assertThat(advice.get(i).questions()).as(where).extracting(q -> new ContractVerdict.Expected(q.fact(), q.couldChangeTo()))
                    .containsExactlyElementsOf(tried.questions(situation));
            expected.forEach(f -> seen.merge(f.fact(), 1, Integer::sum));
        }
        // The generator must reach every fact that can be a follow-up, or this test proves little.
        assertThat(seen.keySet()).as("facts followed up on in the generated cases").contains(Fact.BREAKUP_REASONS, Fact.MOTIVES,
                Fact.URGE_TO_PLEAD_OR_RANT, Fact.RESENTMENT, Fact.EX_READY, Fact.BOTH_WANT_TO_TRY_AGAIN,
                Fact.OLD_HABITS_RETURNING, Fact.BREAKUP_REASON_ADDRESSED, Fact.OLD_GRIEVANCES_RAISED, Fact.BROKEN_PROMISES,
                Fact.PRYING_INTO_TIME_APART, Fact.RESUMING_INTIMACY);
        assertThat(seen.values()).as("cases per fact followed up on").allMatch(n -> n >= 5);
    }

    @Test
    void backTogetherWithTheRestUnsaidTheRebuildingFactsAreFollowUpsInTheCatalogsOrder() {
        Situation situation = Situation.builder(300).stage(Stage.BACK_TOGETHER).with(Fact.ABUSE, false)
                .breakupReasons(BreakupReason.OTHER).motives(Motive.BELIEVE_IN_POTENTIAL).with(Fact.RESENTMENT, false).build();

        Advice advice = advisor.advise(situation);

        assertThat(advice.verdict()).isEqualTo(Verdict.REBUILD);
        assertThat(advice.followUps()).extracting(FollowUp::fact).contains(Fact.OLD_GRIEVANCES_RAISED, Fact.BROKEN_PROMISES,
                Fact.PRYING_INTO_TIME_APART).isSortedAccordingTo(Enum::compareTo);
        assertThat(advice.followUps()).filteredOn(f -> f.fact() == Fact.PRYING_INTO_TIME_APART).singleElement()
                .satisfies(f -> assertThat(f.couldAdd()).contains("rebuilding/dont-pry"));
        assertThat(advice.followUps()).allSatisfy(f -> {
            assertThat(f.ask()).isEqualTo(f.fact().ask()).endsWith("?");
            assertThat(advice.ruleIds()).doesNotContainAnyElementsOf(f.couldAdd());
        });
    }

    @Test
    void aFollowUpIsNeverAQuestion() {
        // Caught up a month on, their answer unknown: a yes would add advice, but a no means waiting.
        Advice advice = advisor.advise(Situation.builder(60).stage(Stage.CAUGHT_UP).build());

        assertThat(advice.questions()).extracting(Question::fact).contains(Fact.EX_READY);
        assertThat(advice.followUps()).extracting(FollowUp::fact).doesNotContain(Fact.EX_READY);
    }

    @Test
    void anEmptyListIsAStatementNeverAskedNorFollowedUpOn() {
        Situation reasonsUnsaid = Situation.builder(60).motives(Motive.REVENGE).build();
        Situation noneOfTheReasons = reasonsUnsaid.toBuilder().breakupReasons().build();

        assertThat(advisor.advise(reasonsUnsaid).followUps()).extracting(FollowUp::fact).contains(Fact.BREAKUP_REASONS);
        assertThat(advisor.advise(noneOfTheReasons).followUps()).extracting(FollowUp::fact).doesNotContain(Fact.BREAKUP_REASONS);
        Advice none = advisor.advise(Situation.builder(45).breakupReasons().motives().build());
        assertThat(none.questions()).extracting(Question::fact).doesNotContain(Fact.BREAKUP_REASONS, Fact.MOTIVES);
        assertThat(advisor.advise(Situation.builder(45).build()).questions()).extracting(Question::fact)
                .contains(Fact.BREAKUP_REASONS, Fact.MOTIVES);
    }

    @Test
    void anEmptyListInAGeneratedCaseIsNeverAskedNorFollowedUpOn() {
        List<Situation> situations = SituationGenerator.situations(SEED + 1, CASES).toList();
        List<Advice> advice = advisor.adviseAll(situations);

        int empty = 0;
        for (int i = 0; i < CASES; i++) {
            Situation situation = situations.get(i);
            for (Fact fact : List.of(Fact.BREAKUP_REASONS, Fact.MOTIVES)) {
                if (situation.isStated(fact) && situation.chosen(fact).isEmpty()) {
                    empty++;
                    String where = "case " + i + " of seed " + (SEED + 1) + ": " + situation;
                    assertThat(advice.get(i).questions()).as(where).extracting(Question::fact).doesNotContain(fact);
                    assertThat(advice.get(i).followUps()).as(where).extracting(FollowUp::fact).doesNotContain(fact);
                }
            }
        }
        assertThat(empty).as("empty lists in the generated cases").isGreaterThan(CASES / 10);
    }

    @Test
    void checkingYourMotivesFitsSomeoneWhoChoseNoneAsWellAsSomeoneWhoDidNotSay() {
        Advice unsaid = advisor.advise(Situation.builder(45).build());
        Advice none = advisor.advise(Situation.builder(45).motives().breakupReasons().build());

        assertThat(unsaid.ruleIds()).contains("motives/check-your-motives", "motives/why-you-broke-up");
        assertThat(none.ruleIds()).contains("motives/check-your-motives", "motives/why-you-broke-up");
    }
}
