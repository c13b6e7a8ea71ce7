package org.reconcile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.reconcile.TestAdvisor;
import org.reconcile.advice.Advice;
import org.reconcile.model.Fact;
import org.reconcile.model.Situation;

/** {@code advise --brief}: per case only what a program acts on, in every JSON format. */
class BriefTest {
    private static final String CASES = "{\"id\": \"w\", \"daysSinceBreakup\": 12}\n"
            + "{\"id\": \"a\", \"daysSinceBreakup\": 400, \"abuse\": true}\n"
            + "{\"id\": \"x\", \"daysSinceBreakup\": -3}\n";

    @Test
    void aBriefResultHoldsTheVerdictTheRuleIdsTheQuestionsTheFollowUpsAndTheDaysToWait() {
        Cli.Run run = Cli.runWithInput(CASES, "advise", "--brief");

        JsonNode wait = run.results().get(0);
        Advice expected = TestAdvisor.get().advise(Situation.builder(12).build());
        assertThat(fieldNames(wait)).containsExactly("index", "id", "verdict", "rules", "questions", "followUps", "daysToWait");
        assertThat(texts(wait.get("rules"))).containsExactlyElementsOf(expected.ruleIds());
        assertThat(wait.get("questions").size()).isEqualTo(expected.questions().size());
        assertThat(wait.get("followUps").findValuesAsText("fact"))
                .containsExactlyElementsOf(expected.followUps().stream().map(f -> f.fact().jsonName()).toList());
        assertThat(wait.get("daysToWait").asInt()).isEqualTo(expected.daysToWait().getAsInt());
    }

    @Test
    void aBriefResultOfAbuseHoldsTheSafetyNote() {
        Cli.Run run = Cli.runWithInput(CASES, "advise", "--brief");

        JsonNode abuse = run.results().get(1);
        Advice expected = TestAdvisor.get().advise(Situation.builder(400).with(Fact.ABUSE, true).build());
        assertThat(fieldNames(abuse)).containsExactly("index", "id", "verdict", "rules", "questions", "followUps", "safety");
        assertThat(abuse.get("safety").asText()).isEqualTo(expected.safety().orElseThrow());
    }

    @Test
    void anInvalidCaseGetsTheSameErrorResultBriefOrNot() {
        Cli.Run brief = Cli.runWithInput(CASES, "advise", "--brief");
        Cli.Run full = Cli.runWithInput(CASES, "advise");

        assertThat(brief.results().get(2)).isEqualTo(full.results().get(2));
        assertThat(brief.status()).isEqualTo(1);
    }

    @Test
    void briefWorksForAnArrayToo() {
        Cli.Run run = Cli.runWithInput("[" + CASES.strip().replace("\n", ",") + "]", "advise", "--brief", "--format", "json");

        assertThat(run.outJson()).hasSize(3);
        assertThat(fieldNames(run.outJson().get(0))).containsExactly("index", "id", "verdict", "rules", "questions", "followUps", "daysToWait");
    }

    @Test
    void briefWithTheTextFormatIsAUsageError() {
        Cli.Run run = Cli.runWithInput(CASES, "advise", "--brief", "--format", "text");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines().get(0)).startsWith("reconcile: --brief applies to the JSON formats, not to --format text; see ");
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
