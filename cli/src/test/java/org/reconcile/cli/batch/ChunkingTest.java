package org.reconcile.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.reconcile.TestAdvisor;
import org.reconcile.advice.Advice;
import org.reconcile.cli.batch.read.Input;
import org.reconcile.cli.batch.write.OutputFormat;
import org.reconcile.json.AdviceJson;
import org.reconcile.model.Situation;

/** The batch advises on cases in chunks, one rule session for many cases, and still isolates a case the rules fail on. */
class ChunkingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CASES = 1_000;

    @Test
    void aThousandCasesTakeAHandfulOfRuleSessionsNotOneEach() throws Exception {
        BatchTests.CountingEngine engine = BatchTests.engine(TestAdvisor.get());

        List<JsonNode> results = run(engine, cases(CASES));

        assertThat(results).hasSize(CASES);
        assertThat(results).extracting(r -> r.get("index").asInt()).isSorted();
        // 1,000 cases in chunks of 256: 4 sessions, a few more if the reader flushes a chunk early.
        assertThat(engine.chunks()).as("adviseAll calls").isBetween(4, 20);
        assertThat(engine.single()).as("advise calls, one case at a time").isZero();
    }

    @Test
    void whenTheRulesFailOnOneCaseOfAChunkOnlyThatCaseGetsAnErrorAndTheOthersTheirAdvice() throws Exception {
        BatchTests.CountingEngine advisor = BatchTests.engine(TestAdvisor.get());
        ChunkEvaluator.Engine failingOnDay13 = new ChunkEvaluator.Engine() {
            @Override
            public List<Advice> adviseAll(List<Situation> situations) {
                situations.forEach(this::check);
                return advisor.adviseAll(situations);
            }

            @Override
            public Advice advise(Situation situation) {
                check(situation);
                return advisor.advise(situation);
            }

            private void check(Situation situation) {
                if (situation.daysSinceBreakup() == 13) {
                    throw new IllegalStateException("no rule gave a verdict for this case");
                }
            }
        };

        List<JsonNode> results = run(failingOnDay13, cases(40));

        assertThat(results).hasSize(40);
        assertThat(results).filteredOn(r -> r.has("error")).singleElement().satisfies(r -> {
            assertThat(r.get("id").asText()).isEqualTo("c13");
            assertThat(r.get("error").get("message").asText()).isEqualTo("the rules failed on this case: no rule gave a verdict for this case");
        });
        assertThat(results).filteredOn(r -> r.has("verdict")).hasSize(39);
    }

    private static String cases(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("{\"id\": \"c").append(i).append("\", \"daysSinceBreakup\": ").append(i % 90).append("}\n");
        }
        return text.toString();
    }

    private static List<JsonNode> run(ChunkEvaluator.Engine engine, String input) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Batch batch = new Batch(TestAdvisor.get(), engine, 2, Optional.of(OutputFormat.JSONL), AdviceJson.Detail.BRIEF);

        Optional<BatchFailure> failure = batch.run(List.of(new Input("cases.jsonl",
                () -> new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))), out, outcome -> { });

        assertThat(failure).isEmpty();
        return out.toString(StandardCharsets.UTF_8).lines().map(ChunkingTest::parse).toList();
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
