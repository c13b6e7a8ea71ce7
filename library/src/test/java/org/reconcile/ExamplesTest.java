package org.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.reconcile.advice.Verdict;
import org.reconcile.json.Case;
import org.reconcile.json.CaseJson;

/**
 * The example inputs in {@code examples/}: realistic cases that show every verdict
 * ({@code cases.jsonl}, {@code cases.json}), a first run of valid cases ({@code first-run.jsonl}), and
 * mistakes ({@code invalid.jsonl}, run in {@code cli.ExampleRunsTest}).
 */
class ExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theExamplesCoverEveryVerdictAndAreAllValid() throws IOException {
        assertThat(verdicts(jsonLines("examples/cases.jsonl"))).containsOnly(Verdict.values());
    }

    @Test
    void theFirstRunShowsSixValidCasesOfSixVerdictsAbuseFirst() throws IOException {
        List<Verdict> verdicts = verdicts(jsonLines("examples/first-run.jsonl"));

        assertThat(verdicts).hasSize(6).doesNotHaveDuplicates().first().isEqualTo(Verdict.DO_NOT_GO_BACK);
    }

    @Test
    void everyExampleHasAnId() throws IOException {
        assertThat(jsonLines("examples/cases.jsonl")).allMatch(example -> example.path("id").isTextual());
        assertThat(jsonLines("examples/first-run.jsonl")).allMatch(example -> example.path("id").isTextual());
    }

    @Test
    void theArrayExampleHoldsTheSameCasesAsTheJsonLinesExample() throws IOException {
        JsonNode array = JSON.readTree(ProjectFiles.of("examples/cases.json").toFile());

        assertThat(array.isArray()).isTrue();
        List<JsonNode> elements = new ArrayList<>();
        array.forEach(elements::add);
        assertThat(elements).containsExactlyElementsOf(jsonLines("examples/cases.jsonl"));
    }

    // The verdict of each case, in order; an invalid case fails the test.
    private static List<Verdict> verdicts(List<JsonNode> cases) {
        List<Verdict> verdicts = new ArrayList<>();
        for (JsonNode example : cases) {
            Case read = CaseJson.read(example.toString());
            assertThat(read).as("a valid case: %s", example).isInstanceOf(Case.Valid.class);
            verdicts.add(TestAdvisor.get().advise(((Case.Valid) read).situation()).verdict());
        }
        return verdicts;
    }

    private static List<JsonNode> jsonLines(String file) throws IOException {
        List<JsonNode> cases = new ArrayList<>();
        for (String line : Files.readAllLines(ProjectFiles.of(file))) {
            if (!line.isBlank()) {
                cases.add(JSON.readTree(line));
            }
        }
        return cases;
    }
}
