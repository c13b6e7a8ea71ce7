package org.reconcile.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.reconcile.Advisor;
import org.reconcile.SituationGenerator;
import org.reconcile.advice.Advice;
import org.reconcile.advice.Firing;
import org.reconcile.advice.FollowUp;
import org.reconcile.advice.Question;
import org.reconcile.advice.Recommendation;
import org.reconcile.model.Situation;

/** Every field of the written JSON holds what the advice holds, in the full, the brief and the error forms. */
class AdviceJsonFieldsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<Situation> SITUATIONS = SituationGenerator.situations(11, 300).toList();
    private static final List<Advice> ADVICE = Advisor.builtIn().adviseAll(SITUATIONS);

    @Test
    void theFullResultHoldsEveryPartOfTheAdvice() throws IOException {
        for (int i = 0; i < ADVICE.size(); i++) {
            Advice advice = ADVICE.get(i);
            JsonNode json = MAPPER.readTree(AdviceJson.write(i + 1, Optional.of("c" + i), advice));

            assertThat(json.get("index").asLong()).isEqualTo(i + 1);
            assertThat(json.get("id").asText()).isEqualTo("c" + i);
            assertSameAdvice(json, advice);
            assertThat(texts(json.get("explanation").get("fired")))
                    .isEqualTo(advice.explanation().firings().stream().map(Firing::rule).toList());
            assertThat(texts(json.get("explanation").get("overridden")))
                    .isEqualTo(advice.explanation().overridden().stream().map(Recommendation::rule).toList());
            List<JsonNode> recommendations = list(json.get("recommendations"));
            assertThat(recommendations).hasSameSizeAs(advice.recommendations());
            for (int r = 0; r < recommendations.size(); r++) {
                Recommendation recommendation = advice.recommendations().get(r);
                JsonNode written = recommendations.get(r);
                assertThat(written.get("rule").asText()).isEqualTo(recommendation.rule());
                assertThat(Optional.ofNullable(written.get("verdict")).map(JsonNode::asText))
                        .isEqualTo(recommendation.verdict().map(Enum::name));
                assertThat(written.get("advice").asText()).isEqualTo(recommendation.advice());
                assertThat(written.get("source").asText()).isEqualTo(recommendation.source());
            }
        }
    }

    @Test
    void theBriefResultHasTheRulesAndNoExplanation() throws IOException {
        for (int i = 0; i < ADVICE.size(); i++) {
            Advice advice = ADVICE.get(i);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            AdviceJson.write(i + 1, Optional.empty(), advice, AdviceJson.Detail.BRIEF, out);
            JsonNode json = MAPPER.readTree(out.toString(StandardCharsets.UTF_8));

            assertThat(json.has("id")).isFalse();
            assertThat(json.has("explanation")).isFalse();
            assertThat(json.has("recommendations")).isFalse();
            assertThat(texts(json.get("rules"))).isEqualTo(advice.ruleIds());
            assertSameAdvice(json, advice);
        }
    }

    @Test
    void anErrorResultSaysWhereTheCaseWasRead() throws IOException {
        CaseError error = CaseError.inField("abuse", "must be true, false or null, was 3");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AdviceJson.writeError(4, Optional.of("x"), Optional.of("cases.jsonl"), OptionalInt.of(7), error, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"index\":4,\"id\":\"x\",\"file\":\"cases.jsonl\",\"line\":7,"
                + "\"error\":{\"field\":\"abuse\",\"message\":\"must be true, false or null, was 3\"}}")
                .isEqualTo(AdviceJson.writeError(4, Optional.of("x"), Optional.of("cases.jsonl"), OptionalInt.of(7), error));
        assertThat(AdviceJson.writeError(2, Optional.empty(), CaseError.ofCase("a case must be a JSON object, was 7")))
                .isEqualTo("{\"index\":2,\"error\":{\"message\":\"a case must be a JSON object, was 7\"}}");
    }

    @Test
    void guidanceTypographyIsWrittenAsItIs() {
        Advice advice = Advisor.builtIn().advise(Situation.builder(10).build());

        assertThat(AdviceJson.write(advice)).contains("’").doesNotContain("\\u2019");
        assertThat(AdviceJson.write(1, Optional.empty(), advice)).isEqualTo("{\"index\":1," + AdviceJson.write(advice).substring(1));
    }

    private static void assertSameAdvice(JsonNode json, Advice advice) {
        assertThat(json.get("verdict").asText()).isEqualTo(advice.verdict().name());
        List<JsonNode> questions = list(json.get("questions"));
        assertThat(questions).hasSameSizeAs(advice.questions());
        for (int q = 0; q < questions.size(); q++) {
            Question question = advice.questions().get(q);
            assertThat(questions.get(q).get("fact").asText()).isEqualTo(question.fact().jsonName());
            assertThat(questions.get(q).get("ask").asText()).isEqualTo(question.ask());
            assertThat(texts(questions.get(q).get("couldChangeTo"))).isEqualTo(question.couldChangeTo().stream().map(Enum::name).toList());
        }
        List<JsonNode> followUps = list(json.get("followUps"));
        assertThat(followUps).hasSameSizeAs(advice.followUps());
        for (int f = 0; f < followUps.size(); f++) {
            FollowUp followUp = advice.followUps().get(f);
            assertThat(followUps.get(f).get("fact").asText()).isEqualTo(followUp.fact().jsonName());
            assertThat(followUps.get(f).get("ask").asText()).isEqualTo(followUp.ask());
            assertThat(texts(followUps.get(f).get("couldAdd"))).isEqualTo(followUp.couldAdd());
        }
        assertThat(json.has("daysToWait")).isEqualTo(advice.daysToWait().isPresent());
        advice.daysToWait().ifPresent(days -> assertThat(json.get("daysToWait").asInt()).isEqualTo(days));
        assertThat(Optional.ofNullable(json.get("safety")).map(JsonNode::asText)).isEqualTo(advice.safety());
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static List<String> texts(JsonNode array) {
        return list(array).stream().map(JsonNode::asText).toList();
    }
}
