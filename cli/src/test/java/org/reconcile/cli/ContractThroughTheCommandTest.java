package org.reconcile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.reconcile.ContractVerdict;
import org.reconcile.EveryAnswer;
import org.reconcile.SituationGenerator;
import org.reconcile.TestAdvisor;
import org.reconcile.advice.Verdict;
import org.reconcile.model.Fact;
import org.reconcile.model.Situation;

/**
 * Generated cases through {@code reconcile advise}, end to end, judged by the contract's own
 * verdict table and its brute-force questions ({@link ContractVerdict}), and the follow-ups by
 * their definition: every single answer to every fact not stated, through the facade
 * ({@link EveryAnswer}), never by the code that finds them.
 */
class ContractThroughTheCommandTest {
    private static final long SEED = 4242L;
    private static final int CASES = 3_000;

    @Test
    void everyGeneratedCaseGetsTheContractsVerdictQuestionsFollowUpsDaysAndSafetyNote() {
        List<Situation> situations = SituationGenerator.situations(SEED, CASES).toList();
        StringBuilder input = new StringBuilder();
        situations.forEach(s -> input.append(json(s)).append('\n'));

        Cli.Run run = Cli.runWithInput(input.toString(), "advise", "--threads", "2");

        assertThat(run.status()).as(run.err()).isZero();
        List<JsonNode> results = run.results();
        assertThat(results).hasSize(CASES);
        EveryAnswer tried = EveryAnswer.tried(TestAdvisor.get(), situations);
        int followedUp = 0;
        for (int i = 0; i < CASES; i++) {
            Situation situation = situations.get(i);
            JsonNode result = results.get(i);
            String where = "case " + (i + 1) + " of seed " + SEED + ": " + json(situation);
            Verdict verdict = ContractVerdict.of(situation);
            assertThat(result.get("index").asInt()).as(where).isEqualTo(i + 1);
            assertThat(result.get("verdict").asText()).as(where).isEqualTo(verdict.name());
            assertThat(questions(result)).as(where).isEqualTo(ContractVerdict.questions(situation));
            assertThat(result.has("daysToWait") ? result.get("daysToWait").asInt() : -1).as(where)
                    .isEqualTo(ContractVerdict.daysToWait(situation).orElse(-1));
            assertThat(result.hasNonNull("safety")).as(where).isEqualTo(verdict == Verdict.DO_NOT_GO_BACK);
            assertThat(followUps(result)).as(where).isEqualTo(tried.followUps(situation));
            followedUp += result.get("followUps").isEmpty() ? 0 : 1;
        }
        assertThat(followedUp).as("cases with follow-ups").isGreaterThan(CASES / 5);
    }

    @Test
    void anEmptyArrayIsNeverAskedNorFollowedUpOn() {
        Cli.Run run = Cli.runWithInput("""
                {"daysSinceBreakup": 45, "breakupReasons": [], "motives": []}
                {"daysSinceBreakup": 60, "motives": ["REVENGE"], "breakupReasons": []}
                {"daysSinceBreakup": 60, "motives": ["REVENGE"]}
                """, "advise", "--brief");

        assertThat(run.status()).as(run.err()).isZero();
        List<JsonNode> results = run.results();
        assertThat(results.get(0).get("questions").findValuesAsText("fact")).doesNotContain("breakupReasons", "motives").isNotEmpty();
        assertThat(results.get(1).get("followUps").findValuesAsText("fact")).doesNotContain("breakupReasons", "motives");
        assertThat(results.get(2).get("followUps").findValuesAsText("fact")).contains("breakupReasons");
    }

    private static List<EveryAnswer.FollowUpExpected> followUps(JsonNode result) {
        List<EveryAnswer.FollowUpExpected> followUps = new ArrayList<>();
        for (JsonNode followUp : result.get("followUps")) {
            List<String> rules = new ArrayList<>();
            followUp.get("couldAdd").forEach(rule -> rules.add(rule.asText()));
            followUps.add(new EveryAnswer.FollowUpExpected(Fact.byJsonName(followUp.get("fact").asText()).orElseThrow(), rules));
        }
        return followUps;
    }

    private static List<ContractVerdict.Expected> questions(JsonNode result) {
        List<ContractVerdict.Expected> questions = new ArrayList<>();
        for (JsonNode question : result.get("questions")) {
            List<Verdict> verdicts = new ArrayList<>();
            question.get("couldChangeTo").forEach(v -> verdicts.add(Verdict.valueOf(v.asText())));
            questions.add(new ContractVerdict.Expected(Fact.byJsonName(question.get("fact").asText()).orElseThrow(), verdicts));
        }
        return questions;
    }

    // The case as JSON, written here from the situation's own accessors: only what it states.
    private static String json(Situation situation) {
        StringJoiner json = new StringJoiner(", ", "{", "}");
        json.add("\"daysSinceBreakup\": " + situation.daysSinceBreakup());
        if (situation.isStated(Fact.STAGE)) {
            json.add("\"stage\": \"" + situation.stage() + "\"");
        }
        for (Fact fact : Fact.values()) {
            if (fact.type() == Fact.Type.BOOLEAN && situation.isStated(fact)) {
                json.add("\"" + fact.jsonName() + "\": " + situation.answer(fact).isYes());
            } else if (fact.type() == Fact.Type.CHOICES && situation.isStated(fact)) {
                StringJoiner values = new StringJoiner(", ", "[", "]");
                situation.chosen(fact).forEach(c -> values.add("\"" + c.name() + "\""));
                json.add("\"" + fact.jsonName() + "\": " + values);
            }
        }
        return json.toString();
    }
}
