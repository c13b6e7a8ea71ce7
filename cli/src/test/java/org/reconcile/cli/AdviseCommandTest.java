package org.reconcile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reconcile.TestAdvisor;
import org.reconcile.advice.Advice;
import org.reconcile.advice.Recommendation;
import org.reconcile.model.Situation;
import org.reconcile.cli.report.PersonReport;

/** {@code reconcile advise}, run in-process: arguments and standard input in; output, errors and exit status out. */
class AdviseCommandTest {
    private static final long SECOND = 1_000_000_000L;
    private static final String SUMMARY = "reconcile: \\d+ cases?( \\(.+\\))?, \\d+ invalid, \\d+\\.\\d\\d s(, \\d+ cases/s)?";
    private static final List<String> EXAMPLE_VERDICTS = List.of("WAIT", "WAIT", "REACH_OUT", "WAIT", "MEET_UP", "TALK",
            "REBUILD", "REBUILD", "DO_NOT_GO_BACK", "MOVE_ON", "MOVE_ON", "MOVE_ON", "MOVE_ON");

    @TempDir
    Path dir;

    @Test
    void writesOneJsonLinePerCaseOfJsonLinesInInputOrder() {
        Cli.Run run = Cli.run("advise", "examples/cases.jsonl");

        List<JsonNode> results = run.results();
        assertThat(results).extracting(r -> r.get("index").asInt()).containsExactlyElementsOf(IntStream.rangeClosed(1, 13).boxed().toList());
        assertThat(results).extracting(r -> r.get("id").asText())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 13).mapToObj(i -> String.format("H%02d", i)).toList());
        assertThat(results).extracting(r -> r.get("verdict").asText()).containsExactlyElementsOf(EXAMPLE_VERDICTS);
        assertThat(run.status()).as("exit status with every case evaluated").isZero();
    }

    @Test
    void writesEachResultInTheContractsShape() {
        Cli.Run run = Cli.runWithInput("{\"id\": \"H01\", \"daysSinceBreakup\": 10}\n", "advise");

        JsonNode result = run.results().get(0);
        Advice expected = TestAdvisor.get().advise(org.reconcile.model.Situation.builder(10).build());
        assertThat(fieldNames(result)).containsExactly("index", "id", "verdict", "recommendations", "questions", "followUps", "daysToWait",
                "explanation");
        assertThat(result.get("verdict").asText()).isEqualTo(expected.verdict().name());
        assertThat(result.get("recommendations")).extracting(r -> r.get("rule").asText()).containsExactlyElementsOf(expected.ruleIds());
        JsonNode first = result.get("recommendations").get(0);
        assertThat(fieldNames(first)).containsExactly("rule", "verdict", "advice", "source");
        assertThat(result.get("explanation").get("fired")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(expected.explanation().firings().stream().map(f -> f.rule()).toList());
        assertThat(result.get("explanation").get("overridden")).isEmpty();
        assertThat(run.status()).isZero();
    }

    @Test
    void leavesOutTheVerdictOfARecommendationThatHasNone() {
        Cli.Run run = Cli.runWithInput("{\"daysSinceBreakup\": 10}", "advise");

        JsonNode checkMotives = findRule(run.results().get(0), "motives/check-your-motives");
        assertThat(fieldNames(checkMotives)).containsExactly("rule", "advice", "source");
    }

    @Test
    void writesTypographicCharactersAsUtf8NotEscaped() {
        Cli.Run run = Cli.runWithInput("{\"daysSinceBreakup\": 10}", "advise");

        assertThat(run.out()).contains("time—at least a month").contains("he’s likely").doesNotContain("\\u20");
    }

    @Test
    void answersASingleObjectWithASingleObject() {
        Cli.Run run = Cli.runWithInput("{\n  \"id\": \"solo\",\n  \"daysSinceBreakup\": 10\n}\n", "advise");

        assertThat(run.outLines()).hasSize(1);
        JsonNode result = run.outJson();
        assertThat(result.isObject()).isTrue();
        assertThat(result.get("index").asInt()).isEqualTo(1);
        assertThat(result.get("id").asText()).isEqualTo("solo");
        assertThat(result.get("verdict").asText()).isEqualTo("WAIT");
        assertThat(run.status()).isZero();
    }

    @Test
    void answersAnArrayWithAnArrayOfTheSameResults() {
        Cli.Run array = Cli.run("advise", "examples/cases.json");
        Cli.Run lines = Cli.run("advise", "examples/cases.jsonl");

        JsonNode results = array.outJson();
        assertThat(results.isArray()).isTrue();
        assertThat(results).hasSize(13);
        for (int i = 0; i < 13; i++) {
            assertThat(results.get(i)).as("result %d", i + 1).isEqualTo(lines.results().get(i));
        }
        assertThat(array.status()).isZero();
    }

    @Test
    void anErrorResultCarriesItsLineInJsonLinesButNotInAnArray() {
        Cli.Run array = Cli.runWithInput("[{\"daysSinceBreakup\": 10},\n {\"abusive\": true}]\n", "advise");
        Cli.Run lines = Cli.runWithInput("{\"daysSinceBreakup\": 10}\n{\"abusive\": true}\n", "advise");

        assertThat(array.outJson().get(1).get("error").get("field").asText()).isEqualTo("abusive");
        assertThat(array.outJson().get(1).has("line")).as("an array's error results carry no line").isFalse();
        assertThat(lines.results().get(1).get("line").asInt()).isEqualTo(2);
        assertThat(array.status()).isEqualTo(1);
        assertThat(lines.status()).isEqualTo(1);
    }

    @Test
    void formatJsonTurnsJsonLinesIntoAnArray() {
        Cli.Run run = Cli.run("advise", "--format", "json", "examples/cases.jsonl");

        assertThat(run.outJson().isArray()).isTrue();
        assertThat(run.outJson()).hasSize(13);
    }

    @Test
    void formatJsonlTurnsAnArrayIntoJsonLines() {
        Cli.Run run = Cli.run("advise", "--format", "jsonl", "examples/cases.json");

        assertThat(run.results()).extracting(r -> r.get("index").asInt()).containsExactlyElementsOf(IntStream.rangeClosed(1, 13).boxed().toList());
    }

    @Test
    void formatTextWritesTheReportForAPersonUnderTheCaseNumber() {
        Cli.Run run = Cli.runWithInput("{\"daysSinceBreakup\": 10}\n", "advise", "--format", "text");

        Situation situation = Situation.builder(10).build();
        String report = new PersonReport(TestAdvisor.get(), PersonReport.widthFromEnvironment())
                .render(situation, TestAdvisor.get().advise(situation));
        assertThat(run.out()).isEqualTo("Case 1:\n\n" + report);
        assertThat(run.out()).contains("Wait for now, and don't reach out yet.", "In 20 days, it will have been a month");
        assertThat(run.status()).isZero();
    }

    @Test
    void formatTextQuotesTheVerdictsAQuestionCouldLeadToWithOneFullStop() {
        Cli.Run run = Cli.runWithInput("{\"daysSinceBreakup\": 45}\n", "advise", "--format", "text");

        String questions = run.out().substring(run.out().indexOf("Before you act on this")).replaceAll("\\s+", " ");
        assertThat(questions).contains("Was the relationship abusive in any way? Your answer could change this to “Don't go back”.");
        assertThat(questions).doesNotContain(".”");
    }

    @Test
    void formatTextNamesAnInvalidCaseAndWhereItWasRead() {
        Cli.Run run = Cli.runWithInput("{\"id\": \"a\", \"daysSinceBreakup\": 10}\n\n{\"id\": \"H41\", \"daysSinceBreakup\": -3}\n",
                "advise", "--format", "text");

        assertThat(run.outLines()).contains(
                "Case 2 (H41): invalid: daysSinceBreakup must be an integer from 0 to 36500, was -3 (<stdin>:3)");
        assertThat(run.outLines().subList(0, 3)).containsExactly("Case 1 (a):", "", "Wait for now, and don't reach out yet.");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void reportsEveryInvalidCaseAndStillEvaluatesTheOthers() {
        String input = String.join("\n",
                "{\"id\": \"ok1\", \"daysSinceBreakup\": 10}",
                "{\"id\": \"typo\", \"daysSinceBreakup\": 40, \"abusive\": true}",
                "{\"id\": \"H41\", \"daysSinceBreakup\": -3}",
                "{\"id\": \"stage\", \"daysSinceBreakup\": 100, \"stage\": \"TALKD\"}",
                "{\"daysSinceBreakup\": 40, \"motives\": [\"REVENGE\", 3]}",
                "[1, 2]",
                "{\"id\": \"ok2\", \"daysSinceBreakup\": 45}");

        Cli.Run run = Cli.runWithInput(input, "advise");

        List<JsonNode> results = run.results();
        assertThat(results).hasSize(7);
        assertThat(results.get(0).get("verdict").asText()).isEqualTo("WAIT");
        assertThat(results.get(1).get("error").get("field").asText()).isEqualTo("abusive");
        assertThat(results.get(1).get("error").get("message").asText()).startsWith("is not a known field (did you mean abuse?)");
        assertThat(results.get(2)).isEqualTo(Cli.json("{\"index\": 3, \"id\": \"H41\", \"line\": 3, \"error\": "
                + "{\"field\": \"daysSinceBreakup\", \"message\": \"must be an integer from 0 to 36500, was -3\"}}"));
        assertThat(results.get(3).get("error").get("message").asText()).contains("(did you mean TALKED?)");
        assertThat(results.get(4).get("error").get("field").asText()).isEqualTo("motives");
        assertThat(results.get(4).get("error").get("message").asText()).endsWith("item 2 was 3");
        assertThat(results.get(5).get("error").has("field")).isFalse();
        assertThat(results.get(5).get("error").get("message").asText()).isEqualTo("a case must be a JSON object, was an array");
        assertThat(results.get(6).get("verdict").asText()).isEqualTo("REACH_OUT");
        assertThat(run.errLines()).singleElement().asString().matches(SUMMARY).contains("5 invalid");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void aNullIdIsLikeNoIdAtAll() {
        Cli.Run run = Cli.runWithInput("{\"id\": null, \"daysSinceBreakup\": 10}\n", "advise");

        assertThat(run.results().get(0).has("id")).isFalse();
        assertThat(run.results().get(0).get("verdict").asText()).isEqualTo("WAIT");
        assertThat(run.status()).isZero();
    }

    @Test
    void aBrokenLineSpoilsOnlyThatLine() {
        String input = "{\"daysSinceBreakup\": 10}\n{\"daysSinceBreakup\": 20,\n{\"daysSinceBreakup\": 45}\n";

        Cli.Run run = Cli.runWithInput(input, "advise");

        List<JsonNode> results = run.results();
        assertThat(results).extracting(r -> r.get("index").asInt()).containsExactly(1, 2, 3);
        assertThat(results.get(0).get("verdict").asText()).isEqualTo("WAIT");
        JsonNode broken = results.get(1);
        assertThat(broken.get("line").asInt()).isEqualTo(2);
        assertThat(broken.get("error").has("field")).isFalse();
        assertThat(broken.get("error").get("message").asText()).startsWith("the line is not valid JSON at column ");
        assertThat(results.get(2).get("verdict").asText()).isEqualTo("REACH_OUT");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void aBrokenFirstLineStillReadsTheRestAsJsonLines() {
        Cli.Run run = Cli.runWithInput("{\"daysSinceBreakup\": \n{\"daysSinceBreakup\": 45}\n", "advise");

        assertThat(run.results()).hasSize(2);
        assertThat(run.results().get(0).get("line").asInt()).isEqualTo(1);
        assertThat(run.results().get(1).get("verdict").asText()).isEqualTo("REACH_OUT");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void twoValuesOnOneLineMakeThatLineInvalid() {
        Cli.Run run = Cli.runWithInput("{\"daysSinceBreakup\": 10}\n{\"daysSinceBreakup\": 10} {\"daysSinceBreakup\": 45}\n", "advise");

        assertThat(run.results()).hasSize(2);
        assertThat(run.results().get(1).get("error").get("message").asText())
                .isEqualTo("a line must hold one JSON value, found more at column 26");
    }

    @Test
    void brokenJsonInAnArrayStopsReadingAfterWritingTheResultsBeforeIt() {
        String input = "[\n  {\"daysSinceBreakup\": 10},\n  {\"daysSinceBreakup\": 45},\n  {\"daysSinceBreakup\" 30}\n]\n";

        Cli.Run run = Cli.runWithInput(input, "advise");

        JsonNode results = run.outJson();
        assertThat(results).extracting(r -> r.get("index").asInt()).containsExactly(1, 2);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).startsWith("reconcile: <stdin>:4:23: broken JSON: ");
        assertThat(run.errLines().get(1)).matches(SUMMARY).startsWith("reconcile: 2 cases");
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void anArrayCutShortStopsWithExitStatusTwo() {
        Cli.Run run = Cli.runWithInput("[{\"daysSinceBreakup\": 10},\n", "advise");

        assertThat(run.outJson()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("reconcile: <stdin>:2:").contains("broken JSON");
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void aDuplicateFieldMakesOnlyItsCaseInvalidEvenInAnArray() {
        Cli.Run run = Cli.runWithInput("[{\"id\": \"d\", \"daysSinceBreakup\": 1, \"daysSinceBreakup\": 200},\n {\"daysSinceBreakup\": 45}]",
                "advise");

        JsonNode results = run.outJson();
        assertThat(results.get(0)).isEqualTo(Cli.json("{\"index\": 1, \"id\": \"d\", \"error\": {\"field\": \"daysSinceBreakup\", "
                + "\"message\": \"must be given only once, was given more than once\"}}"));
        assertThat(results.get(1).get("verdict").asText()).isEqualTo("REACH_OUT");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void aLineLongerThanOneMebibyteIsAnInvalidCaseAndTheNextLineIsRead() {
        String huge = "{\"id\": \"" + "x".repeat(1_100_000) + "\", \"daysSinceBreakup\": 10}";

        Cli.Run run = Cli.runWithInput("{\"daysSinceBreakup\": 10}\n" + huge + "\n{\"daysSinceBreakup\": 45}\n", "advise");

        List<JsonNode> results = run.results();
        assertThat(results).hasSize(3);
        assertThat(results.get(1).get("line").asInt()).isEqualTo(2);
        assertThat(results.get(1).get("error").get("message").asText()).isEqualTo("a line must be at most 1048576 bytes (1 MiB), was longer");
        assertThat(results.get(2).get("verdict").asText()).isEqualTo("REACH_OUT");
    }

    @Test
    void aLineNestedTooDeeplyIsAnInvalidCaseThatNamesTheFieldTheLimitAndTheColumn() {
        String deep = "{\"daysSinceBreakup\": 40, \"motives\": " + "[".repeat(200) + "]".repeat(200) + "}";

        Cli.Run run = Cli.runWithInput(deep + "\n" + "[".repeat(150) + "\n{\"daysSinceBreakup\": 45}\n", "advise");

        assertThat(run.results()).hasSize(3);
        JsonNode inAField = run.results().get(0).get("error");
        assertThat(inAField.get("field").asText()).isEqualTo("motives");
        // The case is level 1 and the first [ (column 37) level 2: the 100th [, level 101, is one too deep.
        assertThat(inAField.get("message").asText()).startsWith("must be an array of ")
                .endsWith(", was nested more than 100 levels deep at column 136");
        JsonNode whole = run.results().get(1).get("error");
        assertThat(whole.has("field")).isFalse();
        assertThat(whole.get("message").asText()).isEqualTo("a value may be nested at most 100 levels deep, was nested deeper at column 101");
        assertThat(run.results().get(2).get("verdict").asText()).isEqualTo("REACH_OUT");
    }

    @Test
    void acceptsAByteOrderMarkAndWindowsLineEndsAndSkipsBlankLines() {
        String input = "\uFEFF{\"daysSinceBreakup\": 10}\r\n\r\n   \t\r\n{\"daysSinceBreakup\": -1}\r\n{\"daysSinceBreakup\": 45}\r\n\r\n";

        Cli.Run run = Cli.runWithInput(input, "advise");

        List<JsonNode> results = run.results();
        assertThat(results).extracting(r -> r.get("index").asInt()).containsExactly(1, 2, 3);
        assertThat(results.get(1).get("line").asInt()).as("physical line of the invalid case").isEqualTo(4);
        assertThat(results.get(2).get("verdict").asText()).isEqualTo("REACH_OUT");
    }

    @Test
    void anEmptyInputHasNoCasesAndExitsZero() {
        Cli.Run empty = Cli.runWithInput("", "advise");
        Cli.Run blank = Cli.runWithInput(" \n\r\n\t\n", "advise");
        Cli.Run asArray = Cli.runWithInput("", "advise", "--format", "json");

        assertThat(empty.out()).isEmpty();
        assertThat(empty.errLines()).singleElement().asString().startsWith("reconcile: 0 cases, 0 invalid, ");
        assertThat(empty.status()).isZero();
        assertThat(blank.out()).isEmpty();
        assertThat(blank.status()).isZero();
        assertThat(asArray.out()).isEqualTo("[]\n");
    }

    @Test
    void anEmptyArrayGivesAnEmptyArray() {
        Cli.Run run = Cli.runWithInput("[ ]", "advise");

        assertThat(run.out()).isEqualTo("[]\n");
        assertThat(run.status()).isZero();
    }

    @Test
    void keepsInputOrderWhenEvaluatingOnSeveralThreads() {
        String[] stages = {"NO_CONTACT", "REACHED_OUT", "CAUGHT_UP", "TALKED", "BACK_TOGETHER", "ENDED"};
        List<String> lines = IntStream.range(0, 3000).mapToObj(i -> String.format(
                "{\"id\": \"c%d\", \"daysSinceBreakup\": %d, \"stage\": \"%s\", \"exReady\": %s, \"abuse\": %s}",
                i + 1, (i * 37) % 500, stages[i % stages.length], i % 3 == 0, i % 97 == 0)).toList();

        Cli.Run run = Cli.runWithInput(String.join("\n", lines), "advise", "--threads", "4");

        List<JsonNode> results = run.results();
        assertThat(results).hasSize(3000);
        for (int i = 0; i < 3000; i++) {
            assertThat(results.get(i).get("index").asInt()).isEqualTo(i + 1);
            assertThat(results.get(i).get("id").asText()).isEqualTo("c" + (i + 1));
            String expected = TestAdvisor.get().advise(TestAdvisor.situation(Cli.json(lines.get(i)))).verdict().name();
            assertThat(results.get(i).get("verdict").asText()).as("verdict of case %d", i + 1).isEqualTo(expected);
        }
        assertThat(run.status()).isZero();
    }

    @Test
    void numbersCasesContinuouslyAcrossSeveralFilesAndNamesTheFileOfAnError() throws IOException {
        Path first = write("first.jsonl", "{\"daysSinceBreakup\": 10}\n\n{\"daysSinceBreakup\": 45}\n");
        Path second = write("second.json", "[\n{\"daysSinceBreakup\": 50, \"stage\": \"REACHED_OUT\", \"exReady\": true},\n{\"daysSinceBreakup\": -1}\n]\n");

        Cli.Run run = Cli.run("advise", first.toString(), second.toString());

        List<JsonNode> results = run.results();
        assertThat(results).extracting(r -> r.get("index").asInt()).containsExactly(1, 2, 3, 4);
        assertThat(results.subList(0, 3)).extracting(r -> r.get("verdict").asText()).containsExactly("WAIT", "REACH_OUT", "MEET_UP");
        assertThat(results.get(3).get("file").asText()).isEqualTo(second.toString());
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void readsStandardInputWhereADashStands() throws IOException {
        Path file = write("cases.jsonl", "{\"id\": \"from-file\", \"daysSinceBreakup\": 10}\n");

        Cli.Run run = Cli.runWithInput("{\"id\": \"from-stdin\", \"daysSinceBreakup\": 45}\n", "advise", "-", file.toString());

        assertThat(run.results()).extracting(r -> r.get("id").asText()).containsExactly("from-stdin", "from-file");
    }

    @Test
    void aSecondObjectAfterASingleObjectStopsReading() {
        Cli.Run run = Cli.runWithInput("{\n \"daysSinceBreakup\": 10\n}\n{\n \"daysSinceBreakup\": 45\n}\n", "advise");

        assertThat(run.outJson().get("index").asInt()).isEqualTo(1);
        assertThat(run.errLines().get(0)).startsWith("reconcile: <stdin>:4:1: broken JSON: the input must end after the case");
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void contentAfterAClosedArrayStopsReadingAfterTheArraysResultsWithWhereItIs() {
        Cli.Run run = Cli.runWithInput("[{\"daysSinceBreakup\": 10}]\n{\"daysSinceBreakup\": 45}\n", "advise");

        assertThat(run.outJson()).hasSize(1);
        assertThat(run.outJson().get(0).get("verdict").asText()).isEqualTo("WAIT");
        assertThat(run.errLines().get(0)).isEqualTo("reconcile: <stdin>:2:1: broken JSON: the input must end after the array, "
                + "found more; several cases go in a JSON array or one a line (JSON Lines)");
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void anArrayCutOffAfterACaseStopsWithEveryCaseBeforeWrittenAndWhereTheInputEnded() {
        Cli.Run run = Cli.runWithInput("[{\"daysSinceBreakup\": 10},\n {\"daysSinceBreakup\": 45}", "advise");

        assertThat(run.outJson()).extracting(r -> r.get("verdict").asText()).containsExactly("WAIT", "REACH_OUT");
        assertThat(run.errLines().get(0)).isEqualTo("reconcile: <stdin>:2:26: broken JSON: the array must end with ], found the end of the input");
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void anArrayCutOffAfterACommaStopsWithWhereTheInputEnded() {
        Cli.Run run = Cli.runWithInput("[{\"daysSinceBreakup\": 10},\n ", "advise");

        assertThat(run.outJson()).hasSize(1);
        assertThat(run.errLines().get(0)).isEqualTo("reconcile: <stdin>:2:2: broken JSON: the array must end with ], found the end of the input");
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void anArrayCutOffInsideACaseStopsAtThatCaseWithWhereItsJsonBroke() {
        Cli.Run run = Cli.runWithInput("[{\"daysSinceBreakup\": 10},\n {\"daysSinceBreakup\": 45", "advise");

        assertThat(run.outJson()).hasSize(1);
        assertThat(run.errLines().get(0)).isEqualTo("reconcile: <stdin>:2:25: broken JSON: Unexpected end-of-input: expected close marker for Object");
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void anOpeningBracketAloneStopsWithAnEmptyArrayOfResults() {
        Cli.Run run = Cli.runWithInput("[", "advise");

        assertThat(run.outJson()).isEmpty();
        assertThat(run.errLines().get(0)).isEqualTo("reconcile: <stdin>:1:2: broken JSON: the array must end with ], found the end of the input");
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void writesNothingButTheSummaryToStandardError() {
        Cli.Run run = Cli.run("advise", "examples/cases.jsonl");

        assertThat(run.errLines()).singleElement().asString().matches(SUMMARY)
                .startsWith("reconcile: 13 cases (DO_NOT_GO_BACK 1, MOVE_ON 4, WAIT 3, REACH_OUT 1, MEET_UP 1, TALK 1, REBUILD 2), 0 invalid, ");
    }

    @Test
    void verboseNamesEachInvalidCaseWithWhereItWasRead() {
        Cli.Run run = Cli.runWithInput("{\"daysSinceBreakup\": 10}\n{\"id\": \"a7\", \"daysSinceBreakup\": -3}\n", "advise", "--verbose");

        assertThat(run.errLines()).contains(
                "case 2 ('a7'): daysSinceBreakup must be an integer from 0 to 36500, was -3 (<stdin>:2)");
        assertThat(run.errLines().get(run.errLines().size() - 1)).matches(SUMMARY);
    }

    @Test
    void progressCanBeAskedForWhenStandardErrorIsNotATerminal() {
        // A clock on which every reading is a second after the last: a progress line is due after each case.
        AtomicLong now = new AtomicLong();
        Cli.Run run = Cli.runWithClock(() -> now.addAndGet(SECOND), "{\"daysSinceBreakup\": 10}\n", "advise", "--progress");

        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).isEqualTo("reconcile: 1 cases, 1 s, 1 cases/s");
        assertThat(run.errLines().get(1)).matches(SUMMARY);
        assertThat(run.status()).isZero();
    }

    @Test
    void aRunThatEndsWithinTheFirstSecondShowsNoProgress() {
        Cli.Run run = Cli.runWithClock(() -> 0, "{\"daysSinceBreakup\": 10}\n", "advise", "--progress");

        assertThat(run.errLines()).singleElement().asString().matches(SUMMARY);
        assertThat(run.status()).isZero();
    }

    @Test
    void noProgressIsShownUnlessAskedForWhenStandardErrorIsNotATerminal() {
        AtomicLong now = new AtomicLong();
        Cli.Run run = Cli.runWithClock(() -> now.addAndGet(SECOND), "{\"daysSinceBreakup\": 10}\n", "advise");

        assertThat(run.errLines()).singleElement().asString().matches(SUMMARY);
        assertThat(run.status()).isZero();
    }

    @Test
    void aCaseTheRulesFailOnGetsAnErrorResultAndTheOthersGoOn() throws IOException {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        Files.writeString(rules.resolve("only-wait.drl"), """
                package org.reconcile.rules;

                import org.reconcile.model.*;

                rule "Wait while it is under a month"
                    @id("test/wait")
                    @verdict("WAIT")
                    @advice("Wait.")
                    @source("Think carefully about why you broke up.")
                when
                    $s : Situation(daysSinceBreakup < 30)
                then
                end
                """);

        Cli.Run run = Cli.runWithInput("{\"daysSinceBreakup\": 10}\n{\"id\": \"late\", \"daysSinceBreakup\": 45}\n",
                "advise", "--rules", rules.toString());

        List<JsonNode> results = run.results();
        assertThat(results.get(0).get("verdict").asText()).isEqualTo("WAIT");
        assertThat(results.get(0).get("recommendations")).extracting(r -> r.get("rule").asText()).containsExactly("test/wait");
        assertThat(results.get(1).get("id").asText()).isEqualTo("late");
        assertThat(results.get(1).get("error").has("field")).isFalse();
        assertThat(results.get(1).get("error").get("message").asText()).startsWith("the rules failed on this case: ");
        assertThat(run.errLines()).singleElement().asString().matches(SUMMARY).contains("1 invalid");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void rulesThatDoNotCompileStopBeforeAnyCaseIsEvaluated() throws IOException {
        Path rules = Files.createDirectory(dir.resolve("broken"));
        Files.writeString(rules.resolve("typo.drl"), """
                package org.reconcile.rules;

                import org.reconcile.model.*;

                rule "Misspelt fact type"
                    @id("test/typo")
                    @source("Think carefully about why you broke up.")
                when
                    Situaton(daysSinceBreakup < 30)
                then
                end
                """);

        Cli.Run run = Cli.runWithInput("{\"daysSinceBreakup\": 10}\n", "advise", "--rules", rules.toString());

        assertThat(run.out()).isEmpty();
        assertThat(run.errLines().get(0)).startsWith(rules.resolve("typo.drl") + ":").matches(".+\\.drl:\\d+: .+");
        assertThat(run.errLines().get(run.errLines().size() - 1)).contains("nothing was evaluated");
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void aMissingFileStopsBeforeAnyCaseIsEvaluated() {
        Cli.Run run = Cli.run("advise", "examples/cases.jsonl", "no-such-file.jsonl");

        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("reconcile: cannot read no-such-file.jsonl: no such file; nothing was evaluated");
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void anUnknownOptionIsAUsageErrorOnOneLine() {
        Cli.Run run = Cli.run("advise", "--fromat", "json");

        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("reconcile: Unknown option: '--fromat'").contains("did you mean --format?")
                .endsWith("see 'reconcile advise --help'");
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void anUnknownFormatOrTooFewThreadsAreUsageErrors() {
        Cli.Run format = Cli.run("advise", "--format", "xml");
        Cli.Run threads = Cli.run("advise", "--threads", "0");

        assertThat(format.errLines()).singleElement().asString().contains("must be json, jsonl or text, was 'xml'");
        assertThat(format.status()).isEqualTo(2);
        assertThat(threads.errLines()).singleElement().asString().contains("--threads must be at least 1, was 0");
        assertThat(threads.status()).isEqualTo(2);
    }

    @Test
    void helpGoesToStandardOutputAndExitsZero() {
        Cli.Run run = Cli.run("advise", "--help");

        assertThat(run.out()).contains("Usage: reconcile advise").contains("--format=json|jsonl|text");
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
    }

    @Test
    void aMissingCommandIsAUsageError() {
        Cli.Run run = Cli.run();

        assertThat(run.errLines()).singleElement().asString().contains("a command must be given: advise, rules, ask, serve or test");
        assertThat(run.status()).isEqualTo(2);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode findRule(JsonNode result, String rule) {
        for (JsonNode recommendation : result.get("recommendations")) {
            if (recommendation.get("rule").asText().equals(rule)) {
                return recommendation;
            }
        }
        throw new AssertionError(rule + " is not among " + result.get("recommendations").findValuesAsText("rule").stream()
                .collect(Collectors.joining(", ")));
    }
}
