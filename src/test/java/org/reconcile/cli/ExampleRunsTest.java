package org.reconcile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The runs the README and docs/cli.md show, on the files of {@code examples/}. */
class ExampleRunsTest {
    @Test
    void theQuickStartsFirstRunReportsSixCasesAsTextAndExitsWithZero() {
        Cli.Run run = Cli.run("advise", "--format", "text", "examples/first-run.jsonl");

        assertThat(run.outLines().stream().filter(line -> line.startsWith("Case ")).toList()).containsExactly(
                "Case 1 (abuse): DO_NOT_GO_BACK (don't go back to this relationship)",
                "Case 2 (ten days after): WAIT (give it, and yourself, more time)",
                "Case 3 (ready to reach out): REACH_OUT (send a short first message)",
                "Case 4 (caught up, they said yes): TALK (have the serious talk about the relationship)",
                "Case 5 (back together, prying): REBUILD (work on the relationship as a new one)",
                "Case 6 (lonely): MOVE_ON (let this relationship go)");
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
}
