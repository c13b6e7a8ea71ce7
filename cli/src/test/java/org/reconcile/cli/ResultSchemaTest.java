package org.reconcile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reconcile.ProjectFiles;
import org.reconcile.SchemaFile;
import org.reconcile.SituationGenerator;
import org.reconcile.TestAdvisor;
import org.reconcile.advice.Verdict;
import org.reconcile.cli.serve.Limits;
import org.reconcile.cli.serve.Server;
import org.reconcile.fuzz.Fuzz;
import org.reconcile.fuzz.HostileCases;
import org.reconcile.fuzz.HostileFiles;
import org.reconcile.json.CaseJson;
import org.reconcile.model.Fact;

/**
 * {@code schema/result.schema.json} describes every result reconcile writes, from the command and
 * from {@code serve}, full and brief, valid and invalid; and it refuses a result that is not one.
 */
class ResultSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema RESULT = SchemaFile.load("result.schema.json");
    private static final Schema REFUSAL = SchemaFile.load("result.schema.json", "#/$defs/refusal");
    private static final Set<String> VERDICTS = new TreeSet<>(Arrays.stream(Verdict.values()).map(Verdict::name).toList());
    private static final int ARRAY_CASES = 250;
    // Each request starts with a valid case, so that its body is read as JSON Lines whatever comes next.
    private static final byte[] FIRST_LINE = "{\"daysSinceBreakup\": 10}\n".getBytes(StandardCharsets.UTF_8);

    private static Server server;
    private static HttpClient client;

    @BeforeAll
    static void start() {
        server = Server.start(TestAdvisor.get(), "127.0.0.1", 0);
        client = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        server.stop(1);
    }

    @ParameterizedTest(name = "brief: {0}")
    @ValueSource(booleans = {false, true})
    void everyResultTheCommandWritesForThousandsOfGeneratedCasesFitsTheSchema(boolean brief, @TempDir Path dir) throws IOException {
        HostileCases generator = new HostileCases(Fuzz.seed());
        Path hostile = dir.resolve("hostile.jsonl");
        Files.write(hostile, HostileFiles.jsonLines(generator, 0, Fuzz.cases(3000)).bytes());
        List<String> validCases = SituationGenerator.situations(Fuzz.seed(), Fuzz.cases(2000)).map(CaseJson::write).toList();
        Path valid = dir.resolve("valid.json");
        Files.writeString(valid, array(validCases));
        Path someValid = dir.resolve("some-valid.json");
        Files.writeString(someValid, array(validCases.subList(0, Math.min(validCases.size(), ARRAY_CASES))));

        Cli.Run severalInputs = Cli.run(options(brief, "advise", "--format", "jsonl", hostile.toString(), valid.toString()));
        Cli.Run oneArray = Cli.run(options(brief, "advise", someValid.toString()));

        assertThat(severalInputs.status()).as(severalInputs.err()).isEqualTo(1);
        Set<String> seen = assertEachFits(severalInputs.results());
        assertThat(seen).containsAll(VERDICTS)
                .contains("safety", "daysToWait", "id", "error with a field", "error of the whole case", "line", "file");
        assertThat(oneArray.status()).as(oneArray.err()).isZero();
        List<JsonNode> arrayResults = elements(oneArray.outJson());
        assertThat(arrayResults).hasSize(Math.min(validCases.size(), ARRAY_CASES));
        assertEachFits(arrayResults);
    }

    @ParameterizedTest(name = "brief: {0}")
    @ValueSource(booleans = {false, true})
    void everyResultServeAnswersForThousandsOfGeneratedCasesFitsTheSchema(boolean brief) {
        List<String> valid = SituationGenerator.situations(Fuzz.seed() + 1, Fuzz.cases(1000)).map(CaseJson::write).toList();
        String query = brief ? "?brief=true" : "";

        Set<String> seen = new TreeSet<>();
        for (byte[] body : jsonLinesRequests(new HostileCases(Fuzz.seed() + 1), Fuzz.cases(2000))) {
            HttpResponse<String> answer = post("/v1/advice" + query, "application/x-ndjson", body);
            assertThat(answer.statusCode()).as(answer.body()).isIn(200, 422);
            seen.addAll(assertEachFits(answer.body().lines().map(ResultSchemaTest::json).toList()));
        }
        for (int first = 0; first < valid.size(); first += ARRAY_CASES) {
            HttpResponse<String> answer = post("/v1/advice" + query, "application/json",
                    array(valid.subList(first, Math.min(valid.size(), first + ARRAY_CASES))).getBytes(StandardCharsets.UTF_8));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            seen.addAll(assertEachFits(elements(json(answer.body()))));
        }

        assertThat(seen).containsAll(VERDICTS)
                .contains("safety", "daysToWait", "id", "error with a field", "error of the whole case", "line");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10\n1\nno\nskip\nskip\nskip\n", "45\n1\nno\n4\n1\nno\nno\n", "120\n5\nyes\n"})
    void theResultThatAskPrintsAsJsonFitsTheSchema(String answers) {
        Cli.Run run = Cli.runWithInput(answers, "ask", "--format", "json");

        assertThat(run.status()).isZero();
        assertEachFits(List.of(run.outJson().get("result")));
    }

    @Test
    void everyRefusalOfServeHasTheErrorShape() {
        List<HttpResponse<String>> refusals = List.of(
                get("/v2/advice"),
                post("/v1/rules", "application/json", "{}".getBytes(StandardCharsets.UTF_8)),
                post("/v1/advice", "text/plain", "{\"daysSinceBreakup\": 3}".getBytes(StandardCharsets.UTF_8)),
                post("/v1/advice", "application/json", "[{\"daysSinceBreakup\": 3}, {\"daysSince".getBytes(StandardCharsets.UTF_8)),
                post("/v1/advice", "application/json", new byte[Limits.DEFAULT.bodyBytes() + 1]));

        assertThat(refusals).extracting(HttpResponse::statusCode).containsExactly(404, 405, 415, 400, 413);
        for (HttpResponse<String> refusal : refusals) {
            assertThat(REFUSAL.validate(refusal.body(), InputFormat.JSON)).as(refusal.body()).isEmpty();
            assertThat(RESULT.validate(refusal.body(), InputFormat.JSON)).as("a refusal is not a result: " + refusal.body()).isNotEmpty();
        }
    }

    @Test
    void theSchemasVerdictsAndFactsAreThoseOfTheCatalog() throws IOException {
        JsonNode definitions = JSON.readTree(ProjectFiles.of("schema", "result.schema.json").toFile()).get("$defs");

        assertThat(definitions.get("verdict").get("enum")).extracting(JsonNode::asText)
                .containsExactly(Arrays.stream(Verdict.values()).map(Verdict::name).toArray(String[]::new));
        assertThat(definitions.get("fact").get("enum")).extracting(JsonNode::asText)
                .containsExactly(Arrays.stream(Fact.values()).filter(Fact::isQuestion).map(Fact::jsonName).toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenResults")
    void theSchemaRefusesAResultThatIsNotOne(String what, JsonNode result, Consumer<ObjectNode> breaking) {
        assertThat(RESULT.validate(result.toString(), InputFormat.JSON)).as("before breaking it: " + result).isEmpty();
        ObjectNode broken = result.deepCopy();
        breaking.accept(broken);

        assertThat(RESULT.validate(broken.toString(), InputFormat.JSON)).as(broken.toString()).isNotEmpty();
    }

    static Stream<Arguments> brokenResults() {
        JsonNode abuse = advise("{\"id\": \"a\", \"daysSinceBreakup\": 40, \"abuse\": true}", false);
        JsonNode waiting = advise("{\"daysSinceBreakup\": 10}", false);
        JsonNode reachingOut = advise("{\"daysSinceBreakup\": 45}", true);
        JsonNode invalid = advise("{\"id\": \"b\", \"daysSinceBreakup\": -3}", false);
        return Stream.of(
                broken("a full result without its index", waiting, r -> r.remove("index")),
                broken("a full result without its verdict", waiting, r -> r.remove("verdict")),
                broken("a full result without its recommendations", waiting, r -> r.remove("recommendations")),
                broken("a full result without its questions", waiting, r -> r.remove("questions")),
                broken("a full result without its follow-ups", waiting, r -> r.remove("followUps")),
                broken("a full result without its explanation", waiting, r -> r.remove("explanation")),
                broken("a full result with a field of no meaning", waiting, r -> r.put("score", 3)),
                broken("a full result with the rules of a brief one", waiting, r -> r.putArray("rules")),
                broken("a result with a verdict that does not exist", waiting, r -> r.put("verdict", "GO_BACK")),
                broken("a result numbered from 0", waiting, r -> r.put("index", 0)),
                broken("a safety note without DO_NOT_GO_BACK", waiting, r -> r.put("safety", "Stay safe.")),
                broken("DO_NOT_GO_BACK without a safety note", abuse, r -> r.remove("safety")),
                broken("days to wait without WAIT", abuse, r -> r.put("daysToWait", 20)),
                broken("a recommendation of another verdict than the result's", waiting,
                        r -> ((ObjectNode) r.get("recommendations").get(0)).put("verdict", "REACH_OUT")),
                broken("a recommendation without its source", waiting, r -> ((ObjectNode) r.get("recommendations").get(0)).remove("source")),
                broken("a question about a fact that does not exist", waiting,
                        r -> ((ObjectNode) r.get("questions").get(0)).put("fact", "abusive")),
                broken("a question that could change nothing", waiting,
                        r -> ((ObjectNode) r.get("questions").get(0)).putArray("couldChangeTo")),
                broken("a question that is not a question", waiting,
                        r -> ((ObjectNode) r.get("questions").get(0)).put("ask", "Abuse.")),
                broken("a follow-up that would add nothing", waiting,
                        r -> r.putArray("followUps").addObject().put("fact", "stdTested").put("ask", "Tested?").putArray("couldAdd")),
                broken("an explanation without the overridden rules", waiting,
                        r -> ((ObjectNode) r.get("explanation")).remove("overridden")),
                broken("a brief result without its rules", reachingOut, r -> r.remove("rules")),
                broken("a brief result without its follow-ups", reachingOut, r -> r.remove("followUps")),
                broken("a brief result with recommendations", reachingOut, r -> r.putArray("recommendations")),
                broken("a brief result with an explanation", reachingOut,
                        r -> r.putObject("explanation").<ObjectNode>set("fired", JSON.createArrayNode())
                                .set("overridden", JSON.createArrayNode())),
                broken("an error result with a verdict", invalid, r -> r.put("verdict", "WAIT")),
                broken("an error without its message", invalid, r -> ((ObjectNode) r.get("error")).remove("message")),
                broken("an error with a field of no meaning", invalid, r -> ((ObjectNode) r.get("error")).put("hint", "x")),
                broken("an error result on line 0", invalid, r -> r.put("line", 0)));
    }

    private static Arguments broken(String what, JsonNode result, Consumer<ObjectNode> breaking) {
        return Arguments.of(what, result, breaking);
    }

    // Validates each result, and says what it showed of the schema: its verdict and optional parts.
    private static Set<String> assertEachFits(List<JsonNode> results) {
        Set<String> seen = new TreeSet<>();
        for (JsonNode result : results) {
            assertThat(RESULT.validate(result.toString(), InputFormat.JSON)).as(result.toString()).isEmpty();
            result.fieldNames().forEachRemaining(seen::add);
            if (result.has("verdict")) {
                seen.add(result.get("verdict").asText());
            } else {
                seen.add(result.get("error").has("field") ? "error with a field" : "error of the whole case");
            }
        }
        return seen;
    }

    private static JsonNode advise(String oneCase, boolean brief) {
        return Cli.runWithInput(oneCase, options(brief, "advise")).outJson();
    }

    private static String[] options(boolean brief, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (brief) {
            all.add(1, "--brief");
        }
        return all.toArray(String[]::new);
    }

    private static String array(List<String> cases) {
        return "[" + String.join(",\n", cases) + "]";
    }

    // The first COUNT cases of the generator as JSON Lines, in as few requests as the limit on a body allows.
    // A case longer than a body may be is left out: serve refuses such a body whole (see the refusals).
    private static List<byte[]> jsonLinesRequests(HostileCases generator, int count) {
        List<byte[]> requests = new ArrayList<>();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(FIRST_LINE);
        for (long i = 0; i < count; i++) {
            byte[] line = generator.line(i).bytes();
            if (FIRST_LINE.length + line.length + 1 > Limits.DEFAULT.bodyBytes()) {
                continue;
            }
            if (body.size() + line.length + 1 > Limits.DEFAULT.bodyBytes()) {
                requests.add(body.toByteArray());
                body.reset();
                body.writeBytes(FIRST_LINE);
            }
            body.writeBytes(line);
            body.write('\n');
        }
        requests.add(body.toByteArray());
        return requests;
    }

    private static List<JsonNode> elements(JsonNode array) {
        assertThat(array).isInstanceOf(ArrayNode.class);
        List<JsonNode> elements = new ArrayList<>();
        array.forEach(elements::add);
        return elements;
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }

    private static HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(server.url()).resolve(path)).GET().build());
    }

    private static HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(server.url()).resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
