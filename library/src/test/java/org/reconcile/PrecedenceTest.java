package org.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reconcile.advice.Advice;
import org.reconcile.advice.Recommendation;
import org.reconcile.advice.Verdict;
import org.reconcile.model.Answer;
import org.reconcile.model.BreakupReason;
import org.reconcile.model.Fact;
import org.reconcile.model.Motive;
import org.reconcile.model.Situation;
import org.reconcile.model.Stage;

/** The contract's precedence: abuse, then a reason to let go, then the stage. */
class PrecedenceTest {
    private final Advisor advisor = TestAdvisor.get();

    @Test
    void abuseOverridesEveryOtherFact() {
        Situation everythingElseSaysRebuild = Situation.builder(365).stage(Stage.TALKED).with(Fact.ABUSE, true)
                .with(Fact.BOTH_WANT_TO_TRY_AGAIN, true).motives(Motive.BELIEVE_IN_POTENTIAL)
                .with(Fact.PLAN_TO_RESOLVE_PAST_ISSUES, true)
                .breakupReasons(BreakupReason.HURT_BY_PARTNER).build();

        Advice advice = advisor.advise(everythingElseSaysRebuild);

        assertThat(advice.verdict()).isEqualTo(Verdict.DO_NOT_GO_BACK);
        assertThat(advice.ruleIds()).first().isEqualTo("safety/do-not-go-back");
        assertThat(advice.explanation().overridden()).extracting(Recommendation::rule)
                .contains("rebuilding/put-in-the-work", "motives/let-it-go");
    }

    @Test
    void aReasonToLetGoBeatsWaiting() {
        Advice advice = advisor.advise(Situation.builder(3).with(Fact.URGE_TO_PLEAD_OR_RANT, true).motives(Motive.BRUISED_EGO).build());

        assertThat(advice.verdict()).isEqualTo(Verdict.MOVE_ON);
        assertThat(advice.ruleIds()).doesNotContain("cooling-off/wait-a-month", "cooling-off/resist-the-urge");
        assertThat(advice.explanation().overridden()).extracting(Recommendation::rule)
                .contains("cooling-off/wait-a-month", "cooling-off/resist-the-urge");
    }

    @Test
    void coolingOffHoldsUntilTheSeriousTalk() {
        Advice reachedOut = advisor.advise(Situation.builder(3).stage(Stage.REACHED_OUT).with(Fact.EX_READY, true).build());
        Advice caughtUp = advisor.advise(Situation.builder(90).stage(Stage.CAUGHT_UP).with(Fact.EX_READY, true)
                .with(Fact.URGE_TO_PLEAD_OR_RANT, true).build());
        Advice talked = advisor.advise(Situation.builder(3).stage(Stage.TALKED).build());

        assertThat(reachedOut.verdict()).isEqualTo(Verdict.WAIT);
        assertThat(reachedOut.ruleIds()).contains("cooling-off/wait-a-month").doesNotContain("reconnecting/meet-for-coffee");
        assertThat(caughtUp.verdict()).isEqualTo(Verdict.WAIT);
        assertThat(caughtUp.ruleIds()).contains("cooling-off/resist-the-urge");
        assertThat(talked.verdict()).isEqualTo(Verdict.TALK);
        assertThat(talked.explanation().firings()).extracting(f -> f.rule()).doesNotContain("cooling-off/too-soon");
    }

    @Test
    void theAdviceKeepsOnlyRecommendationsWhoseRulesGiveItsVerdictOrNoneAndOverridesTheRest() {
        Situation situation = Situation.builder(5).with(Fact.ABUSE, true).motives(Motive.REVENGE).with(Fact.URGE_TO_PLEAD_OR_RANT, true).build();

        Advice advice = advisor.advise(situation);

        RuleVerdicts.checkAgreement(advice, situation.toString());
        assertThat(advice.explanation().overridden()).as("overridden").isNotEmpty();
    }

    @Test
    void theRuleFilesReadHereHaveExactlyTheRulesOfTheAdvisor() {
        assertThat(RuleVerdicts.byId().keySet()).containsExactlyInAnyOrderElementsOf(advisor.rules().stream().map(r -> r.rule()).toList());
    }

    @ParameterizedTest(name = "{0} day(s), {1}, exReady {2}, bothWantToTryAgain {3}, urge {4}: {5}")
    @CsvSource({
            "0,    NO_CONTACT,    UNKNOWN, UNKNOWN, UNKNOWN, WAIT",
            "29,   NO_CONTACT,    UNKNOWN, UNKNOWN, NO,      WAIT",
            "30,   NO_CONTACT,    UNKNOWN, UNKNOWN, UNKNOWN, REACH_OUT",
            "400,  NO_CONTACT,    UNKNOWN, UNKNOWN, YES,     WAIT",
            "40,   REACHED_OUT,   YES,     UNKNOWN, UNKNOWN, MEET_UP",
            "40,   REACHED_OUT,   NO,      UNKNOWN, UNKNOWN, WAIT",
            "40,   REACHED_OUT,   UNKNOWN, UNKNOWN, UNKNOWN, WAIT",
            "60,   CAUGHT_UP,     NO,      UNKNOWN, UNKNOWN, WAIT",
            "60,   CAUGHT_UP,     UNKNOWN, UNKNOWN, UNKNOWN, TALK",
            "60,   CAUGHT_UP,     YES,     UNKNOWN, UNKNOWN, TALK",
            "20,   REACHED_OUT,   YES,     UNKNOWN, UNKNOWN, WAIT",
            "20,   CAUGHT_UP,     YES,     UNKNOWN, UNKNOWN, WAIT",
            "60,   CAUGHT_UP,     UNKNOWN, UNKNOWN, YES,     WAIT",
            "3,    TALKED,        UNKNOWN, YES,     YES,     REBUILD",
            "90,   TALKED,        UNKNOWN, YES,     UNKNOWN, REBUILD",
            "90,   TALKED,        UNKNOWN, UNKNOWN, UNKNOWN, TALK",
            "90,   TALKED,        UNKNOWN, NO,      UNKNOWN, MOVE_ON",
            "200,  BACK_TOGETHER, UNKNOWN, UNKNOWN, UNKNOWN, REBUILD",
            "200,  ENDED,         UNKNOWN, UNKNOWN, UNKNOWN, MOVE_ON",
            "3,    ENDED,         UNKNOWN, UNKNOWN, YES,     MOVE_ON"})
    void everyStageGetsTheContractsVerdict(int days, Stage stage, Answer exReady, Answer bothWant, Answer urge,
            Verdict expected) {
        Situation situation = Situation.builder(days).stage(stage).with(Fact.EX_READY, exReady)
                .with(Fact.BOTH_WANT_TO_TRY_AGAIN, bothWant).with(Fact.URGE_TO_PLEAD_OR_RANT, urge).motives(Motive.BELIEVE_IN_POTENTIAL).build();

        assertThat(advisor.advise(situation).verdict()).isEqualTo(expected);
    }

    @Test
    void theVerdictsOwnRecommendationsComeFirst() {
        Advice advice = advisor.advise(Situation.builder(10).build());

        assertThat(advice.verdict()).isEqualTo(Verdict.WAIT);
        assertThat(advice.recommendations().get(0).verdict()).contains(Verdict.WAIT);
        assertThat(advice.recommendations().get(advice.recommendations().size() - 1).verdict()).isEmpty();
    }
}
