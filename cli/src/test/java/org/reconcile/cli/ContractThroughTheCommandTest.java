package org.reconcile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.reconcile.ContractVerdict;
import org.reconcile.SituationGenerator;
import org.reconcile.advice.Verdict;
import org.reconcile.model.Fact;
import org.reconcile.model.Situation;

/**
 * Generated cases through {@code reconcile advise}, end to end, judged by the contract's own
 * verdict table and its brute-force questions ({@link ContractVerdict}), never by the advisor.
 */
class ContractThroughTheCommandTest {
    private static final long SEED = 4242L;
    private static final int CASES = 2_000;

    @Test
    void everyGeneratedCaseGetsTheContractsVerdictQuestionsDaysAndSafetyNote() {
        List<Situation> situations = SituationGenerator.situations(SEED, CASES).toList();
        StringBuilder input = new StringBuilder();
        situations.forEach(s -> input.append(json(s)).append('\n'));

        Cli.Run run = Cli.runWithInput(input.toString(), "advise", "--threads", "2");

        assertThat(run.status()).as(run.err()).isZero();
        List<JsonNode> results = run.results();
        assertThat(results).hasSize(CASES);
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
        }
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
        json.add("\"stage\": \"" + situation.stage() + "\"");
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
