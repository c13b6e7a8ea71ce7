package org.reconcile.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What a situation states: an empty list is a statement, a fact left out is not, and the builder can say both. */
class SituationTest {

    @Test
    void anEmptyListIsStatedAndALeftOutListIsNot() {
        Situation none = Situation.builder(40).motives().choices(Fact.BREAKUP_REASONS, List.of()).build();
        Situation unsaid = Situation.builder(40).build();

        assertThat(none.isStated(Fact.MOTIVES)).isTrue();
        assertThat(none.isStated(Fact.BREAKUP_REASONS)).isTrue();
        assertThat(none.motives()).isEmpty();
        assertThat(unsaid.isStated(Fact.MOTIVES)).isFalse();
        assertThat(unsaid.isStated(Fact.BREAKUP_REASONS)).isFalse();
        assertThat(unsaid.motives()).isEmpty();
        assertThat(none).isNotEqualTo(unsaid);
        assertThat(none.toString()).contains("motives=[]", "breakupReasons=[]");
        assertThat(unsaid.toString()).doesNotContain("motives", "breakupReasons");
    }

    @Test
    void clearMakesAFactNotStatedAgain() {
        Situation stated = Situation.builder(40).stage(Stage.CAUGHT_UP).motives(Motive.REVENGE).breakupReasons()
                .with(Fact.EX_READY, true).build();

        Situation unstated = stated.toBuilder().clear(Fact.STAGE).clear(Fact.MOTIVES).clear(Fact.BREAKUP_REASONS)
                .clear(Fact.EX_READY).build();

        assertThat(unstated).isEqualTo(Situation.builder(40).build());
        assertThat(unstated.stage()).isEqualTo(Stage.NO_CONTACT);
        assertThat(unstated.motives()).isEmpty();
        assertThat(unstated.answer(Fact.EX_READY)).isEqualTo(Answer.UNKNOWN);
        assertThat(stated.toBuilder().build()).as("toBuilder keeps what was stated").isEqualTo(stated);
    }

    @Test
    void aStageLeftOutReadsAsNoContactButIsNotStated() {
        Situation unsaid = Situation.builder(10).build();
        Situation said = Situation.builder(10).stage(Stage.NO_CONTACT).build();

        assertThat(unsaid.stage()).isEqualTo(Stage.NO_CONTACT);
        assertThat(unsaid.isStated(Fact.STAGE)).isFalse();
        assertThat(said.isStated(Fact.STAGE)).isTrue();
        assertThat(said).isNotEqualTo(unsaid);
        assertThat(Situation.builder(10).choice(Fact.STAGE, Stage.TALKED).build().isStated(Fact.STAGE)).isTrue();
    }

    @Test
    void theDaysAreAlwaysStatedAndCannotBeLeftOut() {
        assertThat(Situation.builder(0).build().isStated(Fact.DAYS_SINCE_BREAKUP)).isTrue();
        assertThatThrownBy(() -> Situation.builder(10).clear(Fact.DAYS_SINCE_BREAKUP))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("daysSinceBreakup is required: every case states it");
    }
}
