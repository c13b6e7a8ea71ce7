package org.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.reconcile.advice.Verdict;
import org.reconcile.json.Case;
import org.reconcile.json.CaseJson;

/** The example inputs in {@code examples/}: realistic cases that show every verdict, and one mistake. */
class ExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theExamplesCoverEveryVerdictAndHoldOneInvalidCase() throws IOException {
        Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
        int invalid = 0;
        for (JsonNode example : jsonLines()) {
            if (CaseJson.read(example.toString()) instanceof Case.Valid valid) {
                verdicts.add(TestAdvisor.get().advise(valid.situation()).verdict());
            } else {
                invalid++;
            }
        }
        assertThat(verdicts).containsExactlyInAnyOrder(Verdict.values());
        assertThat(invalid).isEqualTo(1);
    }

    @Test
    void everyExampleHasAnId() throws IOException {
        assertThat(jsonLines()).allMatch(example -> example.path("id").isTextual());
    }

    @Test
    void theArrayExampleHoldsTheSameCasesAsTheJsonLinesExample() throws IOException {
        JsonNode array = JSON.readTree(Path.of("examples/cases.json").toFile());

        assertThat(array.isArray()).isTrue();
        List<JsonNode> elements = new ArrayList<>();
        array.forEach(elements::add);
        assertThat(elements).containsExactlyElementsOf(jsonLines());
    }

    private static List<JsonNode> jsonLines() throws IOException {
        List<JsonNode> cases = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("examples/cases.jsonl"))) {
            if (!line.isBlank()) {
                cases.add(JSON.readTree(line));
            }
        }
        return cases;
    }
}
