package org.reconcile.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.reconcile.TestAdvisor;
import org.reconcile.cli.batch.read.Input;
import org.reconcile.cli.batch.read.InputFormat;
import org.reconcile.cli.batch.read.InputReader;
import org.reconcile.cli.batch.read.RawCase;
import org.reconcile.cli.batch.write.JsonResultRenderer;
import org.reconcile.fuzz.Fuzz;
import org.reconcile.fuzz.HostileCases;
import org.reconcile.fuzz.HostileFiles;
import org.reconcile.fuzz.ResultCheck;
import org.reconcile.json.AdviceJson;

/**
 * The JSON reader fed generated input, valid and hostile (see {@link HostileCases}): it never
 * throws, finds every case in its place, and each case reads to the verdict of its situation or
 * to an error naming the field at fault. {@code -Dreconcile.fuzz.cases=N} reads more.
 */
class HostileInputReaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PER_FILE = 250;

    private final long seed = Fuzz.seed();
    private final HostileCases generator = new HostileCases(seed);
    private final ChunkEvaluator evaluator = new ChunkEvaluator(BatchTests.engine(TestAdvisor.get()),
            new JsonResultRenderer(false, AdviceJson.Detail.FULL));

    @Test
    void everyLineOfHostileJsonLinesIsFoundOnItsLineAndReadsToAVerdictOrAnErrorNamingTheField() throws Exception {
        for (long first = 0; first < Fuzz.cases(6000); first += PER_FILE) {
            HostileFiles.GeneratedFile file = HostileFiles.jsonLines(generator, first, PER_FILE);

            List<RawCase> cases = read(file, InputFormat.JSON_LINES, first);

            assertThat(cases).as("cases read from the file of cases %d on, seed %d", first, seed).hasSize(PER_FILE);
            List<JsonNode> results = evaluate(cases);
            for (int i = 0; i < PER_FILE; i++) {
                ResultCheck.check(results.get(i), file.cases().get(i), i + 1, OptionalInt.of(file.lines().get(i)), seed);
            }
        }
    }

    @Test
    void everyCaseOfAHostileArrayIsFoundAndReadsToAVerdictOrAnErrorNamingTheField() throws Exception {
        for (long first = 0; first < Fuzz.cases(3000); first += PER_FILE) {
            HostileFiles.GeneratedFile file = HostileFiles.array(generator, first, PER_FILE);

            List<RawCase> cases = read(file, InputFormat.ARRAY, first);

            assertThat(cases).as("cases read from the array of cases %d on, seed %d", first, seed).hasSize(PER_FILE);
            List<JsonNode> results = evaluate(cases);
            for (int i = 0; i < PER_FILE; i++) {
                assertThat(cases.get(i).where().line()).as("line of case %d, seed %d", first + i, seed).isEqualTo(file.lines().get(i));
                ResultCheck.check(results.get(i), file.cases().get(i), i + 1, OptionalInt.empty(), seed);
            }
        }
    }

    private List<RawCase> read(HostileFiles.GeneratedFile file, InputFormat format, long first) throws Exception {
        InputReader reader = new InputReader(List.of(new Input("<fuzz>", () -> new ByteArrayInputStream(file.bytes()))));
        assertThat(reader.firstFormat()).as("format of the file of cases %d on, seed %d", first, seed).isEqualTo(format);
        List<RawCase> cases = new ArrayList<>();
        reader.read(new InputReader.Handler() {
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

    // One chunk at a time, as the workers take them.
    private List<JsonNode> evaluate(List<RawCase> cases) throws Exception {
        List<JsonNode> results = new ArrayList<>();
        for (int from = 0; from < cases.size(); from += Pipeline.CHUNK) {
            for (Result result : evaluator.evaluate(cases.subList(from, Math.min(cases.size(), from + Pipeline.CHUNK)))) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ((Result.Written) result).writeTo(bytes);
                results.add(JSON.readTree(bytes.toString(StandardCharsets.UTF_8)));
            }
        }
        return results;
    }
}
