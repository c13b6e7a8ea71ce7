package org.reconcile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.reconcile.fuzz.Fuzz;
import org.reconcile.fuzz.HostileCases;
import org.reconcile.fuzz.HostileFiles;
import org.reconcile.fuzz.ResultCheck;

/**
 * {@code reconcile advise} fed generated input, valid and hostile (see {@link HostileCases}): no
 * exception escapes, every case gets exactly one result, in order, a verdict for a valid case and
 * an error naming the field for an invalid one, and the exit status is the contract's.
 * {@code -Dreconcile.fuzz.cases=N} runs more cases, {@code -Dreconcile.fuzz.seed=S} others.
 */
class HostileInputCommandTest {
    private static final int PER_RUN = 1000;

    private final long seed = Fuzz.seed();
    private final HostileCases generator = new HostileCases(seed);

    @Test
    void hostileJsonLinesGiveOneResultPerCaseInOrderAndTheContractsExitStatus() {
        for (long first = 1_000_000; first < 1_000_000 + Fuzz.cases(3000); first += PER_RUN) {
            HostileFiles.GeneratedFile file = HostileFiles.jsonLines(generator, first, PER_RUN);

            Cli.Run run = Cli.runWithInput(file.bytes(), "advise");

            List<JsonNode> results = run.results();
            String which = "the JSON Lines of cases " + first + " on, seed " + seed;
            assertThat(results).as("results of %s", which).hasSize(PER_RUN);
            for (int i = 0; i < PER_RUN; i++) {
                ResultCheck.check(results.get(i), file.cases().get(i), i + 1, OptionalInt.of(file.lines().get(i)), seed);
            }
            assertEndsAsTheContractSays(run, results, which);
        }
    }

    @Test
    void hostileArraysGiveAnArrayOfOneResultPerCaseInOrderAndTheContractsExitStatus() {
        for (long first = 2_000_000; first < 2_000_000 + Fuzz.cases(2000); first += PER_RUN) {
            HostileFiles.GeneratedFile file = HostileFiles.array(generator, first, PER_RUN);

            Cli.Run run = Cli.runWithInput(file.bytes(), "advise");

            List<JsonNode> results = new ArrayList<>();
            run.outJson().forEach(results::add);
            String which = "the array of cases " + first + " on, seed " + seed;
            assertThat(results).as("results of %s", which).hasSize(PER_RUN);
            for (int i = 0; i < PER_RUN; i++) {
                ResultCheck.check(results.get(i), file.cases().get(i), i + 1, OptionalInt.empty(), seed);
            }
            assertEndsAsTheContractSays(run, results, which);
        }
    }

    @Test
    void jsonBrokenInAnArrayStopsWithItsLineAfterTheResultsOfTheCasesBeforeIt() {
        Random random = new Random(seed);
        for (int trial = 0; trial < Fuzz.cases(60); trial++) {
            int count = 1 + random.nextInt(20);
            int broken = 1 + random.nextInt(count);
            byte[] input = arrayWithABreak(trial, count, broken, random);

            Cli.Run run = Cli.runWithInput(input, "advise");

            String which = "seed " + seed + ", trial " + trial + ", case " + broken + " of " + count + " broken: "
                    + new String(input, StandardCharsets.UTF_8);
            assertThat(run.outJson()).as("results before the break, %s", which).hasSize(broken - 1);
            // One case a line, after the line holding [: case k is on line k + 1.
            assertThat(run.errLines().get(0)).as(which).startsWith("reconcile: <stdin>:" + (broken + 1) + ":").contains(": broken JSON: ");
            assertThat(run.errLines()).as(which).hasSize(2);
            assertThat(run.status()).as(which).isEqualTo(2);
        }
    }

    // An array of valid cases, one a line, in which case `broken` has its first colon taken out or broken UTF-8 put in.
    private byte[] arrayWithABreak(int trial, int count, int broken, Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("[\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i <= count; i++) {
            byte[] bytes = generator.valid(3_000_000L + trial * 100L + i).bytes().clone();
            if (i == broken) {
                String text = new String(bytes, StandardCharsets.ISO_8859_1);
                bytes = (random.nextBoolean() ? text.replaceFirst(":", " ") : text.replaceFirst("\\{\"", "{\"\u00FF"))
                        .getBytes(StandardCharsets.ISO_8859_1);
            }
            out.writeBytes(bytes);
            out.writeBytes((i < count ? ",\n" : "\n]\n").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static void assertEndsAsTheContractSays(Cli.Run run, List<JsonNode> results, String which) {
        long invalid = results.stream().filter(r -> r.has("error")).count();
        assertThat(run.errLines()).as("standard error of %s", which).singleElement().asString()
                .startsWith("reconcile: " + results.size() + " cases").contains(", " + invalid + " invalid, ");
        assertThat(run.status()).as("exit status of %s", which).isEqualTo(invalid > 0 ? 1 : 0);
    }
}
