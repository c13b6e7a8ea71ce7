package org.reconcile.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reconcile.TestRules.HEADER;
import static org.reconcile.TestRules.WAIT_RULE;
import static org.reconcile.TestRules.adviceRule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reconcile.cli.scenario.ScenarioFiles;

/** {@code reconcile test}, run in-process: the report, coverage, and each exit status. */
class TestCommandTest {
    // Ten days after the breakup the contract gives WAIT, with 20 days to wait; the cooling-off
    // rules fire and the first-message rules stay silent.
    private static final String WAITS = """
            {"scenario": "Ten days on: wait", "case": {"daysSinceBreakup": 10}, "verdict": "WAIT", \
            "recommends": ["cooling-off/wait-a-month"], "fires": ["cooling-off/too-soon"], \
            "silent": ["reconnecting/send-initial-feelers"], "daysToWait": 20}""";

    @TempDir
    Path dir;

    @Test
    void theBuiltInScenariosAllPassFireEveryRuleAndLeaveEveryRuleSilentSomewhere() throws IOException {
        Cli.Run run = Cli.run("test", "scenarios");

        long scenarios = 0;
        for (Path file : ScenarioFiles.files(Path.of("scenarios"))) {
            scenarios += Files.readAllLines(file).stream().filter(line -> !line.isBlank()).count();
        }
        assertThat(run.outLines()).containsExactly(
                scenarios + " scenarios: " + scenarios + " passed, 0 failed",
                "Rules that no scenario fired: none",
                "Rules that fired in every scenario: none");
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
    }

