package org.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reconcile.advice.Advice;
import org.reconcile.advice.Question;
import org.reconcile.advice.Recommendation;
import org.reconcile.advice.RuleInfo;
import org.reconcile.model.BreakupReason;
import org.reconcile.model.Fact;
import org.reconcile.model.Motive;
import org.reconcile.model.Situation;
import org.reconcile.model.Stage;

/**
 * The rules read against the guidance as its author would: its hedges kept, every sentence an
 * advice leans on in its source, the sentences no rule carried now carried, and words that fit
 * the stage a person is at, in the advice and in the questions.
 */
class GuidanceWordingTest {
    private final Advisor advisor = TestAdvisor.get();

    private RuleInfo rule(String id) {
        return advisor.rules().stream().filter(rule -> rule.rule().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + id));
    }

    @Test
    void theFirstMessageKeepsTheGuidancesHedgeOnApologising() {
        assertThat(rule("reconnecting/short-message").advice()).hasValueSatisfying(advice ->
                assertThat(advice).contains("apologise for anything you may need to apologise for"));
    }

    @Test
    void anAdviceThatLeansOnANeighbouringSentenceQuotesItToo() {
        assertThat(rule("cooling-off/words-can-damage").source())
                .endsWith("Venting all your anger in an irrational screed or pleading for his attention will both do much more harm than good.");
        assertThat(rule("motives/for-its-own-sake").source())
                .endsWith("Spend some time thinking about whether or not you really want to (or should) get together with this person.");
        assertThat(rule("motives/why-you-broke-up").source())
                .startsWith("Think carefully about why you broke up.").contains("(or should) get together with this person.");
        assertThat(rule("rebuilding/resist-old-habits").source()).contains("which will just build up frustration and resentment.");
    }

    @Test
    void theSentencesNoRuleCarriedAreNowEachInTheSourceOfAnAdviceRule() {
        List<String> sources = advisor.rules().stream().filter(RuleInfo::givesAdvice).map(RuleInfo::source).toList();

        for (String sentence : List.of("Beating yourself up won’t make any part of the situation better.",
                "Don’t be afraid of them, just acknowledge them and let them run their course.")) {
            assertThat(sources).as(sentence).anyMatch(source -> source.contains(sentence));
        }
    }

    @Test
    void someoneBackTogetherIsNeverToldAboutGoingOrGettingBack() {
        List<Situation> together = new ArrayList<>();
        Situation.Builder base = Situation.builder(200).stage(Stage.BACK_TOGETHER);
        together.add(base.build());
        together.add(Situation.builder(200).stage(Stage.BACK_TOGETHER).with(Fact.ABUSE, true).build());
        together.add(Situation.builder(200).stage(Stage.BACK_TOGETHER).with(Fact.RESENTMENT, true).build());
        for (Motive motive : Motive.values()) {
            together.add(Situation.builder(200).stage(Stage.BACK_TOGETHER).motives(motive).build());
        }
        for (BreakupReason reason : BreakupReason.values()) {
            together.add(Situation.builder(200).stage(Stage.BACK_TOGETHER).breakupReasons(reason).build());
        }
        for (Situation situation : together) {
            Advice advice = advisor.advise(situation);
            for (Recommendation recommendation : advice.recommendations()) {
                assertThat(recommendation.advice()).as(recommendation.rule() + " for " + situation)
                        .doesNotContainIgnoringCase("go back").doesNotContainIgnoringCase("going back")
                        .doesNotContainIgnoringCase("getting back").doesNotContainIgnoringCase("get back")
                        .doesNotContainIgnoringCase("want them back");
            }
        }
    }

    @Test
    void theQuestionsOfAResultAreWordedForItsStage() {
        Advice caughtUp = advisor.advise(Situation.builder(60).stage(Stage.CAUGHT_UP).build());
        Advice together = advisor.advise(Situation.builder(200).stage(Stage.BACK_TOGETHER).build());

        assertThat(caughtUp.questions()).filteredOn(q -> q.fact() == Fact.EX_READY).extracting(Question::ask)
                .containsExactly("Have they said they're willing to talk about the relationship and the breakup?");
        assertThat(together.questions()).extracting(Question::ask)
                .contains("Why did you get back together?", "Is the relationship abusive in any way?")
                .doesNotContain("Why do you want to get back together?");
    }

    @Test
    void theFollowUpsOfAResultAreWordedForItsStage() {
        Advice tenDays = advisor.advise(Situation.builder(10).stage(Stage.CAUGHT_UP).build());

        assertThat(tenDays.followUps()).filteredOn(f -> f.fact() == Fact.EX_READY).singleElement()
                .satisfies(f -> assertThat(f.ask()).isEqualTo(Fact.EX_READY.ask(Stage.CAUGHT_UP)));
    }
}
