package org.reconcile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.reconcile.advice.Safety;
import org.reconcile.model.Fact;
import org.reconcile.model.Stage;

/** {@code reconcile ask} with answers piped in, one a line, as a script would. */
class AskCommandTest {

    @Test
    void abuseEndsTheQuestionsWithDoNotGoBackAndTheSafetyNoteFirst() {
        Cli.Run run = Cli.runWithInput("120\n5\nyes\n", "ask");

        assertThat(questionsAsked(run)).containsExactly(Fact.DAYS_SINCE_BREAKUP, Fact.STAGE, Fact.ABUSE);
        assertThat(run.out()).startsWith(Safety.NOTE.substring(0, 30));
        assertThat(run.outLines()).as("back together: about leaving safely, not about going back")
                .contains("Put your safety first, and plan to leave safely.").doesNotContain("Don't go back.");
        assertThat(run.out().indexOf("Your safety comes first")).isLessThan(run.out().indexOf("Put your safety first"));
        assertThat(run.status()).isZero();
    }

    @Test
    void tenDaysAfterTheBreakupWaitsTwentyDaysMore() {
        Cli.Run run = Cli.runWithInput("10\n1\nno\nskip\nskip\nskip\ndone\n", "ask", "--format", "json");

        assertThat(questionsAsked(run)).startsWith(Fact.DAYS_SINCE_BREAKUP, Fact.STAGE, Fact.ABUSE,
                Fact.BREAKUP_REASONS, Fact.MOTIVES, Fact.RESENTMENT);
        assertThat(run.err()).doesNotContain("Stopped.");
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
        // Hurt by them: the verdict is to move on whatever else is said, so no more questions, only
        // the follow-ups, which "done" leaves.
        Cli.Run run = Cli.runWithInput("45\n1\nno\n1\ndone\n", "ask", "--format", "json");

        String beforeTheFollowUps = run.err().substring(0, run.err().indexOf("A few more questions"));
        assertThat(questionsAsked(beforeTheFollowUps.lines().toList()))
                .containsExactly(Fact.DAYS_SINCE_BREAKUP, Fact.STAGE, Fact.ABUSE, Fact.BREAKUP_REASONS);
        assertThat(run.outJson().get("result").get("verdict").asText()).isEqualTo("MOVE_ON");
        assertThat(run.err()).doesNotContain("Stopped.");
    }

    @Test
    void onceNoQuestionIsLeftTheFollowUpsComeOneAtATimeUntilDone() {
        // Back together: abuse, reasons, motives and resentment could change the verdict; then the
        // follow-ups in the order of the facts: habits (no), the reason addressed (skip),
        // grievances (yes), promises (no), prying (yes), and "done" at intimacy.
        Cli.Run run = Cli.runWithInput("300\n5\nno\n4\n1\nno\nno\nskip\nyes\nno\nyes\ndone\n", "ask", "--format", "json");

        assertThat(questionsAsked(run)).containsExactly(Fact.DAYS_SINCE_BREAKUP, Fact.STAGE, Fact.ABUSE, Fact.BREAKUP_REASONS,
                Fact.MOTIVES, Fact.RESENTMENT, Fact.OLD_HABITS_RETURNING, Fact.BREAKUP_REASON_ADDRESSED, Fact.OLD_GRIEVANCES_RAISED,
                Fact.BROKEN_PROMISES, Fact.PRYING_INTO_TIME_APART, Fact.RESUMING_INTIMACY);
        assertThat(run.errLines()).filteredOn(line -> line.startsWith("A few more questions, for advice that fits you better."))
                .hasSize(1);
        assertThat(run.err()).doesNotContain("Stopped.");
        JsonNode answer = run.outJson();
        assertThat(answer.get("case").toString()).isEqualTo("{\"daysSinceBreakup\":300,\"stage\":\"BACK_TOGETHER\",\"abuse\":false,"
                + "\"breakupReasons\":[\"OTHER\"],\"motives\":[\"BELIEVE_IN_POTENTIAL\"],\"resentment\":false,"
                + "\"oldHabitsReturning\":false,\"oldGrievancesRaised\":true,\"brokenPromises\":false,\"pryingIntoTimeApart\":true}");
        JsonNode result = answer.get("result");
        assertThat(result.get("verdict").asText()).isEqualTo("REBUILD");
        assertThat(result.get("recommendations").findValuesAsText("rule")).contains("rebuilding/no-old-grievances", "rebuilding/dont-pry")
                .doesNotContain("rebuilding/resist-old-habits", "rebuilding/call-out-broken-promises");
        assertThat(result.get("followUps").findValuesAsText("fact")).containsExactly("breakupReasonAddressed", "resumingIntimacy");
    }

