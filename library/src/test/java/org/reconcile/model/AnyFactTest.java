package org.reconcile.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.reconcile.SituationGenerator;

/**
 * One way to set and get any fact, for a form built from the catalog; and the builder's checks
 * and the situation's equality, each of which a plausible slip would break.
 */
class AnyFactTest {

    @Test
    void everyFactReadWithGetAndWrittenWithSetGivesTheSameSituation() {
        SituationGenerator.situations(18, 500).forEach(situation -> {
            Situation.Builder copy = Situation.builder(0);
            for (Fact fact : Fact.values()) {
                copy.set(fact, situation.get(fact).orElse(null));
            }
            assertThat(copy.build()).as(situation.toString()).isEqualTo(situation);
        });
    }

    @Test
    void getGivesTheValueOfEachTypeAndNothingForAFactNotStated() {
        Situation situation = Situation.builder(12).stage(Stage.REACHED_OUT).motives().with(Fact.ABUSE, false).build();

        assertThat(situation.get(Fact.DAYS_SINCE_BREAKUP)).contains(12);
        assertThat(situation.get(Fact.STAGE)).contains(Stage.REACHED_OUT);
        assertThat(situation.get(Fact.MOTIVES)).contains(Set.of());
        assertThat(situation.get(Fact.ABUSE)).contains(false);
        assertThat(situation.get(Fact.EX_READY)).isEmpty();
        assertThat(situation.get(Fact.BREAKUP_REASONS)).isEmpty();
    }

    @Test
    void setTakesAnAnswerOrABooleanAndNullClears() {
        Situation.Builder builder = Situation.builder(12).set(Fact.EX_READY, Answer.YES).set(Fact.ABUSE, Boolean.FALSE);
        assertThat(builder.build().answer(Fact.EX_READY)).isEqualTo(Answer.YES);
        assertThat(builder.build().answer(Fact.ABUSE)).isEqualTo(Answer.NO);

        assertThat(builder.set(Fact.EX_READY, null).build().isStated(Fact.EX_READY)).isFalse();
    }

