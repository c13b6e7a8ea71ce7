package org.reconcile.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.reconcile.SituationGenerator;
import org.reconcile.TestAdvisor;
import org.reconcile.advice.Advice;
import org.reconcile.advice.Firing;
import org.reconcile.advice.FollowUp;
import org.reconcile.advice.Question;
import org.reconcile.advice.Recommendation;
import org.reconcile.advice.Verdict;
import org.reconcile.cli.Main;
import org.reconcile.model.Situation;

/** Writing advice with the public codec: every field of the advice, exactly as the command line writes it. */
class AdviceJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyFieldOfTheAdviceComesBackFromItsJson() throws IOException {
        for (Situation situation : SituationGenerator.situations(20261128L, 500).toList()) {
            Case.Valid read = (Case.Valid) CaseJson.read(CaseJsonTest.json(situation));
            Advice advice = TestAdvisor.get().advise(read.situation());

            JsonNode json = JSON.readTree(AdviceJson.write(7, Optional.of("r1"), advice));

            assertThat(json.get("index").asLong()).isEqualTo(7);
            assertThat(json.get("id").asText()).isEqualTo("r1");
            assertThat(adviceOf(json)).as(situation.toString()).isEqualTo(comparable(advice));
        }
    }

    @Test
    void theAdviceAloneIsTheResultWithoutIndexOrId() throws IOException {
        Advice advice = TestAdvisor.get().advise(Situation.builder(10).build());

        JsonNode alone = JSON.readTree(AdviceJson.write(advice));
        JsonNode result = JSON.readTree(AdviceJson.write(1, Optional.empty(), advice));
        ((com.fasterxml.jackson.databind.node.ObjectNode) result).remove("index");

        assertThat(alone).isEqualTo(result);
    }

    @Test
    void writesExactlyWhatTheCommandLineWritesForEachExample() throws IOException {
        for (String line : Files.readAllLines(Path.of("examples/cases.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            Case read = CaseJson.readLine(line.getBytes(StandardCharsets.UTF_8));
            String expected = read instanceof Case.Valid valid
                    ? AdviceJson.write(1, valid.id(), TestAdvisor.get().advise(valid.situation()))
                    : AdviceJson.writeError(1, read.id(), Optional.empty(), OptionalInt.of(1), ((Case.Invalid) read).error());

            assertThat(commandLine(line + "\n", "advise", "--threads", "1")).isEqualTo(expected + "\n");
        }
    }

    @Test
    void aBriefResultHasTheRuleIdsAndNoProse() throws IOException {
        Advice advice = TestAdvisor.get().advise(Situation.builder(12).build());

        JsonNode brief = JSON.readTree(AdviceJson.write(3, Optional.of("b"), advice, AdviceJson.Detail.BRIEF));

        assertThat(fieldNames(brief)).containsExactly("index", "id", "verdict", "rules", "questions", "followUps", "daysToWait");
        assertThat(texts(brief.get("rules"))).containsExactlyElementsOf(advice.ruleIds());
        assertThat(brief.get("daysToWait").asInt()).isEqualTo(advice.daysToWait().getAsInt());
    }

    @Test
    void anErrorIsWrittenWithItsFieldAndMessageAndWhereItWasRead() throws IOException {
        CaseError error = CaseError.inField("daysSinceBreakup", "must be an integer from 0 to 36500, was -3");

        String json = AdviceJson.writeError(7, Optional.of("H41"), Optional.of("a.jsonl"), OptionalInt.of(9), error);

        assertThat(json).isEqualTo("{\"index\":7,\"id\":\"H41\",\"file\":\"a.jsonl\",\"line\":9,\"error\":"
                + "{\"field\":\"daysSinceBreakup\",\"message\":\"must be an integer from 0 to 36500, was -3\"}}");
        assertThat(AdviceJson.writeError(1, Optional.empty(), CaseError.ofCase("a case must be a JSON object, was null")))
                .isEqualTo("{\"index\":1,\"error\":{\"message\":\"a case must be a JSON object, was null\"}}");
    }

    /** The advice as its JSON tells it: verdict, recommendations, questions, follow-ups, days, safety, fired, overridden. */
    private record Comparable(String verdict, List<List<String>> recommendations, List<List<String>> questions,
            List<List<String>> followUps, OptionalInt daysToWait, Optional<String> safety, List<String> fired, List<String> overridden) {
    }

    private static Comparable comparable(Advice advice) {
        List<List<String>> recommendations = new ArrayList<>();
        for (Recommendation r : advice.recommendations()) {
            recommendations.add(List.of(r.rule(), r.verdict().map(Verdict::name).orElse(""), r.advice(), r.source()));
        }
        List<List<String>> questions = new ArrayList<>();
        for (Question q : advice.questions()) {
            List<String> question = new ArrayList<>(List.of(q.fact().jsonName(), q.ask()));
            q.couldChangeTo().forEach(v -> question.add(v.name()));
            questions.add(question);
        }
        List<List<String>> followUps = new ArrayList<>();
        for (FollowUp f : advice.followUps()) {
            List<String> followUp = new ArrayList<>(List.of(f.fact().jsonName(), f.ask()));
            followUp.addAll(f.couldAdd());
            followUps.add(followUp);
        }
        return new Comparable(advice.verdict().name(), recommendations, questions, followUps, advice.daysToWait(), advice.safety(),
                advice.explanation().firings().stream().map(Firing::rule).toList(),
                advice.explanation().overridden().stream().map(Recommendation::rule).toList());
    }

    private static Comparable adviceOf(JsonNode json) {
        List<List<String>> recommendations = new ArrayList<>();
        for (JsonNode r : json.get("recommendations")) {
            recommendations.add(List.of(r.get("rule").asText(), r.path("verdict").asText(""), r.get("advice").asText(),
                    r.get("source").asText()));
        }
        List<List<String>> questions = new ArrayList<>();
        for (JsonNode q : json.get("questions")) {
            List<String> question = new ArrayList<>(List.of(q.get("fact").asText(), q.get("ask").asText()));
            question.addAll(texts(q.get("couldChangeTo")));
            questions.add(question);
        }
        List<List<String>> followUps = new ArrayList<>();
        for (JsonNode f : json.get("followUps")) {
            List<String> followUp = new ArrayList<>(List.of(f.get("fact").asText(), f.get("ask").asText()));
            followUp.addAll(texts(f.get("couldAdd")));
            followUps.add(followUp);
        }
        return new Comparable(json.get("verdict").asText(), recommendations, questions, followUps,
                json.has("daysToWait") ? OptionalInt.of(json.get("daysToWait").asInt()) : OptionalInt.empty(),
                Optional.ofNullable(json.get("safety")).map(JsonNode::asText),
                texts(json.get("explanation").get("fired")), texts(json.get("explanation").get("overridden")));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String commandLine(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
