package org.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.reconcile.advice.Advice;
import org.reconcile.advice.Question;
import org.reconcile.advice.Recommendation;
import org.reconcile.advice.Verdict;
import org.reconcile.model.Answer;
import org.reconcile.model.Fact;
import org.reconcile.model.Situation;
import org.reconcile.model.Stage;

/**
 * Questions, days to wait and the safety note, checked against a brute-force definition: every
 * fact not stated, every single answer to it, judged by the contract's own verdict table
 * ({@link ContractVerdict}), never by the code under test.
 */
class QuestionsTest {
    private static final long SEED = 20261128L;
    private static final int CASES = 3_000;
    private static final Pattern CLAIMS_CALM = Pattern.compile("(?i)\\byou(?:'re| are| feel| now feel)\\s+calm");

    private final Advisor advisor = TestAdvisor.get();

    @Test
    void theContractsExampleGetsExactlyItsFiveQuestionsInOrder() {
        Advice advice = advisor.advise(Situation.builder(45).build());

        assertThat(advice.verdict()).isEqualTo(Verdict.REACH_OUT);
        assertThat(advice.questions()).extracting(Question::fact).containsExactly(Fact.ABUSE, Fact.BREAKUP_REASONS,
                Fact.MOTIVES, Fact.RESENTMENT, Fact.URGE_TO_PLEAD_OR_RANT);
        assertThat(advice.questions()).extracting(Question::couldChangeTo).containsExactly(List.of(Verdict.DO_NOT_GO_BACK),
                List.of(Verdict.MOVE_ON), List.of(Verdict.MOVE_ON), List.of(Verdict.MOVE_ON), List.of(Verdict.WAIT));
        assertThat(advice.questions()).allSatisfy(q -> assertThat(q.ask()).endsWith("?").isEqualTo(q.fact().ask()));
        assertThat(advice.daysToWait()).isEmpty();
        assertThat(advice.safety()).isEmpty();
    }

    @Test
    void tenDaysAfterTheBreakupWaitsTwentyDaysMore() {
        Advice advice = advisor.advise(Situation.builder(10).build());

        assertThat(advice.verdict()).isEqualTo(Verdict.WAIT);
        assertThat(advice.daysToWait()).hasValue(20);
    }

    @Test
    void theUrgeToPleadMeansNoDaysToWaitForItDoesNotPassWithTime() {
        Advice advice = advisor.advise(Situation.builder(10).with(Fact.URGE_TO_PLEAD_OR_RANT, true).build());

        assertThat(advice.verdict()).isEqualTo(Verdict.WAIT);
        assertThat(advice.daysToWait()).isEmpty();
    }

    @Test
    void questionsAndDaysToWaitAgreeWithTheBruteForceOnGeneratedCases() {
        List<Situation> situations = SituationGenerator.situations(SEED, CASES).toList();
        List<Advice> advice = advisor.adviseAll(situations);

        for (int i = 0; i < CASES; i++) {
            Situation situation = situations.get(i);
            String where = "case " + i + " of seed " + SEED + ": " + situation;
            Advice actual = advice.get(i);
            assertThat(actual.verdict()).as(where).isEqualTo(ContractVerdict.of(situation));
            assertThat(actual.questions()).as(where).extracting(q -> new ContractVerdict.Expected(q.fact(), q.couldChangeTo()))
                    .containsExactlyElementsOf(ContractVerdict.questions(situation));
            assertThat(actual.daysToWait()).as(where).isEqualTo(ContractVerdict.daysToWait(situation));
        }
    }

    @Test
    void everyDoNotGoBackHasASafetyNoteAndNoAdviceAboutTryingAgain() {
        List<Situation> situations = SituationGenerator.situations(SEED + 1, CASES).toList();
        List<Advice> advice = advisor.adviseAll(situations);

        int abusive = 0;
        for (int i = 0; i < CASES; i++) {
            Advice actual = advice.get(i);
            String where = "case " + i + ": " + situations.get(i);
            if (actual.verdict() == Verdict.DO_NOT_GO_BACK) {
                abusive++;
                assertThat(actual.safety()).as(where).hasValueSatisfying(note -> assertThat(note).isNotBlank());
                assertThat(actual.ruleIds()).as(where)
                        .doesNotContain("motives/check-your-motives", "motives/why-you-broke-up", "motives/good-intentions")
                        .containsAnyOf("safety/do-not-go-back", "safety/leave-safely");
                boolean backTogether = situations.get(i).stage() == Stage.BACK_TOGETHER;
                assertThat(actual.ruleIds()).as(where).contains(backTogether ? "safety/leave-safely" : "safety/do-not-go-back");
            } else {
                assertThat(actual.safety()).as(where).isEmpty();
            }
            if (actual.verdict() == Verdict.MOVE_ON) {
                assertThat(actual.ruleIds()).as(where).doesNotContain("motives/check-your-motives", "motives/why-you-broke-up");
            }
        }
        assertThat(abusive).as("generated cases with abuse").isGreaterThan(100);
    }

    @Test
    void withTheUrgeNotStatedNoAdviceSaysThePersonFeelsCalm() {
        List<Situation> situations = SituationGenerator.situations(SEED + 2, CASES)
                .map(s -> s.toBuilder().with(Fact.URGE_TO_PLEAD_OR_RANT, Answer.UNKNOWN).build()).toList();

        for (Advice advice : advisor.adviseAll(situations)) {
            for (Recommendation r : advice.recommendations()) {
                assertThat(r.advice()).as(r.rule()).doesNotContainPattern(CLAIMS_CALM);
            }
        }
        assertThat(advisor.rules()).as("no rule's advice claims calm, whatever the case")
                .allSatisfy(rule -> assertThat(rule.advice().orElse("")).doesNotContainPattern(CLAIMS_CALM));
    }
}