    @Test
    void aValueOfTheWrongTypeSaysWhatTheFactMustBe() {
        assertThatThrownBy(() -> Situation.builder(1).set(Fact.ABUSE, "yes")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("abuse must be true, false or null, was yes (a String)");
        assertThatThrownBy(() -> Situation.builder(1).set(Fact.STAGE, Motive.REVENGE))
                .hasMessage("stage must be one of NO_CONTACT, REACHED_OUT, CAUGHT_UP, TALKED, BACK_TOGETHER, ENDED, was REVENGE");
        assertThatThrownBy(() -> Situation.builder(1).set(Fact.MOTIVES, List.of(Stage.TALKED)))
                .hasMessageStartingWith("motives must be an array of BELIEVE_IN_POTENTIAL, EMOTIONAL_VULNERABILITY");
        assertThatThrownBy(() -> Situation.builder(1).set(Fact.DAYS_SINCE_BREAKUP, 2L))
                .hasMessage("daysSinceBreakup must be an integer from 0 to 36500, was 2 (a Long)");
        assertThatThrownBy(() -> Situation.builder(1).set(Fact.DAYS_SINCE_BREAKUP, null))
                .hasMessage("daysSinceBreakup is required: every case states it");
    }

    @Test
    void theDaysMayBeAHundredYearsAndNotOneDayMore() {
        assertThat(Situation.builder(Situation.MAX_DAYS).build().daysSinceBreakup()).isEqualTo(36_500);
        assertThat(Situation.builder(0).build().daysSinceBreakup()).isZero();
        assertThatThrownBy(() -> Situation.builder(36_501).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("daysSinceBreakup must be an integer from 0 to 36500, was 36501");
        assertThatThrownBy(() -> Situation.builder(-1).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("daysSinceBreakup must be an integer from 0 to 36500, was -1");
    }

    @Test
    void choicesReplaceWhatWasChosenBefore() {
        Situation.Builder builder = Situation.builder(40).motives(Motive.REVENGE, Motive.BRUISED_EGO);

        assertThat(builder.motives(Motive.BELIEVE_IN_POTENTIAL).build().motives()).containsExactly(Motive.BELIEVE_IN_POTENTIAL);
        assertThat(builder.breakupReasons(BreakupReason.OTHER).breakupReasons().build().breakupReasons()).isEmpty();
        assertThat(builder.choices(Fact.MOTIVES, List.of()).build().motives()).isEmpty();
    }

    @Test
    void aChoiceNotOfTheFactListsTheAllowedValues() {
        assertThatThrownBy(() -> Situation.builder(1).choices(Fact.BREAKUP_REASONS, List.of(Motive.REVENGE)))
                .hasMessage("breakupReasons must be an array of HURT_BY_PARTNER, DISRESPECTED_BY_PARTNER, NOT_SATISFIED, OTHER,"
                        + " was REVENGE");
        assertThat(Fact.STAGE.constraint()).isEqualTo("must be one of NO_CONTACT, REACHED_OUT, CAUGHT_UP, TALKED, BACK_TOGETHER, ENDED");
        assertThat(Fact.ABUSE.constraint()).isEqualTo("must be true, false or null");
        assertThat(Fact.DAYS_SINCE_BREAKUP.constraint()).isEqualTo("must be an integer from 0 to 36500");
    }

    @Test
    void situationsDifferingInAnyOneFactAreNotEqual() {
        Situation base = Situation.builder(40).stage(Stage.CAUGHT_UP).motives(Motive.BELIEVE_IN_POTENTIAL)
                .breakupReasons(BreakupReason.OTHER).with(Fact.EX_READY, true).build();

        assertThat(base).isEqualTo(base.toBuilder().build()).hasSameHashCodeAs(base.toBuilder().build());
        assertThat(base).isNotEqualTo(base.toBuilder().daysSinceBreakup(41).build())
                .isNotEqualTo(base.toBuilder().stage(Stage.TALKED).build())
                .isNotEqualTo(base.toBuilder().motives(Motive.REVENGE).build())
                .isNotEqualTo(base.toBuilder().breakupReasons(BreakupReason.NOT_SATISFIED).build())
                .isNotEqualTo(base.toBuilder().with(Fact.EX_READY, false).build())
                .isNotEqualTo(base.toBuilder().with(Fact.RESENTMENT, false).build())
                .isNotEqualTo(null)
                .isNotEqualTo("a situation");
    }

    @Test
    void theAllowedValuesCannotBeChanged() {
        assertThatThrownBy(() -> Fact.MOTIVES.choices().set(0, Stage.TALKED)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Fact.ABUSE.choices()).isEmpty();
        assertThat(Fact.STAGE.choices()).containsExactly((Choice[]) Stage.values());
    }

    @Test
    void aSituationReadsTheFactsItWasBuiltWith() {
        Situation situation = Situation.builder(3).with(Fact.ABUSE, Answer.YES).build();

        assertThat(situation.answer(Fact.ABUSE).isYes()).isTrue();
        assertThat(situation.get(Fact.ABUSE)).isEqualTo(Optional.of(true));
        assertThatThrownBy(() -> situation.answer(Fact.MOTIVES)).hasMessage("motives is not a yes/no fact");
        assertThatThrownBy(() -> situation.chosen(Fact.STAGE)).hasMessage("stage is not a list of choices");
    }

    @Test
    void clearingOneListLeavesTheOtherAsItWas() {
        Situation.Builder builder = Situation.builder(40).motives(Motive.REVENGE).breakupReasons(BreakupReason.OTHER);

        Situation withoutReasons = builder.clear(Fact.BREAKUP_REASONS).build();

        assertThat(withoutReasons.breakupReasons()).isEmpty();
        assertThat(withoutReasons.motives()).containsExactly(Motive.REVENGE);
        assertThat(builder.breakupReasons(BreakupReason.OTHER).clear(Fact.MOTIVES).build().breakupReasons())
                .containsExactly(BreakupReason.OTHER);
    }

    @Test
    void theTextOfASituationNamesEveryStatedFactInTheCatalogsOrder() {
        Situation situation = Situation.builder(9).stage(Stage.TALKED).breakupReasons(BreakupReason.OTHER)
                .with(Fact.ABUSE, false).with(Fact.EX_READY, true).build();

        assertThat(situation).hasToString("Situation(daysSinceBreakup=9, stage=TALKED, abuse=false, breakupReasons=[OTHER],"
                + " exReady=true)");
    }

    @Test
    void differentSituationsHaveDifferentHashCodesAlmostAlways() {
        List<Situation> situations = SituationGenerator.situations(5, 200).distinct().toList();

        assertThat(situations.stream().map(Situation::hashCode).distinct().count()).isGreaterThan(situations.size() * 9L / 10);
    }
}
