package org.reconcile.cli.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reconcile.advice.Verdict;
import org.reconcile.model.Fact;

/** Reading scenario files: what a scenario may hold, and the message for each way a line is not one. */
class ScenarioFilesTest {
    private static final String VALID = "\"scenario\": \"s\", \"case\": {\"daysSinceBreakup\": 10}, \"verdict\": \"WAIT\"";

    @TempDir
    Path dir;

    @Test
    void readsEveryExpectationOfAScenario() throws IOException {
        Path file = write("\uFEFF{\"scenario\": \"Ten days on\", \"case\": {\"daysSinceBreakup\": 10, \"abuse\": false}, \"verdict\": \"WAIT\", "
                + "\"recommends\": [\"a/r\"], \"overridden\": [\"a/o\"], \"fires\": [\"a/f\"], \"silent\": [\"a/s\", \"a/t\"], "
                + "\"questions\": [\"motives\", \"breakupReasons\"], \"followUps\": [\"stdTested\"], \"daysToWait\": 20}\r\n"
                + "\n"
                + "{" + VALID + ", \"daysToWait\": null}\n");

        ScenarioFiles.Read read = ScenarioFiles.read(List.of(file));

        assertThat(read.problems()).isEmpty();
        assertThat(read.scenarios()).hasSize(2);
        Scenario first = read.scenarios().get(0);
        assertThat(first.where()).isEqualTo(file + ":1");
        assertThat(first.name()).isEqualTo("Ten days on");
        assertThat(first.situation().daysSinceBreakup()).isEqualTo(10);
        assertThat(first.situation().isStated(Fact.ABUSE)).isTrue();
        assertThat(first.verdict()).isEqualTo(Verdict.WAIT);
        assertThat(List.of(first.recommends(), first.overridden(), first.fires(), first.silent()))
                .containsExactly(List.of("a/r"), List.of("a/o"), List.of("a/f"), List.of("a/s", "a/t"));
        assertThat(first.questions()).contains(List.of(Fact.MOTIVES, Fact.BREAKUP_REASONS));
        assertThat(first.followUps()).contains(List.of(Fact.STD_TESTED));
        assertThat(first.daysToWait()).contains(OptionalInt.of(20));
        Scenario second = read.scenarios().get(1);
        assertThat(second.line()).as("blank lines count as lines").isEqualTo(3);
        assertThat(second.questions()).as("not given: not checked").isEmpty();
        assertThat(second.followUps()).as("not given: not checked").isEmpty();
        assertThat(second.daysToWait()).as("null: none expected").contains(OptionalInt.empty());
        assertThat(second.recommends()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "[]                                                         | a scenario must be a JSON object, was an array",
        "{\"case\": {\"daysSinceBreakup\": 10}, \"verdict\": \"WAIT\"}  | scenario must be a name (a string that is not blank), was missing",
        "{\"scenario\": \" \", \"case\": {\"daysSinceBreakup\": 10}, \"verdict\": \"WAIT\"} | scenario must be a name (a string that is not blank), was \" \"",
        "{\"scenario\": \"s\", \"verdict\": \"WAIT\"}                    | case must be given: the facts of the case, as 'advise' reads them",
        "{\"scenario\": \"s\", \"case\": {\"daysSinceBreakup\": -3}, \"verdict\": \"WAIT\"} | case: daysSinceBreakup must be an integer from 0 to 36500, was -3",
        "{\"scenario\": \"s\", \"case\": {\"daysSinceBreakup\": 10}}      | verdict must be one of DO_NOT_GO_BACK, MOVE_ON, WAIT, REACH_OUT, MEET_UP, TALK, REBUILD, was missing",
        "{\"scenario\": \"s\", \"case\": {\"daysSinceBreakup\": 10}, \"verdict\": \"WAT\"} | verdict must be one of DO_NOT_GO_BACK, MOVE_ON, WAIT, REACH_OUT, MEET_UP, TALK, REBUILD, was \"WAT\" (did you mean WAIT?)",
        "{VALID, \"recommends\": \"a/r\"}                              | recommends must be an array of rule ids, was \"a/r\"",
        "{VALID, \"silent\": [\"a/s\", 3]}                             | silent must be an array of rule ids (strings), held 3",
        "{VALID, \"questions\": [\"abusive\"]}                         | `questions must be an array of facts that can be asked about (abuse, breakupReasons, motives, urgeToPleadOrRant, resentment, planToResolvePastIssues, exReady, bothWantToTryAgain, oldHabitsReturning, breakupReasonAddressed, oldGrievancesRaised, brokenPromises, pryingIntoTimeApart, resumingIntimacy, stdTested), held \"abusive\" (did you mean abuse?)`",
        "{VALID, \"questions\": [\"stage\"]}                           | `, held \"stage\"`",
        "{VALID, \"questions\": null}                                | `questions must be an array of facts that can be asked about (abuse, `",
        "{VALID, \"followUps\": [\"stage\"]}                           | `followUps must be an array of facts that can be asked about (abuse, breakupReasons, `",
        "{VALID, \"daysToWait\": 0}                                  | daysToWait must be a number of days (a whole number from 1) or null for none, was 0",
        "{VALID, \"daysToWait\": \"20\"}                             | daysToWait must be a number of days (a whole number from 1) or null for none, was \"20\"",
        "{VALID, \"daysToWait\": 2.5}                                | daysToWait must be a number of days (a whole number from 1) or null for none, was 2.5",
        "{VALID, \"overrides\": []}                                  | overrides is not a known key (did you mean overridden?); a scenario may have only scenario, case, verdict, recommends, overridden, fires, silent, questions, followUps, daysToWait",
        "{VALID, \"verdict\": \"WAIT\"}                              | the line is not a valid scenario: Duplicate field 'verdict'",
        "{VALID                                                    | the line is not valid JSON at column 70: Unexpected end-of-input",
    })
    void aLineThatIsNotAScenarioIsAProblemOfItsFileAndLine(String line, String message) throws IOException {
        Path file = write("{" + VALID + "}\n" + line.replace("VALID", VALID) + "\n");

        ScenarioFiles.Read read = ScenarioFiles.read(List.of(file));

        assertThat(read.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(file.toString());
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).contains(message);
            assertThat(problem.toString()).isEqualTo(file + ":2: " + problem.message());
        });
        assertThat(read.scenarios()).hasSize(1);
    }

    @Test
    void aLineThatIsNotUtf8IsAProblemOfThatLine() throws IOException {
        byte[] valid = ("{" + VALID + "}\n").getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = ("{\"scenario\": \"Caf\u00e9\", \"case\": {\"daysSinceBreakup\": 10}, \"verdict\": \"WAIT\"}\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Path file = dir.resolve("s.jsonl");
        Files.write(file, concat(valid, valid, latin1, valid));

        ScenarioFiles.Read read = ScenarioFiles.read(List.of(file));

        assertThat(read.problems()).extracting(ScenarioFiles.Problem::toString)
                .containsExactly(file + ":3: a scenario file must be UTF-8, this line is not");
        assertThat(read.scenarios()).extracting(Scenario::line).containsExactly(1, 2, 4);
    }

    @Test
    void aDirectoryStandsForItsJsonlFilesInOrderOfName() throws IOException {
        Files.writeString(dir.resolve("b.jsonl"), "");
        Files.writeString(dir.resolve("a.jsonl"), "");
        Files.writeString(dir.resolve("a.json"), "");
        Files.createDirectories(dir.resolve("sub.jsonl"));

        assertThat(ScenarioFiles.files(dir)).containsExactly(dir.resolve("a.jsonl"), dir.resolve("b.jsonl"));
        assertThat(ScenarioFiles.files(dir.resolve("a.json"))).containsExactly(dir.resolve("a.json"));
        assertThat(Optional.of(ScenarioFiles.files(dir.resolve("sub.jsonl")))).contains(List.of());
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.writeBytes(part);
        }
        return bytes.toByteArray();
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("s.jsonl"), text, StandardCharsets.UTF_8);
    }
}
