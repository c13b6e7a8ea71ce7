package org.reconcile.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Each fact's question at each stage, and what a case stated as statements about the person. */
class FactWordingTest {

    @Test
    void afterCatchingUpTheirReadinessIsAboutTalkingAboutTheRelationship() {
        assertThat(Fact.EX_READY.ask(Stage.CAUGHT_UP))
                .isEqualTo("Have they said they're willing to talk about the relationship and the breakup?");
        assertThat(Fact.EX_READY.ask(Stage.REACHED_OUT)).isEqualTo("Have they answered, and said they're ready to talk?");
        assertThat(Fact.EX_READY.statement(false, Stage.CAUGHT_UP)).isEqualTo("they aren't ready to talk about the relationship yet");
    }

    @Test
    void someoneBackTogetherIsNeverAskedWhyTheyWantToGetBackTogether() {
        assertThat(Fact.MOTIVES.ask(Stage.BACK_TOGETHER)).isEqualTo("Why did you get back together?");
        assertThat(Fact.MOTIVES.ask(Stage.NO_CONTACT)).isEqualTo("Why do you want to get back together?");
        assertThat(Fact.ABUSE.ask(Stage.BACK_TOGETHER)).isEqualTo("Is the relationship abusive in any way?");
        assertThat(Fact.ABUSE.statement(true, Stage.BACK_TOGETHER)).isEqualTo("the relationship is abusive");
        assertThat(Fact.ABUSE.statement(true, Stage.TALKED)).isEqualTo("the relationship was abusive");
    }

    @Test
    void everyQuestionAtEveryStageEndsInAQuestionMark() {
        for (Fact fact : Fact.values()) {
            for (Stage stage : Stage.values()) {
                assertThat(fact.ask(stage)).as(fact + " at " + stage).endsWith("?");
            }
        }
    }

    @Test
    void everyYesOrNoAnswerIsADistinctStatementNeverAQuestionOrAYes() {
        for (Fact fact : Fact.values()) {
            if (fact.type() != Fact.Type.BOOLEAN) {
                continue;
            }
            for (Stage stage : Stage.values()) {
                String yes = fact.statement(true, stage);
                String no = fact.statement(false, stage);
                assertThat(yes).as(fact + " yes at " + stage).matches("[a-z][^?]*[a-zs]").isNotEqualTo(no);
                assertThat(no).as(fact + " no at " + stage).matches("[a-z][^?]*[a-zs]");
            }
        }
    }

    @Test
    void everyChoiceHasItsOwnStatement() {
        Set<String> seen = new HashSet<>();
        for (Fact fact : Fact.values()) {
            for (Choice choice : fact.choices()) {
                assertThat(choice.statement()).as(choice.name()).matches("[a-z][^?]*[a-z]");
                assertThat(seen.add(choice.statement())).as("statement of " + choice.name() + " is unique").isTrue();
            }
        }
    }

    @Test
    void aStatementOfAFactThatIsNotYesOrNoIsRefused() {
        assertThatThrownBy(() -> Fact.MOTIVES.statement(true, Stage.NO_CONTACT))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("motives is not a yes/no fact");
    }

    @Test
    void statementsSayWhatTheCaseStatedAndNothingItDidNot() {
        Situation unsaid = Situation.builder(1).build();
        assertThat(Fact.DAYS_SINCE_BREAKUP.statements(unsaid)).containsExactly("it has been 1 day since the breakup");
        assertThat(Fact.STAGE.statements(unsaid)).as("a stage read as no contact, not said").isEmpty();
        assertThat(Fact.ABUSE.statements(unsaid)).isEmpty();
        assertThat(Fact.MOTIVES.statements(unsaid)).isEmpty();

        Situation said = Situation.builder(12).stage(Stage.NO_CONTACT).with(Fact.ABUSE, false)
                .breakupReasons(BreakupReason.HURT_BY_PARTNER, BreakupReason.DISRESPECTED_BY_PARTNER).motives().build();
        assertThat(Fact.DAYS_SINCE_BREAKUP.statements(said)).containsExactly("it has been 12 days since the breakup");
        assertThat(Fact.STAGE.statements(said)).containsExactly("you haven't been in touch since the breakup");
        assertThat(Fact.ABUSE.statements(said)).containsExactly("the relationship was not abusive");
        assertThat(Fact.BREAKUP_REASONS.statements(said)).containsExactly(
                "you broke up partly because they did something hurtful",
                "you broke up partly because they were disrespectful");
        assertThat(Fact.MOTIVES.statements(said)).as("an empty list says none of these")
                .containsExactly("none of the listed reasons is why you want to be with them");
    }
}
