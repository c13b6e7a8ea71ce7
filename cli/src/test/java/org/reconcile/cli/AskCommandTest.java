package org.reconcile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.reconcile.advice.Safety;
import org.reconcile.model.Fact;

/** {@code reconcile ask} with answers piped in, one a line, as a script would. */
class AskCommandTest {

    @Test
    void abuseEndsTheQuestionsWithDoNotGoBackAndTheSafetyNoteFirst() {
        Cli.Run run = Cli.runWithInput("120\n5\nyes\n", "ask");

        assertThat(questionsAsked(run)).containsExactly(Fact.DAYS_SINCE_BREAKUP, Fact.STAGE, Fact.ABUSE);
        assertThat(run.out()).startsWith(Safety.NOTE.substring(0, 30));
        assertThat(run.outLines()).contains("Don't go back.");
        assertThat(run.out().indexOf("Your safety comes first")).isLessThan(run.out().indexOf("Don't go back."));
        assertThat(run.status()).isZero();
    }

    @Test
    void tenDaysAfterTheBreakupWaitsTwentyDaysMore() {
        Cli.Run run = Cli.runWithInput("10\n1\nno\nskip\nskip\nskip\n", "ask", "--format", "json");

        assertThat(questionsAsked(run)).containsExactly(Fact.DAYS_SINCE_BREAKUP, Fact.STAGE, Fact.ABUSE,
                Fact.BREAKUP_REASONS, Fact.MOTIVES, Fact.RESENTMENT);
        JsonNode answer = run.outJson();
        assertThat(answer.get("case").toString()).isEqualTo("{\"daysSinceBreakup\":10,\"stage\":\"NO_CONTACT\",\"abuse\":false}");
        assertThat(answer.get("result").get("verdict").asText()).isEqualTo("WAIT");
        assertThat(answer.get("result").get("daysToWait").asInt()).isEqualTo(20);
    }

    @Test
    void aMonthAndAHalfWithoutContactAndTheRightReasonsReachesOut() {
        Cli.Run run = Cli.runWithInput("45\n1\nno\n4\n1\nno\nno\n", "ask", "--format", "json");

        assertThat(questionsAsked(run)).containsExactly(Fact.DAYS_SINCE_BREAKUP, Fact.STAGE, Fact.ABUSE,
                Fact.BREAKUP_REASONS, Fact.MOTIVES, Fact.RESENTMENT, Fact.URGE_TO_PLEAD_OR_RANT);
        JsonNode result = run.outJson().get("result");
        assertThat(result.get("verdict").asText()).isEqualTo("REACH_OUT");
        assertThat(result.get("questions")).isEmpty();
        assertThat(run.err()).doesNotContain("Stopped.");
    }

    @Test
    void neverAsksWhatCanNoLongerChangeTheVerdict() {
        // Hurt by them: the verdict is to move on whatever else is said, so nothing more is asked.
        Cli.Run run = Cli.runWithInput("45\n1\nno\n1\n", "ask", "--format", "json");

        assertThat(questionsAsked(run)).containsExactly(Fact.DAYS_SINCE_BREAKUP, Fact.STAGE, Fact.ABUSE, Fact.BREAKUP_REASONS);
        assertThat(run.outJson().get("result").get("verdict").asText()).isEqualTo("MOVE_ON");
    }

    @Test
    void aTypoIsAskedAgainWithTheChoices() {
        Cli.Run run = Cli.runWithInput("forty\n45\n9\n1\nnope\nno\n", "ask");

        assertThat(run.err()).contains("Please give a whole number of days")
                .contains("Please type one number from 1 to 6:")
                .contains("Please answer yes, no or skip");
        assertThat(questionsAsked(run)).startsWith(Fact.DAYS_SINCE_BREAKUP, Fact.STAGE, Fact.ABUSE, Fact.BREAKUP_REASONS);
        assertThat(run.status()).isZero();
    }

    @Test
    void theEndOfTheInputStopsPolitelyWithTheAdviceSoFar() {
        Cli.Run run = Cli.runWithInput("10\n1\n", "ask");

        assertThat(run.err()).contains("Stopped. Here is the advice for what you have said so far.");
        assertThat(run.outLines()).contains("Wait for now.");
        assertThat(run.status()).isZero();
    }

    @Test
    void quitBeforeTheDaysStopsWithoutAdvice() {
        Cli.Run run = Cli.runWithInput("quit\n", "ask");

        assertThat(run.err()).contains("Stopped before any advice.");
        assertThat(run.out()).isEmpty();
        assertThat(run.status()).isZero();
    }

    // The facts asked about, in order, read from the questions on standard error.
    private static List<Fact> questionsAsked(Cli.Run run) {
        List<Fact> asked = new ArrayList<>();
        for (String line : run.errLines()) {
            for (Fact fact : Fact.values()) {
                if (line.startsWith(fact.ask())) {
                    asked.add(fact);
                }
            }
        }
        return asked;
    }
}
