package org.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reconcile.cli.scenario.ScenarioFiles;
import org.reconcile.json.Case;
import org.reconcile.json.CaseJson;
import org.reconcile.fuzz.Fuzz;
import org.reconcile.fuzz.GeneratedCase;
import org.reconcile.fuzz.HostileCases;
import org.reconcile.fuzz.ResultCheck;

/** {@code schema/case.schema.json} describes exactly the cases that {@link CaseJson} accepts. */
class CaseSchemaTest {
    // Read as reconcile reads a case: exact decimals (1e-400 is not 0), and its limits (see docs/promises.md).
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(65_536).maxNameLength(65_536).maxNumberLength(100).maxNestingDepth(100).build())
            .build()).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Schema SCHEMA = SchemaFile.load("case.schema.json");
    private static final Pattern BEYOND_A_DOUBLE = Pattern.compile("\\d[eE][-+]?\\d{3,}|\\d{16,}");

    @Test
    void everyScenarioCaseIsValidAgainstTheSchema() throws IOException {
        for (Path file : ScenarioFiles.files(ProjectFiles.of("scenarios"))) {
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    assertThat(errors(JSON.readTree(line).get("case").toString())).as("%s: %s", file, line).isEmpty();
                }
            }
        }
    }

    @Test
    void theSchemaAndTheCodecAgreeOnEveryExampleCase() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String file : List.of("examples/cases.jsonl", "examples/first-run.jsonl", "examples/invalid.jsonl")) {
            // A broken line is not JSON at all: there is nothing for the schema to judge.
            Files.readAllLines(Path.of(file)).stream().filter(l -> !l.isBlank()).filter(CaseSchemaTest::isJson)
                    .forEach(lines::add);
        }

        long invalid = 0;
        for (String line : lines) {
            boolean parserAccepts = parserAccepts(line);
            assertThat(errors(line).isEmpty()).as("schema accepts %s", line).isEqualTo(parserAccepts);
            invalid += parserAccepts ? 0 : 1;
        }
        assertThat(invalid).as("invalid example cases, all in examples/invalid.jsonl").isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"daysSinceBreakup\": 0}",
        "{\"daysSinceBreakup\": 36500}",
        "{\"daysSinceBreakup\": 10, \"id\": \"x\", \"stage\": null}",
        "{\"daysSinceBreakup\": 10, \"id\": null}",
        "{\"daysSinceBreakup\": 10, \"stage\": \"BACK_TOGETHER\", \"stdTested\": false, \"resumingIntimacy\": true}",
        "{\"daysSinceBreakup\": 10, \"motives\": null, \"breakupReasons\": []}",
        "{\"daysSinceBreakup\": 10, \"abuse\": null, \"exReady\": false}",
        "{\"daysSinceBreakup\": 10, \"motives\": [\"REVENGE\", \"REVENGE\"], \"breakupReasons\": [\"OTHER\"]}",
        "{\"daysSinceBreakup\": 10.0}",
        "{\"daysSinceBreakup\": 1e2}",
    })
    void theSchemaAcceptsWhatTheCodecAccepts(String json) throws IOException {
        assertThat(parserAccepts(json)).as("the codec accepts").isTrue();
        assertThat(errors(json)).as("schema errors").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{}",
        "{\"daysSinceBreakup\": null}",
        "{\"daysSinceBreakup\": -1}",
        "{\"daysSinceBreakup\": 36501}",
        "{\"daysSinceBreakup\": 1.5}",
        "{\"daysSinceBreakup\": \"10\"}",
        "{\"daysSinceBreakup\": true}",
        "{\"daysSinceBreakup\": 10, \"abusive\": true}",
        "{\"daysSinceBreakup\": 10, \"Abuse\": true}",
        "{\"daysSinceBreakup\": 10, \"stage\": \"TALKD\"}",
        "{\"daysSinceBreakup\": 10, \"stage\": \"talked\"}",
        "{\"daysSinceBreakup\": 10, \"stage\": 3}",
        "{\"daysSinceBreakup\": 10, \"abuse\": \"yes\"}",
        "{\"daysSinceBreakup\": 10, \"abuse\": 1}",
        "{\"daysSinceBreakup\": 10, \"exReady\": [true]}",
        "{\"daysSinceBreakup\": 10, \"motives\": \"REVENGE\"}",
        "{\"daysSinceBreakup\": 10, \"motives\": [\"REVENGE\", null]}",
        "{\"daysSinceBreakup\": 10, \"motives\": [\"HURT_BY_PARTNER\"]}",
        "{\"daysSinceBreakup\": 10, \"breakupReasons\": [\"CHEATING\"]}",
        "{\"daysSinceBreakup\": 10, \"breakupReasons\": {\"OTHER\": true}}",
        "{\"daysSinceBreakup\": 10, \"id\": 7}",
        "[{\"daysSinceBreakup\": 10}]",
        "\"a case\"",
        "42",
    })
    void theSchemaRejectsWhatTheCodecRejects(String json) throws IOException {
        assertThat(parserAccepts(json)).as("the codec accepts").isFalse();
        assertThat(errors(json)).as("schema errors").isNotEmpty();
    }

    @Test
    void theSchemaAndTheCommandAgreeOnThousandsOfGeneratedCasesAndTheCommandJudgesTheRestAsTheGeneratorExpects()
            throws IOException {
        HostileCases generator = new HostileCases(Fuzz.seed());
        List<GeneratedCase> cases = LongStream.range(0, Fuzz.cases(3000)).mapToObj(generator::element).toList();

        List<JsonNode> results = adviseAsJsonLines(cases);

        assertThat(results).as("results").hasSize(cases.size() + 1);
        int bySchema = 0;
        for (int i = 0; i < cases.size(); i++) {
            GeneratedCase generated = cases.get(i);
            JsonNode result = results.get(i + 1);
            Optional<String> json = readableByTheValidator(generated.bytes());
            if (json.isPresent()) {
                bySchema++;
                assertThat(errors(json.get()).isEmpty()).as("schema accepts %s, reconcile's result: %s",
                        generated.describe(generator.seed()), result).isEqualTo(result.has("verdict"));
            } else {
                // Beyond what the validator reads exactly: long numbers and names, a field given twice.
                ResultCheck.check(result, generated, i + 2, OptionalInt.of(i + 2), generator.seed());
            }
        }
        assertThat(bySchema).as("cases checked against the schema").isGreaterThan(cases.size() / 2);
    }

    // Every case as a line of JSON Lines after a first, valid one (so that the input is told to be
    // JSON Lines whatever the first case is), read by the command as a user's file would be.
    private static List<JsonNode> adviseAsJsonLines(List<GeneratedCase> cases) throws IOException {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.write("{\"daysSinceBreakup\": 10}\n".getBytes(StandardCharsets.UTF_8));
        for (GeneratedCase generated : cases) {
            input.write(generated.bytes());
            input.write('\n');
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org.reconcile.cli.Main.run(new String[] {"advise", "--format", "jsonl"}, new ByteArrayInputStream(input.toByteArray()),
                new PrintStream(out, false, StandardCharsets.UTF_8), new PrintStream(OutputStream.nullOutputStream()));
        List<JsonNode> results = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            results.add(JSON.readTree(line));
        }
        return results;
    }

    // The case as text if the schema validator reads it as reconcile does: UTF-8, within Jackson's
    // default limits, numbers it need not round to a double, and no field given twice (a tree
    // reader keeps the last value, where reconcile refuses the case).
    private static Optional<String> readableByTheValidator(byte[] bytes) {
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        if (BEYOND_A_DOUBLE.matcher(json).find()) {
            return Optional.empty();
        }
        try {
            new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readTree(json);
            return Optional.of(json);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    // As reconcile reads a case: a value beyond its limits makes the case invalid.
    private static boolean isJson(String line) {
        try {
            new ObjectMapper().readTree(line);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean parserAccepts(String json) {
        return CaseJson.read(json) instanceof Case.Valid;
    }

    private static List<Error> errors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON);
    }
}
