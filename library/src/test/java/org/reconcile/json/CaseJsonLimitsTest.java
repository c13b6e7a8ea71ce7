package org.reconcile.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A value beyond a limit, bytes that are not UTF-8, more than one value: each says what must hold, what was found and where. */
class CaseJsonLimitsTest {
    private static final String DIGITS = "1".repeat(150);

    private static String message(Case read) {
        return read.invalidError().map(CaseError::describe).orElseThrow();
    }

    @Test
    void aNumberTooLongShowsItsFirstDigitsWhereItStarts() {
        assertThat(message(CaseJson.read("{\"daysSinceBreakup\": " + DIGITS + "}"))).isEqualTo("daysSinceBreakup must be an integer"
                + " from 0 to 36500, was 11111111111111111111… (a number of more than 100 digits) at line 1, column 22");
        assertThat(message(CaseJson.read("{\"daysSinceBreakup\": -" + DIGITS + "e5}"))).isEqualTo("daysSinceBreakup must be an"
                + " integer from 0 to 36500, was -1111111111111111111… (a number of more than 100 digits) at line 1, column 22");
        assertThat(message(CaseJson.read("[" + DIGITS + "]")))
                .isEqualTo("a number may have at most 100 digits, was 11111111111111111111… at line 1, column 2");
    }

    @Test
    void aNumberTooLongInAnUnknownFieldNamesTheField() {
        assertThat(message(CaseJson.read("{\"abuse\": true, \"zz\": " + DIGITS + "}"))).isEqualTo("zz is not a known field (did you"
                + " mean id?), and its value was 11111111111111111111… (a number of more than 100 digits) at line 1, column 23");
    }

    @Test
    void positionsAreColumnsInALineAndCountFromWhereACutCaseStarts() {
        byte[] json = ("{\"daysSinceBreakup\": " + DIGITS + "}").getBytes(StandardCharsets.UTF_8);

        assertThat(message(CaseJson.readLine(json))).endsWith("(a number of more than 100 digits) at column 22");
        assertThat(message(CaseJson.readAt(json, 3, 5))).endsWith("(a number of more than 100 digits) at line 3, column 26");
    }

    @Test
    void aFieldNameTooLongIsFoundAtItsOpeningQuoteEvenWithAnEscapedQuoteInside() {
        String plain = "{\"id\": \"x\",\n \"" + "n".repeat(70_000) + "\": 1}";
        String escaped = "{\"id\": \"x\",\n \"a\\\"" + "n".repeat(70_000) + "\": 1}";

        assertThat(CaseJson.read(plain)).isEqualTo(CaseJson.read(escaped));
        assertThat(CaseJson.read(plain).id()).contains("x");
        assertThat(message(CaseJson.read(plain))).isEqualTo("a field name may have at most 65536 characters, was longer at line 2, column 2");
    }

    @Test
    void bytesOfUtf16OrUtf32AreRefusedWhereTheyStand() {
        assertThat(message(CaseJson.read(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '{'}))).isEqualTo("the case is not valid JSON at"
                + " line 1, column 1: the byte 0xFE cannot stand in JSON; a case must be UTF-8, not UTF-16 or UTF-32");
        assertThat(message(CaseJson.read(new byte[] {' ', 0, '{'}))).startsWith("the case is not valid JSON at line 1, column 2:"
                + " the byte 0x00 cannot stand");
        assertThat(CaseJson.read(new byte[] {' ', '{', '"', 'd', 'a', 'y', 's', 'S', 'i', 'n', 'c', 'e', 'B', 'r', 'e', 'a', 'k', 'u', 'p',
                '"', ':', '1', '}'}).isValid()).isTrue();
    }

    @Test
    void aTextHoldsOneValue() {
        assertThat(message(CaseJson.read("{\"daysSinceBreakup\": 1} {}")))
                .isEqualTo("the text must hold one JSON value, found more at line 1, column 25");
        assertThat(message(CaseJson.readLine("{\"daysSinceBreakup\": 1} 2".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("a line must hold one JSON value, found more at column 25");
    }
}
