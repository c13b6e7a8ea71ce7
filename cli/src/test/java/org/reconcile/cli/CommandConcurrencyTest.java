package org.reconcile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reconcile.fuzz.Fuzz;
import org.reconcile.fuzz.HostileCases;
import org.reconcile.fuzz.HostileFiles;

/**
 * {@code reconcile advise} on eight threads writes exactly what it writes on one: the same results,
 * byte for byte, in the same order, with the same exit status. (The facade's side is
 * {@code AdvisorConcurrencyTest}.)
 */
class CommandConcurrencyTest {
    // Whole runs are held in memory: a longer fuzz run does not make them larger than 20,000 cases.
    private final long seed = Fuzz.seed();
    private final HostileCases generator = new HostileCases(seed);

    @Test
    void eightThreadsWriteTheSameJsonLinesAsOneThread() {
        byte[] input = HostileFiles.jsonLines(generator, 4_000_000, Math.min(Fuzz.cases(5000), 20_000)).bytes();

        assertSameOnOneAndEightThreads(input, "JSON Lines");
    }

    @Test
    void eightThreadsWriteTheSameArrayAsOneThread() {
        byte[] input = HostileFiles.array(generator, 5_000_000, Math.min(Fuzz.cases(3000), 20_000)).bytes();

        assertSameOnOneAndEightThreads(input, "an array");
    }

    private void assertSameOnOneAndEightThreads(byte[] input, String what) {
        Cli.Run one = Cli.runWithInput(input, "advise", "--threads", "1");
        Cli.Run eight = Cli.runWithInput(input, "advise", "--threads", "8");

        List<String> expected = one.outLines();
        List<String> actual = eight.outLines();
        assertThat(expected).as("%s of seed %d", what, seed).isNotEmpty();
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertThat(actual.get(i)).as("line %d on 8 threads against 1, %s of seed %d", i + 1, what, seed).isEqualTo(expected.get(i));
        }
        assertThat(actual).as("lines on 8 threads against 1, %s of seed %d", what, seed).hasSameSizeAs(expected);
        assertThat(eight.out()).isEqualTo(one.out());
        assertThat(eight.status()).as("exit status").isEqualTo(one.status());
    }
}
