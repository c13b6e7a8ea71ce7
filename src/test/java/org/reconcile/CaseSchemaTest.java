package org.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reconcile.json.Case;
import org.reconcile.json.CaseJson;
import org.reconcile.fuzz.Fuzz;
import org.reconcile.fuzz.GeneratedCase;
import org.reconcile.fuzz.HostileCases;

/** {@code schema/case.schema.json} describes exactly the cases that {@link CaseJson} accepts. */
class CaseSchemaTest {
    // Read as reconcile reads a case: exact decimals (1e-400 is not 0), and its limits (see README).
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(65_536).maxNameLength(65_536).maxNumberLength(100).maxNestingDepth(100).build())
            .build()).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Schema SCHEMA = loadSchema();
    private static final Pattern BEYOND_A_DOUBLE = Pattern.compile("\\d[eE][-+]?\\d{3,}|\\d{16,}");

    @Test
    void everyScenarioCaseIsValidAgainstTheSchema() {
        for (Scenario scenario : Scenario.all()) {
            assertThat(errors(scenario.input().toString())).as(scenario.toString()).isEmpty();
        }
    }

    @Test
    void theSchemaAndTheCodecAgreeOnEveryExampleCase() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String file : List.of("examples/cases.jsonl", "examples/first-run.jsonl", "examples/invalid.jsonl")) {
            // A broken line is not JSON at all: there is nothing for the schema to judge.
            Files.readAllLines(Path.of(file)).stream().filter(l -> !l.isBlank()).filter(CaseSchemaTest::withinDefaultLimits)
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
    void theSchemaAndTheCodecAgreeOnThousandsOfGeneratedCases() throws IOException {
        HostileCases generator = new HostileCases(Fuzz.seed());
        for (int i = 0; i < Fuzz.cases(3000); i++) {
            GeneratedCase generated = generator.element(i);
            String json = new String(generated.bytes(), StandardCharsets.UTF_8);
            if (!withinDefaultLimits(json) || BEYOND_A_DOUBLE.matcher(json).find() || generated.mutation().equals("duplicate key")) {
                // The validator cannot read it, reads it as a double (1e-400 is 0 to it), or throws
                // on a number beyond a long: its limits, not the schema's. A key given twice is
                // beyond any JSON Schema: the validator keeps one of the two.
                continue;
            }
            assertThat(errors(json).isEmpty()).as("schema accepts %s", generated.describe(generator.seed())).isEqualTo(parserAccepts(json));
        }
    }

    private static boolean withinDefaultLimits(String json) {
        try {
            new ObjectMapper().readTree(json);
            return true;
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    // As reconcile reads a case: a value beyond its limits makes the case invalid.
    private static boolean parserAccepts(String json) {
        return CaseJson.read(json) instanceof Case.Valid;
    }

    private static List<Error> errors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON);
    }

    private static Schema loadSchema() {
        try {
            String schema = Files.readString(Path.of("schema/case.schema.json"));
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read schema/case.schema.json", e);
        }
    }
}
