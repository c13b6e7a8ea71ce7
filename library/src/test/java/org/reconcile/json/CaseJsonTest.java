package org.reconcile.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.reconcile.SituationGenerator;
import org.reconcile.model.Answer;
import org.reconcile.model.Choice;
import org.reconcile.model.Fact;
import org.reconcile.model.Situation;
import org.reconcile.model.Stage;

/** Reading a case with the public codec: the same checks and messages as the command line, every outcome a value. */
class CaseJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aValidCaseReadsToItsSituationAndId() {
        Case read = CaseJson.read("{\"id\": \"a7\", \"daysSinceBreakup\": 12, \"stage\": \"REACHED_OUT\", \"exReady\": false}");

        assertThat(read).isEqualTo(new Case.Valid(Optional.of("a7"),
                Situation.builder(12).stage(Stage.REACHED_OUT).with(Fact.EX_READY, false).build()));
    }

    @Test
    void everySituationSurvivesTheTripThroughItsJson() {
        SituationGenerator.situations(20261128L, 2_000).forEach(situation -> {
            Case read = CaseJson.read(json(situation));
            Case written = CaseJson.read(CaseJson.write(situation));

            assertThat(read).as(situation.toString()).isEqualTo(new Case.Valid(Optional.empty(), situation));
            assertThat(written).as(CaseJson.write(situation)).isEqualTo(new Case.Valid(Optional.empty(), situation));
        });
    }

    @Test
    void theFieldsAreTheIdAndTheFactsOfTheCatalog() {
        assertThat(CaseJson.FIELDS).containsExactlyElementsOf(Stream.concat(Stream.of("id"),
                Arrays.stream(Fact.values()).map(Fact::jsonName)).toList());
    }

    @Test
    void anUnknownFieldIsAnErrorNamingItWithTheClosestKnownField() {
        CaseError error = errorOf("{\"id\": \"x\", \"daysSinceBreakup\": 40, \"abusive\": true}");

        assertThat(error.field()).contains("abusive");
        assertThat(error.message()).startsWith("is not a known field (did you mean abuse?); a case may have only id, daysSinceBreakup, ");
    }

    @Test
    void aValueOutOfRangeSaysWhatMustHoldAndWhatWasFound() {
        CaseError error = errorOf("{\"daysSinceBreakup\": -3}");

        assertThat(error.field()).contains("daysSinceBreakup");
        assertThat(error.message()).isEqualTo("must be an integer from 0 to 36500, was -3");
        assertThat(error.describe()).isEqualTo("daysSinceBreakup must be an integer from 0 to 36500, was -3");
    }

    @Test
    void aMisspeltChoiceIsAnErrorWithTheClosestChoice() {
        assertThat(errorOf("{\"daysSinceBreakup\": 40, \"stage\": \"TALK\"}").message()).endsWith("was \"TALK\" (did you mean TALKED?)");
        assertThat(errorOf("{\"daysSinceBreakup\": 40, \"motives\": [\"REVENGE\", 3]}").message())
                .endsWith("; item 2 was 3");
    }

    @Test
    void aFieldGivenTwiceIsAnError() {
        Case read = CaseJson.read("{\"id\": \"d\", \"daysSinceBreakup\": 40, \"abuse\": false, \"abuse\": true}");

        assertThat(read).isEqualTo(new Case.Invalid(Optional.of("d"),
                CaseError.inField("abuse", "must be given only once, was given more than once")));
    }

    @Test
    void aCaseBeyondALimitIsAnInvalidCaseNamingTheField() {
        CaseError error = errorOf("{\"daysSinceBreakup\": " + "9".repeat(CaseJson.MAX_DIGITS + 1) + "}");

        assertThat(error.field()).contains("daysSinceBreakup");
        assertThat(error.message()).contains("(a number of more than 100 digits) at line 1, column ");
    }

    @Test
    void brokenJsonIsAnInvalidCaseThatSaysWhereItBroke() {
        CaseError error = errorOf("{\"daysSinceBreakup\": 10,\n  }");

        assertThat(error.field()).isEmpty();
        assertThat(error.message()).startsWith("the case is not valid JSON at line 2, column 3: ");
        assertThat(error.brokenJson()).hasValueSatisfying(broken -> {
            assertThat(broken.line()).isEqualTo(2);
            assertThat(broken.column()).isEqualTo(3);
        });
    }

    @Test
    void aLineOfJsonLinesTellsPositionsAsColumns() {
        Case read = CaseJson.readLine("{\"daysSinceBreakup\": 10,}".getBytes(StandardCharsets.UTF_8));

        assertThat(((Case.Invalid) read).error().message()).startsWith("the line is not valid JSON at column 25: ");
    }

    @Test
    void aCaseIsAJsonObject() {
        assertThat(errorOf("[1, 2]")).isEqualTo(CaseError.ofCase("a case must be a JSON object, was an array"));
    }

    @Test
    void readersAndStreamsReadAsStringsDo() throws IOException {
        String text = "{\"id\": \"s\", \"daysSinceBreakup\": 400, \"motives\": [\"REVENGE\"]}";

        Case fromString = CaseJson.read(text);

        assertThat(CaseJson.read(new StringReader(text))).isEqualTo(fromString);
        assertThat(CaseJson.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))).isEqualTo(fromString);
    }

    @Test
    void aCaseLongerThanTheLimitIsInvalidWithoutBeingRead() throws IOException {
        byte[] huge = ("{\"id\": \"" + "x".repeat(CaseJson.MAX_CASE_BYTES) + "\"}").getBytes(StandardCharsets.UTF_8);

        Case read = CaseJson.read(new ByteArrayInputStream(huge));

        assertThat(((Case.Invalid) read).error().message()).startsWith("a case must be at most 1048576 bytes (1 MiB), was longer");
    }

    @Test
    void aCaseOfExactlyTheLimitIsReadAndOneByteMoreIsNotWhereverItComesFrom() throws IOException {
        String start = "{\"daysSinceBreakup\": 10";
        byte[] exact = (start + " ".repeat(CaseJson.MAX_CASE_BYTES - start.length() - 1) + "}").getBytes(StandardCharsets.UTF_8);
        byte[] oneMore = (start + " ".repeat(CaseJson.MAX_CASE_BYTES - start.length()) + "}").getBytes(StandardCharsets.UTF_8);

        assertThat(exact).hasSize(CaseJson.MAX_CASE_BYTES);
        assertThat(CaseJson.read(exact)).isInstanceOf(Case.Valid.class);
        assertThat(CaseJson.readLine(exact)).isInstanceOf(Case.Valid.class);
        assertThat(CaseJson.readAt(exact, 3, 4)).isInstanceOf(Case.Valid.class);
        assertThat(CaseJson.read(new ByteArrayInputStream(exact))).isInstanceOf(Case.Valid.class);
        assertThat(((Case.Invalid) CaseJson.read(oneMore)).error().message())
                .isEqualTo("a case must be at most 1048576 bytes (1 MiB), was longer at line 1, column 1");
        assertThat(((Case.Invalid) CaseJson.readLine(oneMore)).error().message())
                .isEqualTo("a line must be at most 1048576 bytes (1 MiB), was longer");
        assertThat(((Case.Invalid) CaseJson.readAt(oneMore, 3, 4)).error().message())
                .isEqualTo("a case must be at most 1048576 bytes (1 MiB), was longer at line 3, column 4");
        assertThat(CaseJson.read(new ByteArrayInputStream(oneMore))).isInstanceOf(Case.Invalid.class);
    }

    @Test
    void anEmptyArrayIsAStatementAndNullOrNothingIsNot() {
        Situation none = situationOf("{\"daysSinceBreakup\": 40, \"motives\": [], \"breakupReasons\": []}");
        Situation nulls = situationOf("{\"daysSinceBreakup\": 40, \"motives\": null, \"breakupReasons\": null}");
        Situation absent = situationOf("{\"daysSinceBreakup\": 40}");

        assertThat(none.isStated(Fact.MOTIVES)).isTrue();
        assertThat(none.isStated(Fact.BREAKUP_REASONS)).isTrue();
        assertThat(nulls.isStated(Fact.MOTIVES)).isFalse();
        assertThat(nulls).isEqualTo(absent);
        assertThat(CaseJson.write(none)).isEqualTo("{\"daysSinceBreakup\":40,\"breakupReasons\":[],\"motives\":[]}");
        assertThat(CaseJson.write(absent)).isEqualTo("{\"daysSinceBreakup\":40}");
        assertThat(situationOf(CaseJson.write(none))).isEqualTo(none);
    }

    @Test
    void aStageIsWrittenOnlyWhenTheCaseStatedIt() {
        Situation unsaid = situationOf("{\"daysSinceBreakup\": 10, \"stage\": null}");
        Situation said = situationOf("{\"daysSinceBreakup\": 10, \"stage\": \"NO_CONTACT\"}");

        assertThat(unsaid.isStated(Fact.STAGE)).isFalse();
        assertThat(said.isStated(Fact.STAGE)).isTrue();
        assertThat(CaseJson.write(unsaid)).isEqualTo("{\"daysSinceBreakup\":10}");
        assertThat(CaseJson.write(said)).isEqualTo("{\"daysSinceBreakup\":10,\"stage\":\"NO_CONTACT\"}");
    }

    private static Situation situationOf(String json) {
        Case read = CaseJson.read(json);
        assertThat(read).isInstanceOf(Case.Valid.class);
        return ((Case.Valid) read).situation();
    }

    private static CaseError errorOf(String json) {
        Case read = CaseJson.read(json);
        assertThat(read).isInstanceOf(Case.Invalid.class);
        return ((Case.Invalid) read).error();
    }

    // Written from the catalog, as a client would: a fact not stated is left out, a list stated empty is [].
    static String json(Situation situation) {
        ObjectNode json = JSON.createObjectNode();
        for (Fact fact : Fact.values()) {
            switch (fact.type()) {
                case INTEGER -> json.put(fact.jsonName(), situation.daysSinceBreakup());
                case CHOICE -> {
                    if (situation.isStated(fact)) {
                        json.put(fact.jsonName(), situation.stage().name());
                    }
                }
                case CHOICES -> {
                    if (situation.isStated(fact)) {
                        ArrayNode values = json.putArray(fact.jsonName());
                        situation.chosen(fact).stream().map(Choice::name).forEach(values::add);
                    }
                }
                case BOOLEAN -> {
                    if (situation.answer(fact) != Answer.UNKNOWN) {
                        json.put(fact.jsonName(), situation.answer(fact).isYes());
                    }
                }
            }
        }
        return json.toString();
    }
}
