package org.reconcile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reconcile.advice.Verdict;

/** The runs the README and docs/cli.md show, on the files of {@code examples/}. */
class ExampleRunsTest {
    @TempDir
    Path dir;

    @Test
    void theQuickStartsFirstRunReportsSixCasesAsTextAndExitsWithZero() {
        Cli.Run run = Cli.run("advise", "--format", "text", "examples/first-run.jsonl");

        List<String> lines = run.outLines();
        List<String> headings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Case ")) {
                // The case, a blank line, then the safety note (for abuse) or the verdict in plain words.
                headings.add(lines.get(i) + " " + (lines.get(i + 2).startsWith("Your safety") ? "safety note" : lines.get(i + 2)));
            }
        }
        assertThat(headings).containsExactly(
                "Case 1 (abuse): safety note",
                "Case 2 (ten days after): Wait for now, and don't reach out yet.",
                "Case 3 (ready to reach out): Reach out with a short first message.",
                "Case 4 (caught up, they said yes): They're ready, so have the serious talk about the relationship.",
                "Case 5 (back together, prying): Keep rebuilding, as a new relationship.",
                "Case 6 (lonely): Let this relationship go.");
        assertThat(lines).contains("Don't go back.");
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("reconcile: 6 cases (DO_NOT_GO_BACK 1, MOVE_ON 1, WAIT 1, REACH_OUT 1, TALK 1, REBUILD 1), 0 invalid, ");
        assertThat(run.status()).isZero();
    }

    @Test
    void theInvalidExamplesEachGetAnErrorAndTheValidCaseAfterThemIsStillEvaluated() {
        Cli.Run run = Cli.run("advise", "examples/invalid.jsonl");

        List<JsonNode> results = run.results();
        assertThat(results).hasSize(5);
        assertThat(results.subList(0, 3)).extracting(r -> r.get("error").get("field").asText())
                .containsExactly("abusive", "daysSinceBreakup", "stage");
        assertThat(results.get(0).get("error").get("message").asText()).contains("did you mean abuse?");
        assertThat(results.get(2).get("error").get("message").asText()).contains("did you mean REACHED_OUT?");
        assertThat(results.get(3).get("error").has("field")).as("a broken line is at fault as a whole").isFalse();
        assertThat(results.get(3).get("line").asInt()).isEqualTo(4);
        assertThat(results.get(4).get("verdict").asText()).isEqualTo("REACH_OUT");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void theReadmesBatchOfJsonLinesGivesOneResultPerLineInOrderAndAVerdictOfEveryKind() throws IOException {
        Cli.Run run = Cli.run("advise", "examples/cases.jsonl");

        List<JsonNode> results = run.results();
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("examples/cases.jsonl"), StandardCharsets.UTF_8)) {
            ids.add(Cli.json(line).get("id").asText());
        }
        assertThat(results).extracting(r -> r.get("id").asText()).containsExactlyElementsOf(ids);
        assertThat(results).extracting(r -> Verdict.valueOf(r.get("verdict").asText())).containsAll(List.of(Verdict.values()));
        assertThat(run.status()).isZero();
    }

    @Test
    void theReadmesBriefRunOnTheArrayWritesOnlyTheBriefFieldsToTheFileNamed() throws IOException {
        Path results = dir.resolve("results.json");

        Cli.Run run = Cli.run("advise", "--brief", "--threads", "4", "-o", results.toString(), "examples/cases.json");

        JsonNode array = Cli.json(Files.readString(results, StandardCharsets.UTF_8));
        JsonNode cases = Cli.json(Files.readString(Path.of("examples/cases.json"), StandardCharsets.UTF_8));
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(cases.size());
        Set<String> brief = Set.of("index", "id", "verdict", "rules", "questions", "followUps", "daysToWait", "safety");
        for (int i = 0; i < cases.size(); i++) {
            JsonNode result = array.get(i);
            Iterable<String> fields = result::fieldNames;
            assertThat(result.get("id").asText()).isEqualTo(cases.get(i).get("id").asText());
            assertThat(result.has("verdict")).isTrue();
            assertThat(brief).containsAll(fields);
        }
        assertThat(run.out()).isEmpty();
        assertThat(run.status()).isZero();
    }
}
