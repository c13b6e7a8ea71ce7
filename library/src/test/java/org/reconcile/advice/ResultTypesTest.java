package org.reconcile.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.reconcile.Advisor;
import org.reconcile.model.Fact;
import org.reconcile.model.Situation;

/** The result types: immutable, compared by value, short as text, and clear about what is missing. */
class ResultTypesTest {
    private static final Recommendation WAIT = new Recommendation("cooling-off/wait-a-month", Optional.of(Verdict.WAIT),
            "Wait.", "at least a month");

    @Test
    void adviceCopiesItsListsSoChangingThemAfterwardsChangesNothing() {
        List<Recommendation> recommendations = new ArrayList<>(List.of(WAIT));
        Advice advice = Advice.builder(Verdict.WAIT).recommendations(recommendations).build();

        recommendations.clear();

        assertThat(advice.recommendations()).containsExactly(WAIT);
        assertThatThrownBy(() -> advice.recommendations().add(WAIT)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void adviceIsComparedByEveryPart() {
        Advice advice = Advice.builder(Verdict.WAIT).recommendations(List.of(WAIT)).daysToWait(OptionalInt.of(20)).build();

        assertThat(advice).isEqualTo(Advice.builder(Verdict.WAIT).recommendations(List.of(WAIT)).daysToWait(OptionalInt.of(20)).build())
                .hasSameHashCodeAs(Advice.builder(Verdict.WAIT).recommendations(List.of(WAIT)).daysToWait(OptionalInt.of(20)).build());
        assertThat(advice).isNotEqualTo(Advice.builder(Verdict.WAIT).recommendations(List.of(WAIT)).build())
                .isNotEqualTo(Advice.builder(Verdict.MOVE_ON).recommendations(List.of(WAIT)).daysToWait(OptionalInt.of(20)).build())
                .isNotEqualTo(Advice.builder(Verdict.WAIT).daysToWait(OptionalInt.of(20)).build())
                .isNotEqualTo(Advice.builder(Verdict.WAIT).recommendations(List.of(WAIT)).daysToWait(OptionalInt.of(20))
                        .safety(Optional.of(Safety.NOTE)).build())
                .isNotEqualTo(Advice.builder(Verdict.WAIT).recommendations(List.of(WAIT)).daysToWait(OptionalInt.of(20))
                        .questions(List.of(new Question(Fact.ABUSE, List.of(Verdict.DO_NOT_GO_BACK)))).build())
                .isNotEqualTo(Advice.builder(Verdict.WAIT).recommendations(List.of(WAIT)).daysToWait(OptionalInt.of(20))
                        .followUps(List.of(new FollowUp(Fact.RESENTMENT, List.of("x/y")))).build())
                .isNotEqualTo(Advice.builder(Verdict.WAIT).recommendations(List.of(WAIT)).daysToWait(OptionalInt.of(20))
                        .explanation(new Explanation(List.of(new Firing("x/y", "Y", List.of())), List.of())).build());
    }

    @Test
    void adviceAsTextIsItsVerdictAndRulesNotEveryWordOfTheGuidance() {
        Advice advice = Advisor.builtIn().advise(Situation.builder(10).build());

        assertThat(advice).hasToString("Advice[WAIT, rules=" + advice.ruleIds() + "]");
        assertThat(advice.toString()).hasSizeLessThan(400).doesNotContain(advice.recommendations().get(0).source());
    }

    @Test
    void aMissingPartIsNamedInTheMessage() {
        assertThatThrownBy(() -> Advice.builder(null)).hasMessage("verdict must not be null");
        assertThatThrownBy(() -> Advice.builder(Verdict.WAIT).safety(null)).hasMessageStartingWith("safety must not be null");
        assertThatThrownBy(() -> new Recommendation("r/x", null, "a", "s")).hasMessageStartingWith("verdict must not be null");
        assertThatThrownBy(() -> new Question(null, List.of())).hasMessage("fact must not be null");
        assertThatThrownBy(() -> new Firing("r/x", "X", null)).hasMessageStartingWith("facts must not be null");
        assertThatThrownBy(() -> new RuleInfo("r/x", "X", null, Optional.empty(), Optional.empty(), "s"))
                .hasMessage("file must not be null");
    }

    @Test
    void daysToWaitMustBeAtLeastOne() {
        assertThatThrownBy(() -> Advice.builder(Verdict.WAIT).daysToWait(OptionalInt.of(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("daysToWait must be at least 1, was 0");
    }

    @Test
    void aQuestionAsksWhatItsFactAsks() {
        Question question = new Question(Fact.EX_READY, List.of(Verdict.MEET_UP));

        assertThat(question.ask()).isEqualTo(Fact.EX_READY.ask());
        assertThat(new FollowUp(Fact.RESENTMENT, List.of("x/y")).ask()).isEqualTo(Fact.RESENTMENT.ask());
        assertThat(question).hasToString("Question[exReady -> [MEET_UP]]");
    }

    @Test
    void oneRuleIdIsCalledRuleInEveryType() {
        RuleInfo info = Advisor.builtIn().rules().get(0);

        assertThat(info.rule()).isEqualTo(Advisor.builtIn().rule(info.rule()).orElseThrow().rule());
        assertThat(Advisor.builtIn().rule("no/such-rule")).isEmpty();
        assertThat(info.toString()).isEqualTo("RuleInfo[" + info.rule() + " in " + info.file() + "]");
    }

    @Test
    void aProblemWithTheRulesSaysWhereAndWhat() {
        RulesException.Problem problem = new RulesException.Problem("a.drl", 3, "no such fact");

        assertThat(problem).hasToString("a.drl:3: no such fact").isEqualTo(new RulesException.Problem("a.drl", 3, "no such fact"))
                .isNotEqualTo(new RulesException.Problem("a.drl", 4, "no such fact"));
        assertThatThrownBy(() -> new RulesException.Problem("a.drl", -1, "x")).hasMessage("line must be 0 (not known) or more, was -1");
    }
}
