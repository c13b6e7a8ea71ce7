package org.reconcile.cli.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reconcile.ProjectFiles;
import org.reconcile.SchemaFile;
import org.reconcile.advice.Verdict;
import org.reconcile.model.Fact;

/** {@code schema/scenario.schema.json} describes the scenarios that {@code reconcile test} reads. */
class ScenarioSchemaTest {
    private static final Path SCHEMA_FILE = ProjectFiles.of("schema", "scenario.schema.json");
    private static final Schema SCHEMA = SchemaFile.load("scenario.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VALID = "\"scenario\": \"s\", \"case\": {\"daysSinceBreakup\": 10}, \"verdict\": \"WAIT\"";

    @TempDir
    Path dir;

    @Test
    void everyBuiltInScenarioIsValidAgainstTheSchema() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path file : ScenarioFiles.files(ProjectFiles.of("scenarios"))) {
            Files.readAllLines(file).stream().filter(line -> !line.isBlank()).forEach(lines::add);
        }

        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(SCHEMA.validate(line, InputFormat.JSON)).as(line).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{VALID, \"recommends\": [\"a/r\"], \"overridden\": [], \"fires\": [\"a/f\"], \"silent\": [\"a/s\"], \"questions\": [\"abuse\"], \"followUps\": [\"stdTested\"], \"daysToWait\": 20}",
        "{VALID, \"questions\": [], \"daysToWait\": null}",
        "{VALID}",
        "[]",
        "{\"case\": {\"daysSinceBreakup\": 10}, \"verdict\": \"WAIT\"}",
        "{\"scenario\": \"  \", \"case\": {\"daysSinceBreakup\": 10}, \"verdict\": \"WAIT\"}",
        "{\"scenario\": \"s\", \"verdict\": \"WAIT\"}",
        "{\"scenario\": \"s\", \"case\": {\"daysSinceBreakup\": 10, \"abusive\": true}, \"verdict\": \"WAIT\"}",
        "{\"scenario\": \"s\", \"case\": {\"daysSinceBreakup\": 10}}",
        "{\"scenario\": \"s\", \"case\": {\"daysSinceBreakup\": 10}, \"verdict\": \"WAT\"}",
        "{VALID, \"recommends\": \"a/r\"}",
        "{VALID, \"silent\": [\"a/s\", 3]}",
        "{VALID, \"questions\": [\"abusive\"]}",
        "{VALID, \"questions\": [\"stage\"]}",
        "{VALID, \"questions\": null}",
        "{VALID, \"followUps\": [\"stage\"]}",
        "{VALID, \"followUps\": {}}",
        "{VALID, \"daysToWait\": 0}",
        "{VALID, \"daysToWait\": \"20\"}",
        "{VALID, \"daysToWait\": 2.5}",
        "{VALID, \"overrides\": []}",
    })
    void theSchemaAcceptsExactlyTheLinesThatTheCommandReadsAsScenarios(String line) throws IOException {
        String scenario = line.replace("VALID", VALID);
        Path file = Files.writeString(dir.resolve("s.jsonl"), scenario + "\n", StandardCharsets.UTF_8);

        boolean read = ScenarioFiles.read(List.of(file)).problems().isEmpty();

        assertThat(SCHEMA.validate(scenario, InputFormat.JSON).isEmpty()).as("schema accepts %s", scenario).isEqualTo(read);
    }

    @Test
    void theSchemaNamesTheKeysVerdictsAndFactsThatTheCommandKnows() throws IOException {
        JsonNode schema = JSON.readTree(SCHEMA_FILE.toFile());

        List<String> keys = new ArrayList<>();
        schema.get("properties").fieldNames().forEachRemaining(keys::add);
        assertThat(keys).isEqualTo(ScenarioFiles.KEYS);
        assertThat(texts(schema.get("required"))).containsExactly("scenario", "case", "verdict");
        assertThat(texts(schema.get("properties").get("verdict").get("enum")))
                .isEqualTo(Arrays.stream(Verdict.values()).map(Enum::name).toList());
        List<String> askable = Arrays.stream(Fact.values()).filter(Fact::isQuestion).map(Fact::jsonName).toList();
        assertThat(texts(schema.get("properties").get("questions").get("items").get("enum"))).isEqualTo(askable);
        assertThat(texts(schema.get("properties").get("followUps").get("items").get("enum"))).isEqualTo(askable);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
