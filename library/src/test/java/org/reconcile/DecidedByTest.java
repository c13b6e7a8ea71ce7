package org.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reconcile.advice.Advice;
import org.reconcile.advice.Verdict;
import org.reconcile.model.BreakupReason;
import org.reconcile.model.Fact;
import org.reconcile.model.Situation;
import org.reconcile.model.Stage;

/** Which of the facts a case stated decided its verdict: what a report repeats as "because you said". */
class DecidedByTest {
    private final Advisor advisor = TestAdvisor.get();

    private List<Fact> decidedBy(Situation situation, Verdict expected) {
        Advice advice = advisor.advise(situation);
        assertThat(advice.verdict()).as(situation.toString()).isEqualTo(expected);
        return advisor.decidedBy(situation, advice);
    }

    @Test
    void abuseAloneDecidesNotGoingBackWhateverTheDaysAndStage() {
        Situation situation = Situation.builder(100).stage(Stage.CAUGHT_UP).with(Fact.ABUSE, true).build();

        assertThat(decidedBy(situation, Verdict.DO_NOT_GO_BACK)).containsExactly(Fact.ABUSE);
    }

    @Test
    void aStageTheCaseDidNotGiveIsNeverNamedThoughAnotherStageWouldChangeTheVerdict() {
        assertThat(decidedBy(Situation.builder(10).build(), Verdict.WAIT)).containsExactly(Fact.DAYS_SINCE_BREAKUP);
        assertThat(decidedBy(Situation.builder(10).stage(Stage.NO_CONTACT).build(), Verdict.WAIT))
                .containsExactly(Fact.DAYS_SINCE_BREAKUP, Fact.STAGE);
    }

    @Test
    void factsThatEachGiveTheVerdictOnTheirOwnAreAllNamed() {
        Situation situation = Situation.builder(10).with(Fact.URGE_TO_PLEAD_OR_RANT, true).build();

        assertThat(decidedBy(situation, Verdict.WAIT)).containsExactly(Fact.DAYS_SINCE_BREAKUP, Fact.URGE_TO_PLEAD_OR_RANT);
    }

    @Test
    void factsThatChangeNothingAreNotNamed() {
        Situation situation = Situation.builder(45).with(Fact.ABUSE, false).with(Fact.STD_TESTED, true)
                .breakupReasons(BreakupReason.DISRESPECTED_BY_PARTNER).build();

        assertThat(decidedBy(situation, Verdict.MOVE_ON)).containsExactly(Fact.BREAKUP_REASONS);
    }

    @Test
    void aCaseThatStatesOnlyAStageThatMattersNamesTheStage() {
        Situation situation = Situation.builder(300).stage(Stage.ENDED).build();

        assertThat(decidedBy(situation, Verdict.MOVE_ON)).containsExactly(Fact.STAGE);
    }
}
