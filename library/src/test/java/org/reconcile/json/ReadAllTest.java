package org.reconcile.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.reconcile.model.Situation;

/** Many cases from one input: an array, JSON Lines, or one case over several lines, as a stream of Case. */
class ReadAllTest {

    private static List<Case> readAll(String text) {
        return CaseJson.readAll(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).toList();
    }

    @Test
    void anArrayGivesEachOfItsCasesInOrderValidOrNot() {
        List<Case> cases = readAll(" [{\"id\": \"a\", \"daysSinceBreakup\": 3},\n {\"daysSinceBreakup\": -1}, 7, {\"abuse\": 1, \"abuse\": 2}]");

        assertThat(cases).hasSize(4);
        assertThat(cases.get(0)).isEqualTo(new Case.Valid(Optional.of("a"), Situation.builder(3).build()));
        assertThat(cases.get(1).invalidError().map(CaseError::describe))
                .contains("daysSinceBreakup must be an integer from 0 to 36500, was -1");
        assertThat(cases.get(2).invalidError().map(CaseError::message)).contains("a case must be a JSON object, was 7");
        assertThat(cases.get(3).invalidError().flatMap(CaseError::field)).contains("abuse");
    }

    @Test
    void brokenJsonInAnArrayEndsItWithAnInvalidCaseSayingWhere() {
        List<Case> cases = readAll("[{\"daysSinceBreakup\": 3},\n {\"daysSinceBreakup\": }, {\"daysSinceBreakup\": 4}]");

        assertThat(cases).hasSize(2);
        assertThat(cases.get(0).isValid()).isTrue();
        CaseError error = cases.get(1).invalidError().orElseThrow();
        assertThat(error.brokenJson()).hasValueSatisfying(broken -> assertThat(broken.line()).isEqualTo(2));
        assertThat(error.message()).startsWith("the array is not valid JSON at line 2, column ");
    }

    @Test
    void jsonLinesGiveOneCaseALineAndSkipBlankLines() {
        List<Case> cases = readAll("{\"daysSinceBreakup\": 1}\r\n\n   \n{\"daysSinceBreakup\": 2\n{\"daysSinceBreakup\": 3}");

        assertThat(cases).extracting(Case::isValid).containsExactly(true, false, true);
        assertThat(cases.get(2).validSituation().map(Situation::daysSinceBreakup)).contains(3);
        assertThat(cases.get(1).invalidError().map(CaseError::message).orElseThrow()).startsWith("the line is not valid JSON at column ");
    }

    @Test
    void oneCaseOverSeveralLinesIsOneCase() {
        List<Case> cases = readAll("{\n  \"id\": \"p\",\n  \"daysSinceBreakup\": 5\n}\n");

        assertThat(cases).containsExactly(new Case.Valid(Optional.of("p"), Situation.builder(5).build()));
    }

    @Test
    void anEmptyInputOrAnEmptyArrayHasNoCases() {
        assertThat(readAll("")).isEmpty();
        assertThat(readAll("\n \n")).isEmpty();
        assertThat(readAll(" [ ] ")).isEmpty();
    }

    @Test
    void aLineLongerThanACaseMayBeIsInvalidAndTheNextLineIsRead() {
        String tooLong = "{\"id\": \"" + "x".repeat(CaseJson.MAX_CASE_BYTES) + "\"}";
        List<Case> cases = readAll(tooLong + "\n{\"daysSinceBreakup\": 9}\n");

        assertThat(cases).hasSize(2);
        assertThat(cases.get(0).invalidError().map(CaseError::message).orElseThrow()).startsWith("a line must be at most 1048576 bytes");
        assertThat(cases.get(1).isValid()).isTrue();
    }
    @Test
    void aNumberTooLongInAnArrayEndsItWithTheFieldTheCaseAndWhere() {
        List<Case> cases = readAll("[{\"daysSinceBreakup\": 1},\n {\"id\": \"q\", \"daysSinceBreakup\": "
                + "9".repeat(CaseJson.MAX_DIGITS + 1) + "}, {\"daysSinceBreakup\": 2}]");

        assertThat(cases).hasSize(2);
        Case.Invalid invalid = (Case.Invalid) cases.get(1);
        assertThat(invalid.id()).contains("q");
        assertThat(invalid.error().field()).contains("daysSinceBreakup");
        assertThat(invalid.error().message())
                .isEqualTo("a number may have at most 100 digits, was a number of more than 100 digits at line 2, column 135");
    }

    @Test
    void aValueNestedTooDeepInAnArrayEndsItSayingTheLimitAndWhere() {
        List<Case> inAField = readAll("[{\"daysSinceBreakup\": 1},\n {\"x\": " + "[".repeat(120) + "]".repeat(120) + "}, 3]");
        List<Case> asACase = readAll("[\n" + "[".repeat(120) + "]".repeat(120) + ", 3]");

        assertThat(inAField).hasSize(2);
        assertThat(inAField.get(1).invalidError().flatMap(CaseError::field)).contains("x");
        assertThat(inAField.get(1).invalidError().map(CaseError::message))
                .contains("a value may be nested at most 100 levels deep, was nested more than 100 levels deep at line 2, column 107");
        assertThat(asACase).hasSize(1);
        assertThat(asACase.get(0).invalidError().flatMap(CaseError::field)).isEmpty();
        assertThat(asACase.get(0).invalidError().map(CaseError::message))
                .contains("a value may be nested at most 100 levels deep, was nested deeper at line 2, column 101");
    }

    @Test
    void aCaseOfAnArrayLongerThanACaseMayBeIsInvalidAndTheNextCaseIsRead() {
        List<Case> cases = readAll("[{\"daysSinceBreakup\": 1},\n {\"motives\": [" + "\"ab\",".repeat(CaseJson.MAX_CASE_BYTES / 5)
                + "\"c\"]}, {\"daysSinceBreakup\": 2}]");

        assertThat(cases).extracting(Case::isValid).containsExactly(true, false, true);
        assertThat(cases.get(1).invalidError().map(CaseError::message))
                .contains("a case must be at most 1048576 bytes (1 MiB), was longer at line 2, column 1");
    }
}