    @Test
    void aFollowUpAnswerIsFollowedByTheNextFollowUpOfTheAdviceWorkedOutAgain() {
        // Tried again and it ended: moving on whatever else is said; why they broke up, the motives
        // and resentment would each add advice: hurt by them, wanting company, and yes.
        Cli.Run run = Cli.runWithInput("60\n6\nno\n1\n4\nyes\n", "ask", "--format", "json");

        assertThat(questionsAsked(run)).containsExactly(Fact.DAYS_SINCE_BREAKUP, Fact.STAGE, Fact.ABUSE, Fact.BREAKUP_REASONS,
                Fact.MOTIVES, Fact.RESENTMENT);
        JsonNode result = run.outJson().get("result");
        assertThat(result.get("verdict").asText()).isEqualTo("MOVE_ON");
        assertThat(result.get("recommendations").findValuesAsText("rule"))
                .contains("motives/loneliness", "motives/let-it-go", "motives/reconsider-with-resentment");
        assertThat(result.get("followUps")).isEmpty();
        assertThat(run.err()).doesNotContain("Stopped.");
    }

    @Test
    void skipAllLeavesTheFollowUpsLeftAndShowsTheAdvice() {
        Cli.Run run = Cli.runWithInput("300\n5\nno\n4\n1\nno\nskip all\n", "ask", "--format", "json");

        assertThat(questionsAsked(run)).endsWith(Fact.RESENTMENT, Fact.OLD_HABITS_RETURNING);
        assertThat(run.outJson().get("result").get("followUps")).hasSize(6);
        assertThat(run.err()).doesNotContain("Stopped.");
    }

    @Test
    void quitDuringTheFollowUpsStopsWithTheAdviceSoFar() {
        Cli.Run run = Cli.runWithInput("300\n5\nno\n4\n1\nno\nyes\nquit\n", "ask", "--format", "json");

        assertThat(run.err()).contains("Stopped. Here is the advice for what you have said so far.");
        assertThat(run.outJson().get("case").get("oldHabitsReturning").asBoolean()).isTrue();
        assertThat(run.status()).isZero();
    }

    @Test
    void noneOfTheseIsAnAnswerThatIsNotAskedAgain() {
        Cli.Run run = Cli.runWithInput("45\n1\nno\nnone\nnone\nno\nno\n", "ask", "--format", "json");

        assertThat(questionsAsked(run)).containsExactly(Fact.DAYS_SINCE_BREAKUP, Fact.STAGE, Fact.ABUSE,
                Fact.BREAKUP_REASONS, Fact.MOTIVES, Fact.RESENTMENT, Fact.URGE_TO_PLEAD_OR_RANT);
        JsonNode answer = run.outJson();
        assertThat(answer.get("case").get("breakupReasons")).isEmpty();
        assertThat(answer.get("case").get("motives")).isEmpty();
        assertThat(answer.get("result").get("verdict").asText()).isEqualTo("REACH_OUT");
        assertThat(answer.get("result").get("recommendations").findValuesAsText("rule")).contains("motives/check-your-motives");
        assertThat(answer.get("result").get("questions")).isEmpty();
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
        assertThat(run.outLines()).contains("Wait for now, and don't reach out yet.");
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
        return questionsAsked(run.errLines());
    }

    private static List<Fact> questionsAsked(List<String> lines) {
        List<Fact> asked = new ArrayList<>();
        for (String line : lines) {
            for (Fact fact : Fact.values()) {
                if (Arrays.stream(Stage.values()).map(fact::ask).anyMatch(line::startsWith) || line.startsWith(fact.ask())) {
                    asked.add(fact);
                }
            }
        }
        return asked;
    }
}
