package org.reconcile.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.reconcile.TestAdvisor;
import org.reconcile.fuzz.Fuzz;
import org.reconcile.fuzz.HostileCases;
import org.reconcile.fuzz.HostileFiles;
import org.reconcile.fuzz.ResultCheck;

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
    private final Evaluator evaluator = new Evaluator(TestAdvisor.get(), new JsonResultRenderer(false));

    @Test
    void everyLineOfHostileJsonLinesIsFoundOnItsLineAndReadsToAVerdictOrAnErrorNamingTheField() throws Exception {
        for (long first = 0; first < Fuzz.cases(6000); first += PER_FILE) {
            HostileFiles.GeneratedFile file = HostileFiles.jsonLines(generator, first, PER_FILE);

            List<CaseInput> cases = read(file, InputFormat.JSON_LINES, first);

            assertThat(cases).as("cases read from the file of cases %d on, seed %d", first, seed).hasSize(PER_FILE);
            for (int i = 0; i < PER_FILE; i++) {
                ResultCheck.check(evaluate(cases.get(i)), file.cases().get(i), i + 1, OptionalInt.of(file.lines().get(i)), seed);
            }
        }
    }

    @Test
    void everyCaseOfAHostileArrayIsFoundAndReadsToAVerdictOrAnErrorNamingTheField() throws Exception {
        for (long first = 0; first < Fuzz.cases(3000); first += PER_FILE) {
            HostileFiles.GeneratedFile file = HostileFiles.array(generator, first, PER_FILE);

            List<CaseInput> cases = read(file, InputFormat.ARRAY, first);

            assertThat(cases).as("cases read from the array of cases %d on, seed %d", first, seed).hasSize(PER_FILE);
            for (int i = 0; i < PER_FILE; i++) {
                assertThat(cases.get(i).origin().line()).as("line of case %d, seed %d", first + i, seed).isEqualTo(file.lines().get(i));
                ResultCheck.check(evaluate(cases.get(i)), file.cases().get(i), i + 1, OptionalInt.empty(), seed);
            }
        }
    }

    private List<CaseInput> read(HostileFiles.GeneratedFile file, InputFormat format, long first) throws Exception {
        Input input = new Input("<fuzz>", () -> new ByteArrayInputStream(file.bytes()));
        FormatDetector.Detected detected = CaseSource.open(input);
        assertThat(detected.format()).as("format of the file of cases %d on, seed %d", first, seed).isEqualTo(format);
        List<CaseInput> cases = new ArrayList<>();
        new CaseSource(List.of(input), detected).read(cases::add);
        return cases;
    }

    private JsonNode evaluate(CaseInput input) throws Exception {
        return JSON.readTree(new String(evaluator.evaluate(input).bytes(), StandardCharsets.UTF_8));
    }
}
