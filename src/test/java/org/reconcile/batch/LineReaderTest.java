package org.reconcile.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Reading physical lines of bytes. */
class LineReaderTest {

    @Test
    void numbersPhysicalLinesAndDropsTheLineEnds() throws IOException {
        List<LineReader.Line> lines = read("a\r\n\r\n  \nb\nc");

        assertThat(lines).extracting(LineReader.Line::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(lines).extracting(line -> new String(line.bytes(), StandardCharsets.UTF_8)).containsExactly("a", "", "  ", "b", "c");
        assertThat(lines).extracting(LineReader.Line::blank).containsExactly(false, true, true, false, false);
    }

    @Test
    void readsPastALineTooLongWithoutKeepingIt() throws IOException {
        String tooLong = "x".repeat(Json.MAX_CASE_BYTES + 10);

        List<LineReader.Line> lines = read("first\n" + tooLong + "\nlast\n");

        assertThat(lines).extracting(LineReader.Line::tooLong).containsExactly(false, true, false);
        assertThat(lines.get(1).bytes()).isEmpty();
        assertThat(new String(lines.get(2).bytes(), StandardCharsets.UTF_8)).isEqualTo("last");
        assertThat(lines.get(2).number()).isEqualTo(3);
    }

    @Test
    void aLineOfExactlyTheLimitIsNotTooLong() throws IOException {
        List<LineReader.Line> lines = read("y".repeat(Json.MAX_CASE_BYTES) + "\r\n");

        assertThat(lines).singleElement().extracting(LineReader.Line::tooLong).isEqualTo(false);
        assertThat(lines.get(0).bytes()).hasSize(Json.MAX_CASE_BYTES);
    }

    @Test
    void aLastLineWithoutALineEndIsStillALine() throws IOException {
        assertThat(read("a\nb")).hasSize(2);
        assertThat(read("a\n")).hasSize(1);
        assertThat(read("")).isEmpty();
    }

    private static List<LineReader.Line> read(String text) throws IOException {
        LineReader reader = new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        List<LineReader.Line> lines = new ArrayList<>();
        for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
            lines.add(line);
        }
        return lines;
    }
}
