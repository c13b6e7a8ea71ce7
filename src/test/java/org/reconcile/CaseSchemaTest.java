package org.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reconcile.batch.CaseParser;

/** {@code schema/case.schema.json} describes exactly the cases that {@link CaseParser} accepts. */
class CaseSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema SCHEMA = loadSchema();

    @Test
    void everyScenarioCaseIsValidAgainstTheSchema() {
        for (Scenario scenario : Scenario.all()) {
            assertThat(errors(scenario.input().toString())).as(scenario.toString()).isEmpty();
        }
    }

    @Test
    void theSchemaAndCaseParserAgreeOnEveryExampleCase() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("examples/cases.jsonl")).stream().filter(l -> !l.isBlank()).toList();

        long invalid = 0;
        for (String line : lines) {
            boolean parserAccepts = parserAccepts(line);
            assertThat(errors(line).isEmpty()).as("schema accepts %s", line).isEqualTo(parserAccepts);
            invalid += parserAccepts ? 0 : 1;
        }
        assertThat(invalid).as("invalid example cases").isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"daysSinceBreakup\": 0}",
        "{\"daysSinceBreakup\": 36500}",
        "{\"daysSinceBreakup\": 10, \"id\": \"x\", \"stage\": null}",
        "{\"daysSinceBreakup\": 10, \"stage\": \"BACK_TOGETHER\", \"stdTested\": false, \"resumingIntimacy\": true}",
        "{\"daysSinceBreakup\": 10, \"motives\": null, \"breakupReasons\": []}",
        "{\"daysSinceBreakup\": 10, \"abuse\": null, \"exReady\": false}",
        "{\"daysSinceBreakup\": 10, \"motives\": [\"REVENGE\", \"REVENGE\"], \"breakupReasons\": [\"OTHER\"]}",
        "{\"daysSinceBreakup\": 10.0}",
        "{\"daysSinceBreakup\": 1e2}",
    })
    void theSchemaAcceptsWhatCaseParserAccepts(String json) throws IOException {
        assertThat(parserAccepts(json)).as("CaseParser accepts").isTrue();
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
        "{\"daysSinceBreakup\": 10, \"id\": null}",
        "[{\"daysSinceBreakup\": 10}]",
        "\"a case\"",
        "42",
    })
    void theSchemaRejectsWhatCaseParserRejects(String json) throws IOException {
        assertThat(parserAccepts(json)).as("CaseParser accepts").isFalse();
        assertThat(errors(json)).as("schema errors").isNotEmpty();
    }

    private static boolean parserAccepts(String json) throws IOException {
        return CaseParser.parse(JSON.readTree(json)).situation().isPresent();
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
