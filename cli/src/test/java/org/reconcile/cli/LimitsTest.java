package org.reconcile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.reconcile.json.CaseJson;

/**
 * The limits on what a case may hold: each is a clear error for that case only, naming the limit,
 * the field and the place, in JSON Lines and in an array alike; the next case is still read.
 */
class LimitsTest {
    private static final String NEXT = "{\"id\": \"next\", \"daysSinceBreakup\": 45}";

    @Test
    void aNumberOfMoreThanAHundredDigitsIsAnErrorOfItsFieldThatShowsItsFirstDigits() {
        String digits = "1234567890".repeat(25);

        Cli.Run run = Cli.runWithInput("{\"id\": \"n\", \"daysSinceBreakup\": " + digits + "}\n" + NEXT + "\n", "advise");

        JsonNode error = run.results().get(0).get("error");
        assertThat(run.results().get(0).get("id").asText()).isEqualTo("n");
        assertThat(error.get("field").asText()).isEqualTo("daysSinceBreakup");
        assertThat(error.get("message").asText()).isEqualTo("must be an integer from 0 to 36500, was 12345678901234567890… "
                + "(a number of more than 100 digits) at column 33");
        assertThat(run.results().get(1).get("id").asText()).isEqualTo("next");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void aNumberOfAHundredDigitsIsReadAndFoundOutOfRange() {
        Cli.Run run = Cli.runWithInput("{\"daysSinceBreakup\": " + "9".repeat(100) + "}\n", "advise");

        assertThat(run.results().get(0).get("error").get("message").asText())
                .startsWith("must be an integer from 0 to 36500, was 9999999999");
    }

    @Test
    void aStringOfMoreThan65536CharactersIsAnErrorOfItsField() {
        String longId = "x".repeat(70_000);

        Cli.Run run = Cli.runWithInput("{\"daysSinceBreakup\": 10, \"id\": \"" + longId + "\"}\n" + NEXT + "\n", "advise");

        JsonNode error = run.results().get(0).get("error");
        assertThat(error.get("field").asText()).isEqualTo("id");
        assertThat(error.get("message").asText()).isEqualTo("must be a string, was a string of more than 65536 characters at column 32");
        assertThat(run.results().get(1).get("verdict").asText()).isEqualTo("REACH_OUT");
    }

    @Test
    void aValueBeyondALimitInAnUnknownFieldNamesTheFieldAndTheLimit() {
        Cli.Run run = Cli.runWithInput("{\"daysSinceBreakup\": 10, \"abusive\": " + "1".repeat(101) + "}\n", "advise");

        JsonNode error = run.results().get(0).get("error");
        assertThat(error.get("field").asText()).isEqualTo("abusive");
        assertThat(error.get("message").asText()).isEqualTo("is not a known field (did you mean abuse?), and its value was "
                + "11111111111111111111… (a number of more than 100 digits) at column 37");
    }

    @Test
    void aFieldNameOfMoreThan65536CharactersIsAnErrorOfTheCase() {
        Cli.Run run = Cli.runWithInput("{\"daysSinceBreakup\": 10, \"\\\"" + "k".repeat(70_000) + "\": 1}\n" + NEXT + "\n", "advise");

        JsonNode error = run.results().get(0).get("error");
        assertThat(error.has("field")).isFalse();
        assertThat(error.get("message").asText()).isEqualTo("a field name may have at most 65536 characters, was longer at column 26");
        assertThat(run.results().get(1).get("verdict").asText()).isEqualTo("REACH_OUT");
    }

    @Test
    void aLineOfOnlyATooLongNumberIsAnErrorOfTheCase() {
        Cli.Run run = Cli.runWithInput(NEXT + "\n" + "7".repeat(150) + "\n", "advise");

        JsonNode error = run.results().get(1).get("error");
        assertThat(error.has("field")).isFalse();
        assertThat(error.get("message").asText()).isEqualTo("a number may have at most 100 digits, was 77777777777777777777… at column 1");
    }

    @Test
    void inAnArrayEachLimitSpoilsOnlyItsCaseAndSaysTheLineAndColumn() {
        String input = String.join("\n",
                "[",
                "  {\"id\": \"digits\", \"daysSinceBreakup\": " + "1".repeat(120) + "},",
                "  {\"id\": \"deep\", \"daysSinceBreakup\": 10, \"stage\": " + "[".repeat(120) + "]".repeat(120) + "},",
                "  {\"id\": \"long\", \"daysSinceBreakup\": 10, \"stage\": \"" + "S".repeat(70_000) + "\"},",
                "  {\"id\": \"huge\", \"daysSinceBreakup\": 10, \"padding\": \"" + "p".repeat(1_100_000) + "\"},",
                "  " + NEXT,
                "]");

        Cli.Run run = Cli.runWithInput(input, "advise");

        List<JsonNode> results = List.of(run.outJson().get(0), run.outJson().get(1), run.outJson().get(2), run.outJson().get(3),
                run.outJson().get(4));
        assertThat(run.outJson()).hasSize(5);
        assertThat(results.get(0).get("error").get("message").asText())
                .isEqualTo("must be an integer from 0 to 36500, was 11111111111111111111… (a number of more than 100 digits) at line 2, column 40");
        assertThat(results.get(1).get("error").get("field").asText()).isEqualTo("stage");
        assertThat(results.get(1).get("error").get("message").asText()).endsWith("was nested more than 100 levels deep at line 3, column 150");
        assertThat(results.get(2).get("error").get("message").asText())
                .endsWith("was a string of more than 65536 characters at line 4, column 51");
        assertThat(results.get(3).get("error").get("message").asText())
                .isEqualTo("a case must be at most 1048576 bytes (1 MiB), was longer at line 5, column 3");
        assertThat(results).extracting(r -> r.get("index").asInt()).containsExactly(1, 2, 3, 4, 5);
        assertThat(results.subList(0, 3)).extracting(r -> r.get("id").asText()).containsExactly("digits", "deep", "long");
        assertThat(results.get(4).get("verdict").asText()).isEqualTo("REACH_OUT");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void aLineOfExactlyOneMebibyteIsReadAndOneByteMoreIsTooLong() {
        String exact = padded(CaseJson.MAX_CASE_BYTES);
        String oneMore = padded(CaseJson.MAX_CASE_BYTES + 1);

        Cli.Run run = Cli.runWithInput(exact + "\n" + oneMore + "\n" + exact + "\r\n" + NEXT + "\n", "advise");

        assertThat(run.results()).hasSize(4);
        assertThat(run.results().get(0).get("verdict").asText()).isEqualTo("WAIT");
        assertThat(run.results().get(1).get("error").get("message").asText()).isEqualTo("a line must be at most 1048576 bytes (1 MiB), was longer");
        assertThat(run.results().get(1).get("line").asInt()).isEqualTo(2);
        assertThat(run.results().get(2).get("verdict").asText()).isEqualTo("WAIT");
        assertThat(run.results().get(3).get("id").asText()).isEqualTo("next");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void aCaseOfAnArrayOfExactlyOneMebibyteIsReadAndOneByteMoreIsTooLong() {
        String input = "[" + padded(CaseJson.MAX_CASE_BYTES) + ",\n" + padded(CaseJson.MAX_CASE_BYTES + 1) + ",\n" + NEXT + "]";

        Cli.Run run = Cli.runWithInput(input, "advise");

        assertThat(run.outJson()).hasSize(3);
        assertThat(run.outJson().get(0).get("verdict").asText()).isEqualTo("WAIT");
        assertThat(run.outJson().get(1).get("error").get("message").asText())
                .isEqualTo("a case must be at most 1048576 bytes (1 MiB), was longer at line 2, column 1");
        assertThat(run.outJson().get(2).get("id").asText()).isEqualTo("next");
        assertThat(run.status()).isEqualTo(1);
    }

    // A valid case of exactly {@code bytes} bytes: white space pads it, as no string may be that long.
    private static String padded(int bytes) {
        String start = "{\"daysSinceBreakup\": 10";
        return start + " ".repeat(bytes - start.length() - 1) + "}";
    }

    @Test
    void aSingleCaseBeyondALimitIsAnInvalidCaseNotAStop() {
        Cli.Run run = Cli.runWithInput("{\n  \"daysSinceBreakup\":\n    " + "2".repeat(101) + "\n}\n", "advise");

        assertThat(run.outJson().get("error").get("message").asText()).endsWith("at line 3, column 5");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void brokenJsonAfterACaseBeyondALimitStillStopsWithItsPlace() {
        Cli.Run run = Cli.runWithInput("[{\"daysSinceBreakup\": " + "3".repeat(101) + "},\n {\"daysSinceBreakup\": 10} {}]", "advise");

        assertThat(run.outJson()).hasSize(2);
        assertThat(run.errLines().get(0)).isEqualTo("reconcile: <stdin>:2:27: broken JSON: expected , or ] after a case, found {");
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void aLineInUtf16IsNotValidJsonRatherThanDecodedAsUtf16() {
        byte[] utf16 = "{\"daysSinceBreakup\": 45}".getBytes(StandardCharsets.UTF_16LE);
        byte[] input = (NEXT + "\n" + new String(utf16, StandardCharsets.ISO_8859_1) + "\n").getBytes(StandardCharsets.ISO_8859_1);

        Cli.Run run = Cli.runWithInput(input, "advise");

        assertThat(run.results().get(1).get("error").get("message").asText()).isEqualTo("the line is not valid JSON at column 2: "
                + "the byte 0x00 cannot stand in JSON; a case must be UTF-8, not UTF-16 or UTF-32");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void numbersWrittenWithAFractionOrExponentAreReadExactly() {
        String input = String.join("\n",
                "{\"id\": \"ten\", \"daysSinceBreakup\": 1.0e1}",
                "{\"id\": \"tiny\", \"daysSinceBreakup\": 1e-400}",
                "{\"id\": \"vast\", \"daysSinceBreakup\": 1e9999999999}",
                "{\"id\": \"half\", \"daysSinceBreakup\": 40.5}");

        Cli.Run run = Cli.runWithInput(input, "advise");

        assertThat(run.results().get(0).get("verdict").asText()).isEqualTo("WAIT");
        assertThat(run.results().get(1).get("error").get("message").asText()).isEqualTo("must be an integer from 0 to 36500, was 1E-400");
        assertThat(run.results().get(2).get("error").get("message").asText())
                .isEqualTo("must be an integer from 0 to 36500, was 1e9999999999");
        assertThat(run.results().get(3).get("error").get("message").asText()).isEqualTo("must be an integer from 0 to 36500, was 40.5");
    }
}
