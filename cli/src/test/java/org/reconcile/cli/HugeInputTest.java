package org.reconcile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lone huge case does not exhaust memory: in a 64 MiB heap, 50 MB in one case is one invalid case. */
class HugeInputTest {
    private static final int FIFTY_MB = 50_000_000;
    private static final List<String> SMALL_HEAP = List.of("-Xmx64m");

    @TempDir
    Path dir;

    @Test
    void aFiftyMegabyteLineWithoutANewlineIsOneInvalidCaseInASixtyFourMebibyteHeap() throws Exception {
        Path input = dir.resolve("huge.jsonl");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(input))) {
            out.write("{\"daysSinceBreakup\": 10, \"id\": \"".getBytes(StandardCharsets.UTF_8));
            writeRepeated(out, (byte) 'x', FIFTY_MB);
            out.write("\"}".getBytes(StandardCharsets.UTF_8));
        }

        Run run = run(input);

        assertThat(run.results()).singleElement().satisfies(result -> assertThat(result.get("error").get("message").asText())
                .isEqualTo("a line must be at most 1048576 bytes (1 MiB), was longer"));
        assertThat(run.err()).singleElement().asString().startsWith("reconcile: 1 case, 1 invalid, ");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void anArrayHoldingAFiftyMegabyteCaseOfMillionsOfFieldsIsOneInvalidCaseInASixtyFourMebibyteHeap() throws Exception {
        Path input = dir.resolve("huge.json");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(input))) {
            out.write("[{\"daysSinceBreakup\": 10".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < FIFTY_MB / 12; i++) {
                out.write((",\"k" + i + "\":1").getBytes(StandardCharsets.UTF_8));
            }
            out.write("},\n{\"daysSinceBreakup\": 45}]".getBytes(StandardCharsets.UTF_8));
        }

        Run run = run(input);

        assertThat(run.results()).hasSize(2);
        assertThat(run.results().get(0).get("error").get("message").asText())
                .isEqualTo("a case must be at most 1048576 bytes (1 MiB), was longer at line 1, column 2");
        assertThat(run.results().get(1).get("verdict").asText()).isEqualTo("REACH_OUT");
        assertThat(run.status()).isEqualTo(1);
    }

    private record Run(int status, List<JsonNode> results, List<String> err) {
    }

    private Run run(Path input) throws Exception {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = Child.start(SMALL_HEAP, err, "advise", "--format", "jsonl", "--output", out.toString(), input.toString());
        int status = Child.exitStatus(process, 120);
        List<JsonNode> results = Files.exists(out) ? Child.lines(out).stream().map(Cli::json).toList() : List.of();
        return new Run(status, results, Child.lines(err));
    }

    private static void writeRepeated(OutputStream out, byte b, int count) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, b);
        for (int left = count; left > 0; left -= chunk.length) {
            out.write(chunk, 0, Math.min(left, chunk.length));
        }
    }
}
