package org.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.reconcile.advice.Advice;
import org.reconcile.advice.Question;
import org.reconcile.advice.Recommendation;
import org.reconcile.advice.Verdict;
import org.reconcile.model.Answer;
import org.reconcile.model.Choice;
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

    /** A question as the brute force finds it. */
    private record Expected(Fact fact, List<Verdict> couldChangeTo) {
    }

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
            assertThat(actual.questions()).as(where).extracting(q -> new Expected(q.fact(), q.couldChangeTo()))
                    .containsExactlyElementsOf(bruteForceQuestions(situation));
            assertThat(actual.daysToWait()).as(where).isEqualTo(bruteForceDaysToWait(situation));
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

    // The contract's definition, written out: each fact not stated, each single answer, judged by the verdict table.
    private static List<Expected> bruteForceQuestions(Situation situation) {
        Verdict verdict = ContractVerdict.of(situation);
        List<Expected> questions = new ArrayList<>();
        for (Fact fact : Fact.values()) {
            if (fact == Fact.DAYS_SINCE_BREAKUP || fact == Fact.STAGE || stated(situation, fact)) {
                continue;
            }
            Set<Verdict> others = EnumSet.noneOf(Verdict.class);
            for (Situation answered : singleAnswers(situation, fact)) {
                others.add(ContractVerdict.of(answered));
            }
            others.remove(verdict);
            if (!others.isEmpty()) {
                questions.add(new Expected(fact, List.copyOf(others)));
            }
        }
        questions.sort(Comparator.comparing((Expected q) -> q.couldChangeTo().get(0)).thenComparing(Expected::fact));
        return questions;
    }

    private static boolean stated(Situation situation, Fact fact) {
        return fact.type() == Fact.Type.BOOLEAN ? situation.answer(fact) != Answer.UNKNOWN : !situation.chosen(fact).isEmpty();
    }

    private static List<Situation> singleAnswers(Situation situation, Fact fact) {
        List<Situation> answers = new ArrayList<>();
        if (fact.type() == Fact.Type.BOOLEAN) {
            answers.add(situation.toBuilder().with(fact, true).build());
            answers.add(situation.toBuilder().with(fact, false).build());
        } else {
            for (Choice choice : fact.choices()) {
                answers.add(situation.toBuilder().choices(fact, List.of(choice)).build());
            }
        }
        return answers;
    }

    private static OptionalInt bruteForceDaysToWait(Situation situation) {
        int days = situation.daysSinceBreakup();
        if (ContractVerdict.of(situation) != Verdict.WAIT || days >= 30) {
            return OptionalInt.empty();
        }
        Verdict atAMonth = ContractVerdict.of(situation.toBuilder().daysSinceBreakup(30).build());
        return atAMonth == Verdict.WAIT ? OptionalInt.empty() : OptionalInt.of(30 - days);
    }
}
