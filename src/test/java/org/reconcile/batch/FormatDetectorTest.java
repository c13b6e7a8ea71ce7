package org.reconcile.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Telling an array, JSON Lines and a single object apart from the content. */
class FormatDetectorTest {

    @Test
    void aBracketAfterWhiteSpaceStartsAnArray() throws IOException {
        assertThat(detect("\n  [ {\"daysSinceBreakup\": 1} ]").format()).isEqualTo(InputFormat.ARRAY);
    }

    @Test
    void aFirstLineHoldingOneCompleteValueMeansJsonLines() throws IOException {
        assertThat(detect("{\"daysSinceBreakup\": 1}\n{\"daysSinceBreakup\": 2}\n").format()).isEqualTo(InputFormat.JSON_LINES);
        assertThat(detect("{\"daysSinceBreakup\": 1}").format()).isEqualTo(InputFormat.JSON_LINES);
    }

    @Test
    void aBrokenFirstLineFollowedByALineStartingAnObjectMeansJsonLines() throws IOException {
        assertThat(detect("{\"daysSinceBreakup\": \n\n  {\"daysSinceBreakup\": 2}\n").format()).isEqualTo(InputFormat.JSON_LINES);
    }

    @Test
    void anObjectSpreadOverSeveralLinesIsASingleCase() throws IOException {
        assertThat(detect("{\n  \"daysSinceBreakup\": 1,\n  \"stage\": \"TALKED\"\n}\n").format()).isEqualTo(InputFormat.SINGLE);
        assertThat(detect("{\"daysSinceBreakup\": 1,\n \"stage\": \"TALKED\"}").format()).isEqualTo(InputFormat.SINGLE);
    }

    @Test
    void aFirstLineTooDeeplyNestedToReadIsStillJsonLines() throws IOException {
        String deep = "{\"a\":".repeat(200) + "1" + "}".repeat(200);

        assertThat(detect(deep + "\n").format()).isEqualTo(InputFormat.JSON_LINES);
    }

    @Test
    void nothingButWhiteSpaceIsEmpty() throws IOException {
        assertThat(detect("").format()).isEqualTo(InputFormat.EMPTY);
        assertThat(detect("\uFEFF \r\n\t\n").format()).isEqualTo(InputFormat.EMPTY);
    }

    @Test
    void replaysTheWholeInputWithoutTheByteOrderMark() throws IOException {
        String content = "\n{\"daysSinceBreakup\": 1}\n{\"daysSinceBreakup\": 2}\n";

        FormatDetector.Detected detected = detect("\uFEFF" + content);

        assertThat(detected.format()).isEqualTo(InputFormat.JSON_LINES);
        assertThat(new String(detected.content().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(content);
    }

    @Test
    void aByteOrderMarkDoesNotHideAnArray() throws IOException {
        assertThat(detect("\uFEFF[]").format()).isEqualTo(InputFormat.ARRAY);
    }

    private static FormatDetector.Detected detect(String text) throws IOException {
        return FormatDetector.detect(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
