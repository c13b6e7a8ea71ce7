package org.reconcile.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reconcile.SituationGenerator;
import org.reconcile.TestRules;
import org.reconcile.advice.Advice;
import org.reconcile.advice.FollowUp;
import org.reconcile.advice.Question;
import org.reconcile.advice.Verdict;
import org.reconcile.model.Fact;
import org.reconcile.model.Situation;

/**
 * The built-in question and follow-up rules say exactly what trying every single answer to every
 * fact not stated through the same rules finds; rules that do not say them get them that way.
 */
class QuestionRulesTest {
    private static final long SEED = 77L;
    private static final int CASES = 3_000;

    @TempDir
    Path dir;

    @Test
    void theQuestionAndFollowUpRulesAgreeWithTryingEveryAnswer() {
        RuleBase rules = RuleBase.builtIn();
        List<Situation> situations = SituationGenerator.situations(SEED, CASES).toList();

        List<Advice> asked = rules.adviseAll(situations, false);
        List<Advice> tried = rules.adviseAll(situations, true);

        for (int i = 0; i < CASES; i++) {
            String where = "case " + i + " of seed " + SEED + ": " + situations.get(i);
            assertThat(asked.get(i).questions()).as(where).isEqualTo(tried.get(i).questions());
            assertThat(asked.get(i).followUps()).as(where).isEqualTo(tried.get(i).followUps());
            assertThat(asked.get(i).daysToWait()).as(where).isEqualTo(tried.get(i).daysToWait());
            assertThat(asked.get(i)).as(where).isEqualTo(tried.get(i));
        }
        assertThat(asked).as("cases with questions").filteredOn(a -> !a.questions().isEmpty()).hasSizeGreaterThan(CASES / 2);
        assertThat(asked).as("cases with days to wait").filteredOn(a -> a.daysToWait().isPresent()).hasSizeGreaterThan(30);
        assertThat(asked).as("cases with follow-ups").filteredOn(a -> !a.followUps().isEmpty()).hasSizeGreaterThan(CASES / 5);
    }

    @Test
    void rulesThatAskNothingGetTheirQuestionsByTryingEveryAnswer() throws IOException {
        Files.writeString(dir.resolve("rules.drl"), TestRules.HEADER + TestRules.WAIT_RULE + """
                rule "Never go back after abuse"
                    @id("test/abuse")
                    @verdict("DO_NOT_GO_BACK")
                    @advice("Don't go back.")
                    @source("If the relationship was abusive in any way, don’t go back to it.")
                when
                    $s : Situation(answer(Fact.ABUSE) == Answer.YES)
                then
                end
                """);
        RuleBase rules = RuleBase.fromDirectory(dir);

        Advice advice = rules.advise(Situation.builder(10).build());

        assertThat(advice.verdict()).isEqualTo(Verdict.WAIT);
        assertThat(advice.questions()).extracting(Question::fact).containsExactly(Fact.ABUSE);
        assertThat(advice.questions().get(0).couldChangeTo()).containsExactly(Verdict.DO_NOT_GO_BACK);
        assertThat(advice.daysToWait()).as("the same case at day 30 still waits").isEmpty();
    }

    @Test
    void rulesThatAskButDoNotFollowUpGetTheirFollowUpsByTryingEveryAnswer() throws IOException {
        Files.writeString(dir.resolve("rules.drl"), TestRules.HEADER + TestRules.WAIT_RULE + """
                rule "Call it out when a promise was broken"
                    @id("test/call-it-out")
                    @advice("Call each other out.")
                    @source("If one of you fails to do what you promised, call each other out.")
                when
                    $s : Situation(answer(Fact.BROKEN_PROMISES) == Answer.YES)
                then
                end

                rule "Ask about abuse"
                    @id("test/ask-about-abuse")
                    @question("abuse")
                    @couldChangeTo("DO_NOT_GO_BACK")
                    @source("If the relationship was abusive in any way, don’t go back to it.")
                when
                    $s : Situation(answer(Fact.ABUSE) == Answer.UNKNOWN)
                then
                end
                """);
        RuleBase rules = RuleBase.fromDirectory(dir);

        Advice advice = rules.advise(Situation.builder(10).build());

        assertThat(advice.verdict()).isEqualTo(Verdict.WAIT);
        assertThat(advice.questions()).as("no answer changes the verdict: the question rule is not taken at its word").isEmpty();
        assertThat(advice.followUps()).extracting(FollowUp::fact).containsExactly(Fact.BROKEN_PROMISES);
        assertThat(advice.followUps().get(0).couldAdd()).containsExactly("test/call-it-out");
    }
}
