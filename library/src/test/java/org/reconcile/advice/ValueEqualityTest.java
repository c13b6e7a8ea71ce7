package org.reconcile.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.reconcile.Advisor;
import org.reconcile.model.Fact;
import org.reconcile.model.Situation;

/**
 * Each value type is equal to a copy of itself, with the same hash code, and differs from a value
 * that differs in any one part, with (here) a different hash code; and its text says what it is.
 */
class ValueEqualityTest {

    private static void equalToItsCopyOnly(Object value, Object copy, Object... others) {
        assertThat(value).isEqualTo(copy).hasSameHashCodeAs(copy).isNotEqualTo("another type");
        for (Object other : others) {
            assertThat(value).isNotEqualTo(other);
            assertThat(value.hashCode()).as("hash code of %s and %s", value, other).isNotEqualTo(other.hashCode());
        }
    }

    @Test
    void recommendations() {
        Recommendation r = new Recommendation("a/b", Optional.of(Verdict.WAIT), "Wait.", "wait");
        equalToItsCopyOnly(r, new Recommendation("a/b", Optional.of(Verdict.WAIT), "Wait.", "wait"),
                new Recommendation("a/c", Optional.of(Verdict.WAIT), "Wait.", "wait"),
                new Recommendation("a/b", Optional.empty(), "Wait.", "wait"),
                new Recommendation("a/b", Optional.of(Verdict.WAIT), "Hold on.", "wait"),
                new Recommendation("a/b", Optional.of(Verdict.WAIT), "Wait.", "hold"));
        assertThat(r).hasToString("Recommendation[a/b, WAIT]");
        assertThat(new Recommendation("a/b", Optional.empty(), "x", "y")).hasToString("Recommendation[a/b]");
        assertThat(r.advice()).isEqualTo("Wait.");
        assertThat(r.source()).isEqualTo("wait");
    }

    @Test
    void ruleInfos() {
        RuleInfo info = new RuleInfo("a/b", "B", "a.drl", Optional.of(Verdict.WAIT), Optional.of("Wait."), "wait");
        equalToItsCopyOnly(info, new RuleInfo("a/b", "B", "a.drl", Optional.of(Verdict.WAIT), Optional.of("Wait."), "wait"),
                new RuleInfo("a/c", "B", "a.drl", Optional.of(Verdict.WAIT), Optional.of("Wait."), "wait"),
                new RuleInfo("a/b", "C", "a.drl", Optional.of(Verdict.WAIT), Optional.of("Wait."), "wait"),
                new RuleInfo("a/b", "B", "b.drl", Optional.of(Verdict.WAIT), Optional.of("Wait."), "wait"),
                new RuleInfo("a/b", "B", "a.drl", Optional.empty(), Optional.of("Wait."), "wait"),
                new RuleInfo("a/b", "B", "a.drl", Optional.of(Verdict.WAIT), Optional.empty(), "wait"),
                new RuleInfo("a/b", "B", "a.drl", Optional.of(Verdict.WAIT), Optional.of("Wait."), "hold"));
        assertThat(info.toRecommendation()).isEqualTo(new Recommendation("a/b", Optional.of(Verdict.WAIT), "Wait.", "wait"));
    }

    @Test
    void firingsQuestionsFollowUpsAndExplanations() {
        Firing firing = new Firing("a/b", "B", List.of("Situation(daysSinceBreakup=3)"));
        equalToItsCopyOnly(firing, new Firing("a/b", "B", List.of("Situation(daysSinceBreakup=3)")),
                new Firing("a/c", "B", List.of("Situation(daysSinceBreakup=3)")), new Firing("a/b", "C", List.of("Situation(daysSinceBreakup=3)")),
                new Firing("a/b", "B", List.of()));
        assertThat(firing).hasToString("Firing[a/b]");
        assertThat(firing.name()).isEqualTo("B");

        Question question = new Question(Fact.ABUSE, List.of(Verdict.DO_NOT_GO_BACK));
        equalToItsCopyOnly(question, new Question(Fact.ABUSE, List.of(Verdict.DO_NOT_GO_BACK)),
                new Question(Fact.RESENTMENT, List.of(Verdict.DO_NOT_GO_BACK)), new Question(Fact.ABUSE, List.of(Verdict.MOVE_ON)));

        FollowUp followUp = new FollowUp(Fact.RESENTMENT, List.of("a/b"));
        equalToItsCopyOnly(followUp, new FollowUp(Fact.RESENTMENT, List.of("a/b")), new FollowUp(Fact.ABUSE, List.of("a/b")),
                new FollowUp(Fact.RESENTMENT, List.of("a/c")));
        assertThat(followUp).hasToString("FollowUp[resentment -> [a/b]]");

        Recommendation overridden = new Recommendation("a/o", Optional.of(Verdict.WAIT), "x", "y");
        Explanation explanation = new Explanation(List.of(firing), List.of(overridden));
        equalToItsCopyOnly(explanation, new Explanation(List.of(firing), List.of(overridden)),
                new Explanation(List.of(), List.of(overridden)), new Explanation(List.of(firing), List.of()));
        assertThat(explanation).hasToString("Explanation[fired=[a/b], overridden=[a/o]]");
    }

    @Test
    void adviceAndItsExplanationFromTheRules() {
        Advice advice = Advisor.builtIn().advise(Situation.builder(10).build());

        assertThat(advice.explanation().firings()).extracting(Firing::rule).contains("cooling-off/wait-a-month");
        assertThat(advice.hashCode()).isNotEqualTo(Advisor.builtIn().advise(Situation.builder(40).build()).hashCode())
                .isEqualTo(Advisor.builtIn().advise(Situation.builder(10).build()).hashCode());
    }

    @Test
    void problems() {
        RulesException.Problem problem = new RulesException.Problem("a.drl", 0, "no line");
        equalToItsCopyOnly(problem, new RulesException.Problem("a.drl", 0, "no line"), new RulesException.Problem("b.drl", 0, "no line"),
                new RulesException.Problem("a.drl", 1, "no line"), new RulesException.Problem("a.drl", 0, "another"));
        assertThat(problem.line()).isZero();
    }
}
