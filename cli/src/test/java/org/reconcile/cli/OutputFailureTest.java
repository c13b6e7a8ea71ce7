package org.reconcile.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output that fails, and input that cannot be read: a quiet stop with one line on standard error,
 * and with {@code --output FILE}, FILE either complete or as it was.
 */
class OutputFailureTest {
    private static final String CASES = "{\"id\": \"a\", \"daysSinceBreakup\": 10}\n{\"id\": \"b\", \"daysSinceBreakup\": 45}\n";

    @TempDir
    Path dir;

    @Test
    void outputClosedAfterOneLineEndsTheRunQuietlyWithOneLineOnStandardError() throws Exception {
        Path input = dir.resolve("many.jsonl");
        try (BufferedWriter writer = Files.newBufferedWriter(input)) {
            for (int i = 1; i <= 20_000; i++) {
                writer.write("{\"id\": \"c" + i + "\", \"daysSinceBreakup\": " + (i % 90) + "}\n");
            }
        }
        Path err = dir.resolve("err.txt");

        // As `reconcile advise many.jsonl | head -1`: some 25 MB of results, read up to the first line.
        Process process = Child.start(List.of(), err, "advise", input.toString());
        String first;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            first = out.readLine();
        }
        int status = Child.exitStatus(process, 120);

        assertThat(first).startsWith("{\"index\":1,\"id\":\"c1\",");
        assertThat(Child.lines(err)).singleElement().asString()
                .startsWith("reconcile: cannot write the results after ").endsWith("results: Broken pipe");
        assertThat(status).isEqualTo(2);
    }

    @Test
    void outputFileGetsEveryResultAndNoTemporaryFileIsLeft() throws IOException {
        Path output = dir.resolve("results.jsonl");

        Cli.Run run = Cli.runWithInput(CASES, "advise", "--output", output.toString());

        assertThat(run.out()).isEmpty();
        assertThat(Files.readAllLines(output)).hasSize(2).allMatch(line -> line.contains("\"verdict\""));
        assertThat(filesIn(dir)).containsExactly("results.jsonl");
        assertThat(run.status()).isZero();
    }

    @Test
    void outputFileIsWrittenWhenSomeCasesAreInvalidBecauseTheResultsAreComplete() throws IOException {
        Path output = Files.writeString(dir.resolve("results.jsonl"), "old\n");

        Cli.Run run = Cli.runWithInput(CASES + "{\"daysSinceBreakup\": -1}\n", "advise", "-o", output.toString());

        assertThat(Files.readAllLines(output)).hasSize(3);
        assertThat(Files.readAllLines(output).get(2)).contains("\"error\"");
        assertThat(filesIn(dir)).containsExactly("results.jsonl");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void aRunThatStopsEarlyLeavesAnExistingOutputFileAsItWasAndNoTemporaryFile() throws IOException {
        Path output = Files.writeString(dir.resolve("results.json"), "the results of yesterday\n");

        Cli.Run run = Cli.runWithInput("[{\"daysSinceBreakup\": 10},\n {\"daysSinceBreakup\" 45}]", "advise", "--output", output.toString());

        assertThat(Files.readString(output)).isEqualTo("the results of yesterday\n");
        assertThat(filesIn(dir)).containsExactly("results.json");
        assertThat(run.errLines().get(0)).startsWith("reconcile: <stdin>:2:22: broken JSON: ");
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void aRunThatStopsEarlyCreatesNoOutputFile() throws IOException {
        Path output = dir.resolve("results.json");

        Cli.Run run = Cli.runWithInput("[{\"daysSinceBreakup\": 10},\n", "advise", "--output", output.toString());

        assertThat(filesIn(dir)).isEmpty();
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void anOutputFileInADirectoryThatDoesNotExistIsRefusedOnOneLineBeforeAnythingIsEvaluated() {
        Path output = dir.resolve("nowhere").resolve("results.jsonl");

        Cli.Run run = Cli.runWithInput(CASES, "advise", "--output", output.toString());

        assertThat(run.errLines()).containsExactly("reconcile: cannot write " + output + ": its directory " + output.getParent()
                + " does not exist; nothing was evaluated");
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void anOutputFileThatIsADirectoryIsRefusedOnOneLine() {
        Cli.Run run = Cli.runWithInput(CASES, "advise", "--output", dir.toString());

        assertThat(run.errLines()).containsExactly("reconcile: cannot write " + dir + ": it is a directory, not a file; nothing was evaluated");
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void anInputFileThatCannotBeReadIsReportedOnOneLineBeforeAnythingIsEvaluated() {
        // Readable by its permissions, even for root, but reading it fails: an I/O error.
        Path unreadable = Path.of("/proc/self/mem");
        assumeTrue(Files.isRegularFile(unreadable), "needs Linux's /proc");

        Cli.Run run = Cli.run("advise", "examples/cases.jsonl", unreadable.toString());

        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("reconcile: cannot read /proc/self/mem: ").endsWith("; nothing was evaluated");
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void anInputThatIsADirectoryIsReportedOnOneLine() {
        Cli.Run run = Cli.run("advise", dir.toString());

        assertThat(run.errLines()).containsExactly("reconcile: cannot read " + dir + ": it is a directory, not a file; nothing was evaluated");
        assertThat(run.status()).isEqualTo(2);
    }

    private static List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
