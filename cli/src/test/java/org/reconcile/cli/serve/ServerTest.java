package org.reconcile.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reconcile.SituationGenerator;
import org.reconcile.TestAdvisor;
import org.reconcile.advice.Advice;
import org.reconcile.advice.Question;
import org.reconcile.advice.RuleInfo;
import org.reconcile.advice.Verdict;
import org.reconcile.cli.Main;
import org.reconcile.model.Choice;
import org.reconcile.json.CaseJson;
import org.reconcile.model.Fact;
import org.reconcile.model.Situation;
import org.reconcile.model.Stage;

/** {@code reconcile serve}'s HTTP API, on a free port, through the JDK's HTTP client. */
class ServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
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

    @Test
    void answersAnArrayWithTheBytesOfAdvise() throws IOException {
        byte[] cases = Files.readAllBytes(Path.of("examples/cases.json"));

        HttpResponse<byte[]> response = post("/v1/advice", "application/json", cases);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(advise(cases));
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    }

    @Test
    void answersInvalidCasesWithTheBytesOfAdviseAnd422AsItsExitStatus1() throws IOException {
        byte[] cases = Files.readAllBytes(Path.of("examples/invalid.jsonl"));

        HttpResponse<byte[]> response = post("/v1/advice", "application/x-ndjson", cases);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(advise(cases));
    }

    @Test
    void answersJsonLinesWithTheBytesOfAdvise() throws IOException {
        byte[] cases = Files.readAllBytes(Path.of("examples/cases.jsonl"));

        HttpResponse<byte[]> response = post("/v1/advice", "application/x-ndjson", cases);

        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(advise(cases));
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-ndjson; charset=utf-8");
    }

    @Test
    void answersBrieflyWithTheBytesOfAdviseBrief() throws IOException {
        byte[] cases = Files.readAllBytes(Path.of("examples/cases.jsonl"));

        HttpResponse<byte[]> response = post("/v1/advice?brief=true", "application/x-ndjson", cases);

        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(advise(cases, "--brief"))
                .doesNotContain("\"recommendations\"").contains("\"rules\"");
        assertThat(post("/v1/advice?brevity=1", "application/x-ndjson", cases).statusCode()).isEqualTo(400);
    }

    @Test
    void answersOneCaseWithOneResultAnd200() {
        HttpResponse<byte[]> response = post("/v1/advice", "application/json; charset=UTF-8",
                "{\"id\": \"a\",\n \"daysSinceBreakup\": 10}".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = json(response);
        assertThat(result.get("id").asText()).isEqualTo("a");
        assertThat(result.get("verdict").asText()).isEqualTo("WAIT");
        assertThat(result.get("daysToWait").asInt()).isEqualTo(20);
    }

    @Test
    void anInvalidCaseGetsItsErrorWithTheField() {
        HttpResponse<byte[]> response = post("/v1/advice", "application/json",
                "{\"daysSinceBreakup\": 40,\n \"abusive\": true}".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).get("error").get("field").asText()).isEqualTo("abusive");
        assertThat(json(response).get("error").get("message").asText()).contains("did you mean abuse?");
    }

    @Test
    void brokenJsonIs400WithAMessageAndNoStackTrace() {
        HttpResponse<byte[]> response = post("/v1/advice", "application/json", "[{\"daysSinceBreakup\": 10".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").get("message").asText()).contains("broken JSON").doesNotContain("Exception");
    }

    @Test
    void anEmptyBodyIs400() {
        assertThat(post("/v1/advice", "application/json", new byte[0]).statusCode()).isEqualTo(400);
    }

    @Test
    void aContentTypeOtherThanJsonIs415() {
        HttpResponse<byte[]> response = post("/v1/advice", "text/plain", "{\"daysSinceBreakup\": 10}".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(json(response).get("error").get("message").asText()).contains("application/json");
        assertThat(post("/v1/advice", "application/json; charset=latin1", "{}".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(415);
    }

    @Test
    void aCaseSentAsCurlDashDSendsItIsAnsweredAsAdviseAnswersIt() {
        byte[] oneCase = "{\"daysSinceBreakup\":45}".getBytes(StandardCharsets.UTF_8);

        HttpResponse<byte[]> response = post("/v1/advice", "application/x-www-form-urlencoded", oneCase);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(advise(oneCase));
    }

    @Test
    void aBodyOverOneMebibyteIs413() {
        byte[] body = new byte[(1 << 20) + 1];
        Arrays.fill(body, (byte) ' ');

        HttpResponse<byte[]> response = post("/v1/advice", "application/json", body);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("error").get("message").asText()).contains("at most 1048576 bytes");
    }

    @Test
    void aWrongMethodIs405AndSaysWhichIsAllowed() {
        HttpResponse<byte[]> getAdvice = get("/v1/advice");
        HttpResponse<byte[]> postRules = post("/v1/rules", "application/json", "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(getAdvice.statusCode()).isEqualTo(405);
        assertThat(getAdvice.headers().firstValue("Allow")).hasValue("POST");
        assertThat(postRules.statusCode()).isEqualTo(405);
        assertThat(postRules.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void anUnknownPathIs404WithTheError() {
        HttpResponse<byte[]> response = get("/v2/advice");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("error").get("message").asText()).contains("POST /v1/advice");
    }

    @Test
    void listsTheRulesAsTheRulesCommandDoes() {
        JsonNode rules = json(get("/v1/rules"));

        assertThat(StreamSupport.stream(rules.spliterator(), false).map(rule -> rule.get("id").asText()))
                .containsExactlyElementsOf(TestAdvisor.get().rules().stream().map(RuleInfo::rule).toList());
        assertThat(rules.get(0).has("source")).isTrue();
    }

    @Test
    void listsEveryFactWithItsTypeValuesAndQuestion() {
        JsonNode facts = json(get("/v1/facts"));

        assertThat(facts).hasSize(Fact.values().length);
        for (Fact fact : Fact.values()) {
            JsonNode node = facts.get(fact.ordinal());
            assertThat(node.get("name").asText()).isEqualTo(fact.jsonName());
            assertThat(node.get("type").asText()).isEqualTo(fact.type().name());
            assertThat(node.get("question").asText()).isEqualTo(fact.ask());
            assertThat(node.get("meaning").asText()).isEqualTo(fact.meaning());
            List<String> labels = new ArrayList<>();
            node.path("values").forEach(value -> labels.add(value.get("label").asText()));
            assertThat(labels).containsExactlyElementsOf(fact.choices().stream().map(Choice::label).toList());
            List<String> statements = new ArrayList<>();
            node.path("values").forEach(value -> statements.add(value.get("statement").asText()));
            assertThat(statements).containsExactlyElementsOf(fact.choices().stream().map(Choice::statement).toList());
            for (Stage stage : Stage.values()) {
                JsonNode atStage = node.path("byStage").path(stage.name());
                assertThat(atStage.path("question").asText(null)).as(fact + " at " + stage)
                        .isEqualTo(fact.isQuestion() ? fact.ask(stage) : null);
                if (fact.type() == Fact.Type.BOOLEAN) {
                    assertThat(atStage.path("statements").path("true").asText()).isEqualTo(fact.statement(true, stage));
                    assertThat(atStage.path("statements").path("false").asText()).isEqualTo(fact.statement(false, stage));
                }
            }
        }
        assertThat(facts.get(Fact.EX_READY.ordinal()).path("byStage").path("CAUGHT_UP").path("question").asText())
                .isEqualTo("Have they said they're willing to talk about the relationship and the breakup?");
        assertThat(facts.get(Fact.ABUSE.ordinal()).path("byStage").path("BACK_TOGETHER").path("statements").path("true").asText())
                .isEqualTo("the relationship is abusive");
    }

    @Test
    void givesEachVerdictsWordsAtEveryStage() {
        JsonNode verdicts = json(get("/v1/verdicts"));

        assertThat(verdicts).hasSize(Verdict.values().length);
        for (Verdict verdict : Verdict.values()) {
            JsonNode node = verdicts.get(verdict.ordinal());
            assertThat(node.get("verdict").asText()).isEqualTo(verdict.name());
            assertThat(node.get("words").asText()).isEqualTo(verdict.inPlainWords());
            for (Stage stage : Stage.values()) {
                assertThat(node.path("byStage").path(stage.name()).asText()).isEqualTo(verdict.inPlainWords(stage));
            }
        }
        assertThat(verdicts.get(Verdict.DO_NOT_GO_BACK.ordinal()).path("byStage").path("BACK_TOGETHER").asText())
                .isEqualTo("Put your safety first, and plan to leave safely.");
    }

    @Test
    void servesHealthVerdictsAndThePage() {
        assertThat(json(get("/health")).get("status").asText()).isEqualTo("ok");
        assertThat(json(get("/v1/verdicts")).get(0).get("words").asText()).isEqualTo("Don't go back.");
        HttpResponse<byte[]> page = get("/");
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        String html = new String(page.body(), StandardCharsets.UTF_8);
        // Nothing loaded from elsewhere: the one address outside is where "Exit this page" leads.
        String exit = "<a id=\"exit\" class=\"exit\" href=\"https://www.bbc.com/weather\" rel=\"noreferrer\">";
        assertThat(html).contains("<meta name=\"viewport\"", exit);
        assertThat(html.replace(exit, "")).doesNotContain("http://", "https://");
    }

    @Test
    void eightClientsAtOnceEachGetTheAdvisorsOwnAnswerForAThousandCases() throws Exception {
        List<Situation> situations = SituationGenerator.situations(4_000, 1_000).toList();
        List<Advice> expected = situations.stream().map(TestAdvisor.get()::advise).toList();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> checked = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                int first = c * 125;
                checked.add(clients.submit(() -> sendAndCheck(rotated(situations, first), rotated(expected, first))));
            }
            for (Future<Integer> future : checked) {
                assertThat(future.get()).isEqualTo(1_000);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    // Each client sends the cases from another starting point, so a result given to the wrong request shows.
    private static <T> List<T> rotated(List<T> list, int first) {
        List<T> rotated = new ArrayList<>(list.subList(first, list.size()));
        rotated.addAll(list.subList(0, first));
        return rotated;
    }

    // The cases in four requests of JSON Lines, each result checked against the advisor's own answer.
    private static int sendAndCheck(List<Situation> situations, List<Advice> answers) {
        int checked = 0;
        for (int request = 0; request < 4; request++) {
            List<Situation> part = situations.subList(request * 250, (request + 1) * 250);
            StringBuilder lines = new StringBuilder();
            part.forEach(situation -> lines.append(CaseJson.write(situation)).append('\n'));
            HttpResponse<byte[]> response = post("/v1/advice", "application/x-ndjson", lines.toString().getBytes(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).isEqualTo(200);
            List<String> results = new String(response.body(), StandardCharsets.UTF_8).lines().toList();
            assertThat(results).hasSize(250);
            for (int i = 0; i < 250; i++) {
                JsonNode result = parse(results.get(i));
                Advice expected = answers.get(request * 250 + i);
                assertThat(result.get("verdict").asText()).isEqualTo(expected.verdict().name());
                assertThat(StreamSupport.stream(result.get("recommendations").spliterator(), false).map(r -> r.get("rule").asText()))
                        .containsExactlyElementsOf(expected.ruleIds());
                assertThat(StreamSupport.stream(result.get("questions").spliterator(), false).map(q -> q.get("fact").asText()))
                        .containsExactlyElementsOf(expected.questions().stream().map(Question::fact).map(Fact::jsonName).toList());
                assertThat(result.path("daysToWait").isMissingNode() ? -1 : result.get("daysToWait").asInt())
                        .isEqualTo(expected.daysToWait().orElse(-1));
                checked++;
            }
        }
        return checked;
    }

    // What 'reconcile advise' writes for the same bytes.
    private static String advise(byte[] input, String... options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
            String[] args = new String[options.length + 1];
            args[0] = "advise";
            System.arraycopy(options, 0, args, 1, options.length);
            Main.run(args, new ByteArrayInputStream(input), stream, err);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static HttpResponse<byte[]> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(server.url()).resolve(path)).GET().build());
    }

    private static HttpResponse<byte[]> post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(server.url()).resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private static HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        return parse(new String(response.body(), StandardCharsets.UTF_8));
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }
}