    @Test
    void aFailingScenarioIsShownWithItsPlaceAndOnlyWhatDiffersAndTheStatusIsOne() throws IOException {
        Path file = write("a.jsonl", WAITS, "", """
                {"scenario": "Ten days on: reach out", "case": {"daysSinceBreakup": 10}, "verdict": "REACH_OUT", \
                "recommends": ["cooling-off/wait-a-month", "reconnecting/send-initial-feelers"], \
                "fires": ["cooling-off/too-soon"], "silent": ["cooling-off/too-soon", "safety/do-not-go-back"], "daysToWait": 10}""");

        Cli.Run run = Cli.run("test", file.toString());

        assertThat(run.outLines().subList(0, 7)).containsExactly(
                file + ":3: Ten days on: reach out",
                "  verdict: expected REACH_OUT, got WAIT",
                "  recommends reconnecting/send-initial-feelers: expected recommended, got silent",
                "  silent cooling-off/too-soon: expected silent, got fired",
                "  daysToWait: expected 10, got 20",
                "",
                "2 scenarios: 1 passed, 1 failed");
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void aRuleIdTheRulesDoNotHaveFailsItsScenarioWithTheClosestId() throws IOException {
        // A misspelt id in "silent" can never fire: without this check the scenario would pass.
        Path file = write("typos.jsonl", """
                {"scenario": "They were hurtful", "case": {"daysSinceBreakup": 40, "breakupReasons": ["HURT_BY_PARTNER"]}, \
                "verdict": "MOVE_ON", "fires": ["motives/unhealthy-relashionship"], \
                "silent": ["motives/good-intention", "nothing/like-any-rule-at-all"]}""");

        Cli.Run run = Cli.run("test", file.toString());

        assertThat(run.outLines().subList(0, 6)).containsExactly(
                file + ":1: They were hurtful",
                "  fires motives/unhealthy-relashionship: no such rule (did you mean motives/unhealthy-relationship?)",
                "  silent motives/good-intention: no such rule (did you mean motives/good-intentions?)",
                "  silent nothing/like-any-rule-at-all: no such rule",
                "",
                "1 scenario: 0 passed, 1 failed");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void questionsAndDaysToWaitAreTheWholeAnswerNotPartOfIt() throws IOException {
        // The contract's own example: 45 days, nothing else stated, gives these five questions.
        String asked = "\"case\": {\"daysSinceBreakup\": 45}, \"verdict\": \"REACH_OUT\"";
        String allStated = "\"case\": {\"daysSinceBreakup\": 45, \"abuse\": false, \"breakupReasons\": [\"OTHER\"], "
                + "\"motives\": [\"BELIEVE_IN_POTENTIAL\"], \"resentment\": false, \"urgeToPleadOrRant\": false}, \"verdict\": \"REACH_OUT\"";
        Path file = write("questions.jsonl",
                "{\"scenario\": \"five questions\", " + asked
                        + ", \"questions\": [\"abuse\", \"breakupReasons\", \"motives\", \"resentment\", \"urgeToPleadOrRant\"]}",
                "{\"scenario\": \"only one question\", " + asked + ", \"questions\": [\"abuse\"]}",
                "{\"scenario\": \"the same questions in another order\", " + asked
                        + ", \"questions\": [\"urgeToPleadOrRant\", \"abuse\", \"breakupReasons\", \"motives\", \"resentment\"]}",
                "{\"scenario\": \"nothing left to ask, nothing to wait for\", " + allStated + ", \"questions\": [], \"daysToWait\": null}",
                "{\"scenario\": \"days to wait that are not there\", " + allStated + ", \"daysToWait\": 5}");

        Cli.Run run = Cli.run("test", file.toString());

        assertThat(run.outLines()).containsSequence(
                file + ":2: only one question",
                "  questions: expected abuse, got abuse, breakupReasons, motives, resentment, urgeToPleadOrRant",
                "",
                file + ":3: the same questions in another order",
                "  questions: expected urgeToPleadOrRant, abuse, breakupReasons, motives, resentment, "
                        + "got abuse, breakupReasons, motives, resentment, urgeToPleadOrRant",
                "",
                file + ":5: days to wait that are not there",
                "  daysToWait: expected 5, got none",
                "",
                "5 scenarios: 2 passed, 3 failed");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void followUpsAreTheWholeAnswerNotPartOfIt() throws IOException {
        // The contract's example: back together, the rebuilding facts not said; its follow-ups include these three.
        String together = "\"daysSinceBreakup\": 300, \"stage\": \"BACK_TOGETHER\", \"abuse\": false, "
                + "\"breakupReasons\": [\"OTHER\"], \"motives\": [\"BELIEVE_IN_POTENTIAL\"], \"resentment\": false";
        String allSaid = together + ", \"oldHabitsReturning\": false, \"breakupReasonAddressed\": true, \"oldGrievancesRaised\": false, "
                + "\"brokenPromises\": false, \"pryingIntoTimeApart\": false, \"resumingIntimacy\": false, \"stdTested\": true";
        Path file = write("follow-ups.jsonl",
                "{\"scenario\": \"three of them\", \"case\": {" + together + "}, \"verdict\": \"REBUILD\", "
                        + "\"followUps\": [\"oldGrievancesRaised\", \"brokenPromises\", \"pryingIntoTimeApart\"]}",
                "{\"scenario\": \"all said\", \"case\": {" + allSaid + "}, \"verdict\": \"REBUILD\", \"followUps\": []}");

        Cli.Run run = Cli.run("test", file.toString());

        assertThat(run.outLines().get(0)).isEqualTo(file + ":1: three of them");
        assertThat(run.outLines().get(1)).startsWith("  followUps: expected oldGrievancesRaised, brokenPromises, pryingIntoTimeApart, got ")
                .contains("got oldHabitsReturning, ").contains(", oldGrievancesRaised, brokenPromises, pryingIntoTimeApart");
        assertThat(run.outLines().get(2)).isEmpty();
        assertThat(run.outLines()).contains("2 scenarios: 1 passed, 1 failed");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void coverageListsTheRulesNoScenarioFiredAndTheRulesEveryScenarioFired() throws IOException {
        Path rules = rules(WAIT_RULE,
                adviceRule("Wait after years", "test/years", "WAIT", "$s : Situation(daysSinceBreakup > 1000)"),
                adviceRule("Wait after a century", "test/century", "WAIT", "$s : Situation(daysSinceBreakup > 36000)"));
        Path file = write("cases.jsonl",
                "{\"scenario\": \"days\", \"case\": {\"daysSinceBreakup\": 10}, \"verdict\": \"WAIT\", \"silent\": [\"test/years\"]}",
                "{\"scenario\": \"years\", \"case\": {\"daysSinceBreakup\": 2000}, \"verdict\": \"WAIT\", \"fires\": [\"test/years\"]}");

        Cli.Run run = Cli.run("test", "--rules", rules.toString(), file.toString());

        assertThat(run.outLines()).containsExactly(
                "2 scenarios: 2 passed, 0 failed",
                "Rules that no scenario fired (1):",
                "  test/century",
                "Rules that fired in every scenario (1):",
                "  test/always-wait");
        assertThat(run.status()).isZero();
    }

    @Test
    void rulesThatGiveACaseNoVerdictFailThatScenarioOnly() throws IOException {
        Path rules = rules(adviceRule("Wait after years", "test/years", "WAIT", "$s : Situation(daysSinceBreakup > 1000)"));
        Path file = write("cases.jsonl",
                "{\"scenario\": \"days\", \"case\": {\"daysSinceBreakup\": 10}, \"verdict\": \"WAIT\"}",
                "{\"scenario\": \"years\", \"case\": {\"daysSinceBreakup\": 2000}, \"verdict\": \"WAIT\"}");

        Cli.Run run = Cli.run("test", "--rules", rules.toString(), file.toString());

        assertThat(run.outLines().get(0)).isEqualTo(file + ":1: days");
        assertThat(run.outLines().get(1)).startsWith("  verdict: expected WAIT, got none, as no rule gave a verdict for this case");
        assertThat(run.outLines()).contains("2 scenarios: 1 passed, 1 failed");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void jsonGivesAnObjectPerScenarioOnALineOfItsOwnAndASummary() throws IOException {
        Path file = write("a.jsonl", WAITS, """
                {"scenario": "Ten days on: reach out", "case": {"daysSinceBreakup": 10}, "verdict": "REACH_OUT", \
                "silent": ["cooling-off/too-soon"], "fires": ["cooling-off/to-soon"]}""");

        Cli.Run run = Cli.run("test", "--format", "json", file.toString());

        JsonNode json = run.outJson();
        assertThat(run.outLines().get(1)).startsWith("{\"file\":").endsWith("},");
        assertThat(run.outLines().get(2)).startsWith("{\"file\":").endsWith("}],");
        assertThat(json.get("scenarios")).hasSize(2);
        assertThat(json.get("scenarios").get(0)).isEqualTo(Cli.json("""
                {"file": "%s", "line": 1, "scenario": "Ten days on: wait", "passed": true, "differences": []}""".formatted(file)));
        assertThat(json.get("scenarios").get(1)).isEqualTo(Cli.json("""
                {"file": "%s", "line": 2, "scenario": "Ten days on: reach out", "passed": false, "differences": [
                  {"expectation": "verdict", "expected": "REACH_OUT", "got": "WAIT"},
                  {"expectation": "fires", "rule": "cooling-off/to-soon", "error": "no such rule", "didYouMean": "cooling-off/too-soon"},
                  {"expectation": "silent", "rule": "cooling-off/too-soon", "expected": "silent", "got": "fired"}]}""".formatted(file)));
        JsonNode summary = json.get("summary");
        assertThat(summary.get("scenarios").asInt()).isEqualTo(2);
        assertThat(summary.get("passed").asInt()).isEqualTo(1);
        assertThat(summary.get("failed").asInt()).isEqualTo(1);
        assertThat(strings(summary.get("neverFired"))).contains("safety/do-not-go-back").doesNotContain("cooling-off/too-soon");
        assertThat(strings(summary.get("alwaysFired"))).contains("cooling-off/too-soon", "cooling-off/wait-a-month")
                .doesNotContain("safety/do-not-go-back");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void aDirectoryRunsItsJsonlFilesByNameAndNothingElse() throws IOException {
        write("b.jsonl", WAITS);
        write("a.jsonl", WAITS, WAITS);
        write("notes.txt", "not a scenario");
        Files.createDirectory(dir.resolve("deeper"));
        Files.writeString(dir.resolve("deeper").resolve("c.jsonl"), "not a scenario either");

        Cli.Run run = Cli.run("test", "--format", "json", dir.toString());

        List<String> places = new ArrayList<>();
        run.outJson().get("scenarios").forEach(s -> places.add(Path.of(s.get("file").asText()).getFileName() + ":" + s.get("line")));
        assertThat(places).containsExactly("a.jsonl:1", "a.jsonl:2", "b.jsonl:1");
        assertThat(run.status()).isZero();
    }

    @Test
    void everyLineThatIsNotAScenarioIsReportedWithFileAndLineAndNothingRuns() throws IOException {
        Path first = write("first.jsonl", WAITS,
                "{\"scenario\": \"broken\", \"case\": {\"daysSinceBreakup\": 10}, \"verdict\": \"WAIT\"",
                "",
                "{\"scenario\": \"old key\", \"case\": {\"daysSinceBreakup\": 10}, \"verdict\": \"WAIT\", \"overrides\": []}");
        Path second = write("second.jsonl",
                "{\"scenario\": \"misspelt fact\", \"case\": {\"daysSinceBreakup\": 10, \"abusive\": true}, \"verdict\": \"WAIT\"}");

        Cli.Run run = Cli.run("test", first.toString(), second.toString());

        assertThat(run.errLines()).hasSize(4);
        assertThat(run.errLines().get(0)).startsWith(first + ":2: the line is not valid JSON at column 75: ");
        assertThat(run.errLines().get(1)).startsWith(first + ":4: overrides is not a known key (did you mean overridden?); "
                + "a scenario may have only scenario, case, verdict, ");
        assertThat(run.errLines().get(2)).startsWith(second + ":1: case: abusive is not a known field (did you mean abuse?)");
        assertThat(run.errLines().get(3))
                .isEqualTo("reconcile: each line of a scenario file must be one scenario, found 3 lines that are not; nothing was run");
        assertThat(run.out()).isEmpty();
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void aFileThatCannotBeReadStopsTheRunBeforeAnythingRuns() throws IOException {
        Path file = write("a.jsonl", WAITS);

        Cli.Run run = Cli.run("test", file.toString(), dir.resolve("missing.jsonl").toString());

        assertThat(run.errLines()).containsExactly("reconcile: cannot read " + dir.resolve("missing.jsonl") + ": no such file; nothing was run");
        assertThat(run.out()).isEmpty();
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void aDirectoryWithoutScenarioFilesIsAnError() {
        Cli.Run run = Cli.run("test", dir.toString());

        assertThat(run.errLines()).containsExactly(
                "reconcile: cannot read " + dir + ": a directory of scenarios must hold .jsonl files, found none; nothing was run");
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void filesWithoutAnyScenarioAreAnError() throws IOException {
        Path file = write("empty.jsonl", "", "  ");

        Cli.Run run = Cli.run("test", file.toString());

        assertThat(run.errLines()).containsExactly("reconcile: no scenario in " + file + "; nothing was run");
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void rulesThatDoNotCompileAreReportedAsFileLineAndNothingRuns() throws IOException {
        Path rules = rules(WAIT_RULE.replace("    $s : Situation()\n", "    $s : Situaton()\n"));
        Path file = write("a.jsonl", WAITS);

        Cli.Run run = Cli.run("test", "--rules", rules.toString(), file.toString());

        List<String> problems = run.errLines().subList(0, run.errLines().size() - 1);
        assertThat(problems).isNotEmpty().allMatch(line -> line.startsWith(rules.resolve("rules.drl") + ":"), "file:line: message");
        assertThat(run.errLines().get(run.errLines().size() - 1)).startsWith("reconcile: the rules in " + rules + " must compile");
        assertThat(run.out()).isEmpty();
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void withoutScenariosOrWithAnUnknownFormatItIsAUsageError() {
        Cli.Run none = Cli.run("test");
        Cli.Run xml = Cli.run("test", "--format", "xml", "scenarios");

        assertThat(none.errLines()).containsExactly(
                "reconcile: Missing required parameter: 'SCENARIOS'; see 'reconcile test --help'");
        assertThat(xml.errLines()).singleElement().asString().contains("must be text or json, was 'xml'");
        assertThat(none.status()).isEqualTo(2);
        assertThat(xml.status()).isEqualTo(2);
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private Path rules(String... rules) throws IOException {
        Path rulesDir = Files.createDirectory(dir.resolve("rules"));
        Files.writeString(rulesDir.resolve("rules.drl"), HEADER + String.join("\n", rules), StandardCharsets.UTF_8);
        return rulesDir;
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(node -> strings.add(node.asText()));
        return strings;
    }
}
