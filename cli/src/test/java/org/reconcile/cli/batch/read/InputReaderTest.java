package org.reconcile.cli.batch.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reconcile.json.CaseJson;

/** Telling an input's format from its content, and cutting it into raw cases with their positions. */
class InputReaderTest {

    @Test
    void aBracketAfterWhiteSpaceStartsAnArray() throws ReadFailure {
        assertThat(format("\n  [ {\"daysSinceBreakup\": 1} ]")).isEqualTo(InputFormat.ARRAY);
    }

    @Test
    void aFirstLineHoldingOneCompleteValueMeansJsonLines() throws ReadFailure {
        assertThat(format("{\"daysSinceBreakup\": 1}\n{\"daysSinceBreakup\": 2}\n")).isEqualTo(InputFormat.JSON_LINES);
        assertThat(format("{\"daysSinceBreakup\": 1}")).isEqualTo(InputFormat.JSON_LINES);
    }

    @Test
    void aBrokenFirstLineFollowedByALineStartingAnObjectMeansJsonLines() throws ReadFailure {
        assertThat(format("{\"daysSinceBreakup\": \n\n  {\"daysSinceBreakup\": 2}\n")).isEqualTo(InputFormat.JSON_LINES);
    }

    @Test
    void anObjectSpreadOverSeveralLinesIsASingleCase() throws ReadFailure {
        assertThat(format("{\n  \"daysSinceBreakup\": 1,\n  \"stage\": \"TALKED\"\n}\n")).isEqualTo(InputFormat.SINGLE);
        assertThat(format("{\"daysSinceBreakup\": 1,\n \"stage\": \"TALKED\"}")).isEqualTo(InputFormat.SINGLE);
    }

    @Test
    void aFirstLineTooDeeplyNestedToReadIsStillJsonLines() throws ReadFailure {
        String deep = "{\"a\":".repeat(2000) + "1" + "}".repeat(2000);

        assertThat(format(deep + "\n")).isEqualTo(InputFormat.JSON_LINES);
    }

    @Test
    void nothingButWhiteSpaceIsEmpty() throws ReadFailure {
        assertThat(format("")).isEqualTo(InputFormat.EMPTY);
        assertThat(format("\uFEFF \r\n\t\n")).isEqualTo(InputFormat.EMPTY);
    }

    @Test
    void aByteOrderMarkDoesNotHideAnArrayNorTakeAColumn() throws Exception {
        assertThat(format("\uFEFF[]")).isEqualTo(InputFormat.ARRAY);
        assertThat(cut("\uFEFF[{\"daysSinceBreakup\": 1}]")).singleElement()
                .satisfies(raw -> assertThat(raw.where().column()).isEqualTo(2));
    }

    @Test
    void detectingTheFormatLosesNoByteOfTheInput() throws Exception {
        List<RawCase> cases = cut("\uFEFF\n{\"daysSinceBreakup\": 1}\n{\"daysSinceBreakup\": 2}\n");

        assertThat(cases).extracting(InputReaderTest::text).containsExactly("{\"daysSinceBreakup\": 1}", "{\"daysSinceBreakup\": 2}");
        assertThat(cases).extracting(raw -> raw.where().line()).containsExactly(2, 3);
    }

    @Test
    void jsonLinesAreNumberedByPhysicalLineWithoutTheirLineEndsAndBlankLinesAreNotCases() throws Exception {
        List<RawCase> cases = cut("{\"a\":1}\r\n\r\n  \n {\"b\":2}\n{\"c\":3}");

        assertThat(cases).extracting(raw -> raw.where().line()).containsExactly(1, 4, 5);
        assertThat(cases).extracting(InputReaderTest::text).containsExactly("{\"a\":1}", " {\"b\":2}", "{\"c\":3}");
        assertThat(cases).extracting(RawCase::index).containsExactly(1L, 2L, 3L);
        assertThat(cases).allMatch(raw -> raw.where().jsonLines());
    }

    @Test
    void aLineTooLongIsCutWithoutBeingKept() throws Exception {
        String tooLong = "{\"id\":\"" + "x".repeat(CaseJson.MAX_CASE_BYTES) + "\"}";

        List<RawCase> cases = cut("{}\n" + tooLong + "\n{\"last\":1}\n");

        assertThat(cases).extracting(RawCase::tooLong).containsExactly(false, true, false);
        assertThat(cases.get(1).bytes()).isEmpty();
        assertThat(text(cases.get(2))).isEqualTo("{\"last\":1}");
        assertThat(cases.get(2).where().line()).isEqualTo(3);
    }

    @Test
    void aLineOfExactlyTheLimitIsNotTooLong() throws Exception {
        String line = "{\"id\":\"" + "y".repeat(CaseJson.MAX_CASE_BYTES - 9) + "\"}";

        List<RawCase> cases = cut("{}\n" + line + "\r\n");

        assertThat(cases.get(1).tooLong()).isFalse();
        assertThat(cases.get(1).bytes()).hasSize(CaseJson.MAX_CASE_BYTES);
    }

    @Test
    void theElementsOfAnArrayAreCutWithTheirLinesAndColumns() throws Exception {
        List<RawCase> cases = cut("[\n  {\"a\": \"]\"},\n  {\"b\": [1, {\"c\": 2}]}\n]\n");

        assertThat(cases).extracting(InputReaderTest::text).containsExactly("{\"a\": \"]\"}", "{\"b\": [1, {\"c\": 2}]}");
        assertThat(cases).extracting(raw -> raw.where().line() + ":" + raw.where().column()).containsExactly("2:3", "3:3");
        assertThat(cases).noneMatch(raw -> raw.where().jsonLines());
    }

    @Test
    void aWrongCommaInAnArrayStopsReadingWithWhereItIs() {
        assertThatThrownBy(() -> cut("[{\"a\":1} {\"b\":2}]"))
                .isInstanceOf(ReadFailure.class)
                .hasMessage("test:1:10: broken JSON: expected , or ] after a case, found {");
    }

    private static InputFormat format(String text) throws ReadFailure {
        return new InputReader(List.of(input(text))).firstFormat();
    }

    private static List<RawCase> cut(String text) throws ReadFailure, IOException {
        List<RawCase> cases = new ArrayList<>();
        new InputReader(List.of(input(text))).read(new InputReader.Handler() {
            @Override
            public void accept(RawCase raw) {
                cases.add(raw);
            }

            @Override
            public void waiting() {
            }
        });
        return cases;
    }

    private static Input input(String text) {
        return new Input("test", () -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(RawCase raw) {
        return new String(raw.bytes(), StandardCharsets.UTF_8);
    }
}
