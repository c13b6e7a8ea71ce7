package org.reconcile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -o FILE} in a run that is killed, by a real signal to a separate JVM: FILE is left as it
 * was, and no temporary file remains, at the latest once the next run writing FILE has started.
 */
class KilledRunTest {
    private static final String OLD_RESULTS = "the results of yesterday\n";

    @TempDir
    Path dir;

    private Path input;
    private Path output;

    @BeforeEach
    void writeABigInputAndAnOldOutputFile() throws IOException {
        input = dir.resolve("big.jsonl");
        try (BufferedWriter writer = Files.newBufferedWriter(input)) {
            for (int i = 1; i <= 100_000; i++) {
                writer.write("{\"id\": \"c" + i + "\", \"daysSinceBreakup\": " + (i % 90) + "}\n");
            }
        }
        output = Files.writeString(dir.resolve("results.jsonl"), OLD_RESULTS);
    }

    @Test
    void aRunEndedBySigtermLeavesTheOutputFileAsItWasAndRemovesItsTemporaryFile() throws Exception {
        Process run = startAndWaitUntilItHasWrittenSomeResults();

        run.destroy(); // SIGTERM
        Child.exitStatus(run, 60);

        assertThat(Files.readString(output)).isEqualTo(OLD_RESULTS);
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void aRunEndedBySigkillLeavesTheOutputFileAsItWasAndTheNextRunRemovesItsTemporaryFile() throws Exception {
        Process run = startAndWaitUntilItHasWrittenSomeResults();

        run.destroyForcibly(); // SIGKILL: nothing runs in the killed JVM
        Child.exitStatus(run, 60);

        assertThat(Files.readString(output)).isEqualTo(OLD_RESULTS);
        assertThat(temporaryFiles()).as("what the killed run could not remove").hasSize(1);

        Cli.Run next = Cli.runWithInput("{\"daysSinceBreakup\": 10}\n", "advise", "-o", output.toString());

        assertThat(next.status()).isZero();
        assertThat(Files.readAllLines(output)).singleElement().asString().contains("\"verdict\":\"WAIT\"");
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void theNextRunLeavesTheTemporaryFileOfARunStillGoingAndOfOtherFilesAlone() throws Exception {
        long alive = ProcessHandle.current().pid();
        Process ended = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version").start();
        Child.exitStatus(ended, 60);
        String uuid = "0f8fad5b-d9cb-469f-a165-70867728950e";
        Path stillGoing = Files.writeString(dir.resolve(".results.jsonl." + alive + "." + uuid + ".tmp"), "partial");
        Path otherFile = Files.writeString(dir.resolve(".results.jsonl.1." + ended.pid() + "." + uuid + ".tmp"), "partial");
        Path abandoned = Files.writeString(dir.resolve(".results.jsonl." + ended.pid() + "." + uuid + ".tmp"), "partial");

        Cli.Run next = Cli.runWithInput("{\"daysSinceBreakup\": 10}\n", "advise", "-o", output.toString());

        assertThat(next.status()).isZero();
        assertThat(stillGoing).exists();
        assertThat(otherFile).exists();
        assertThat(abandoned).doesNotExist();
    }

    // Waits until the run's temporary file exists and has grown: it is past loading the rules and
    // in the middle of writing results.
    private Process startAndWaitUntilItHasWrittenSomeResults() throws IOException, InterruptedException {
        // Tuned to start fast, as it is killed long before it could finish.
        List<String> jvm = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        Process run = Child.start(jvm, dir.resolve("err.txt"), "advise", "--threads", "1", "-o", output.toString(), input.toString());
        for (int waited = 0; waited < 120_000 && run.isAlive(); waited += 10) {
            Optional<Path> temporary = temporaryFiles().stream().findFirst();
            boolean outputTouched = sizeOf(output) != OLD_RESULTS.length(); // as a run writing FILE in place would
            if (outputTouched || temporary.isPresent() && sizeOf(temporary.get()) > 0) {
                return run;
            }
            Thread.sleep(10);
        }
        run.destroyForcibly();
        throw new AssertionError("the run never wrote results beside " + output + "; it ended with "
                + (run.isAlive() ? "nothing" : "exit status " + run.waitFor()) + ", standard error: " + Child.lines(dir.resolve("err.txt")));
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1; // renamed or removed meanwhile
        }
    }
}
