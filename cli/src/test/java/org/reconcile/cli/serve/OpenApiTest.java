package org.reconcile.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reconcile.TestAdvisor;

/**
 * {@code GET /v1/openapi.json} against the server's real answers: every path is described, and
 * each answer to a request of every kind (every path, valid and refused) has a status the
 * description lists for that path and method, a content type it lists for that status, and a body
 * that its schema accepts. The schemas are resolved as a client would: the description and the
 * JSON Schemas it names are all fetched from the server.
 */
class OpenApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    // The validator fetches nothing itself: what the server gave is handed to it under this name.
    private static final String BASE = "https://reconcile.invalid";
    private static final String ONE_CASE = "{\"daysSinceBreakup\": 45}";

    private static Server server;
    private static HttpClient client;
    private static JsonNode description;
    private static SchemaRegistry registry;

    @BeforeAll
    static void start() {
        server = Server.start(TestAdvisor.get(), "127.0.0.1", 0);
        client = HttpClient.newHttpClient();
        String text = get("/v1/openapi.json").body();
        description = parse(text);
        Map<String, String> documents = new HashMap<>();
        documents.put(BASE + "/v1/openapi.json", text);
        for (String name : List.of("case.schema.json", "result.schema.json")) {
            documents.put(BASE + "/v1/schema/" + name, get("/v1/schema/" + name).body());
        }
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(documents));
    }

    @AfterAll
    static void stop() {
        server.stop(1);
    }

    @Test
    void isOpenApi31AndDescribesEveryPathTheServerAnswers() {
        assertThat(description.get("openapi").asText()).startsWith("3.1");
        List<String> paths = new ArrayList<>();
        description.get("paths").fieldNames().forEachRemaining(paths::add);

        assertThat(paths).containsExactlyInAnyOrder("/v1/advice", "/v1/rules", "/v1/facts", "/v1/verdicts", "/v1/openapi.json",
                "/v1/schema/{name}", "/health", "/", "/{file}");
    }

    @Test
    void theSchemasItNamesAreTheProjectsOwnFiles() throws IOException {
        for (String name : List.of("case.schema.json", "result.schema.json")) {
            assertThat(get("/v1/schema/" + name).body()).isEqualTo(Files.readString(Path.of("schema", name)));
        }
    }

    @Test
    void everyAnswerHasAStatusAContentTypeAndABodyThatTheDescriptionGivesIt() throws IOException {
        byte[] array = Files.readAllBytes(Path.of("examples/cases.json"));
        byte[] lines = Files.readAllBytes(Path.of("examples/cases.jsonl"));
        byte[] invalid = Files.readAllBytes(Path.of("examples/invalid.jsonl"));
        List<Probe> probes = List.of(
                post("/v1/advice", "application/json", ONE_CASE.getBytes(StandardCharsets.UTF_8), 200),
                post("/v1/advice?brief=true", "application/json", ONE_CASE.getBytes(StandardCharsets.UTF_8), 200),
                post("/v1/advice", "application/json", array, 200),
                post("/v1/advice", "application/x-ndjson", lines, 200),
                post("/v1/advice", "application/x-www-form-urlencoded", ONE_CASE.getBytes(StandardCharsets.UTF_8), 200),
                post("/v1/advice", "application/x-ndjson", invalid, 422),
                post("/v1/advice", "application/json", "[{\"daysSinceBreakup\": 10".getBytes(StandardCharsets.UTF_8), 400),
                post("/v1/advice?brief=yes", "application/json", ONE_CASE.getBytes(StandardCharsets.UTF_8), 400),
                post("/v1/advice", "text/plain", ONE_CASE.getBytes(StandardCharsets.UTF_8), 415),
                post("/v1/advice", "application/json", new byte[Limits.DEFAULT.bodyBytes() + 1], 413),
                new Probe(builder("/v1/advice").header("Content-Type", "application/json").header("Origin", "https://evil.example")
                        .POST(HttpRequest.BodyPublishers.ofString(ONE_CASE)), "POST", "/v1/advice", 403),
                new Probe(builder("/v1/advice").header("Content-Type", "application/json").header("X-Big", "x".repeat(20_000))
                        .POST(HttpRequest.BodyPublishers.ofString(ONE_CASE)), "POST", "/v1/advice", 431),
                new Probe(builder("/v1/advice").GET(), "GET", "/v1/advice", 405),
                getting("/v1/rules", "/v1/rules", 200),
                getting("/v1/facts", "/v1/facts", 200),
                getting("/v1/verdicts", "/v1/verdicts", 200),
                getting("/v1/openapi.json", "/v1/openapi.json", 200),
                getting("/v1/schema/case.schema.json", "/v1/schema/{name}", 200),
                getting("/v1/schema/result.schema.json", "/v1/schema/{name}", 200),
                getting("/v1/schema/other.schema.json", "/v1/schema/{name}", 404),
                getting("/health", "/health", 200),
                getting("/", "/", 200),
                getting("/no-such-file.js", "/{file}", 404),
                new Probe(builder("/health").POST(HttpRequest.BodyPublishers.ofString("{}")), "POST", "/health", 405));

        for (Probe probe : probes) {
            HttpResponse<byte[]> answer = send(probe.request().build());
            String shown = probe.method() + " " + probe.template() + " → " + answer.statusCode();

            assertThat(answer.statusCode()).as(shown).isEqualTo(probe.status());
            String operation = "/paths/" + escape(probe.template()) + "/" + probe.method().toLowerCase(Locale.ROOT);
            // A method a path does not take is no operation of it: the description says such a request is a 405, refused.
            JsonNode response = description.at(operation).isMissingNode() && answer.statusCode() == 405
                    ? resolve("/components/responses/Refused") : resolve(operation + "/responses/" + answer.statusCode());
            assertThat(response.isMissingNode()).as(shown + ": the status is described").isFalse();
            String type = answer.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
            String pointer = response.get("pointer").asText() + "/content/" + escape(type) + "/schema";
            assertThat(response.get("node").path("content").has(type)).as(shown + ": " + type + " is described").isTrue();
            if (type.equals("application/json")) {
                Schema schema = registry.getSchema(SchemaLocation.of(BASE + "/v1/openapi.json#" + pointer));
                assertThat(schema.validate(new String(answer.body(), StandardCharsets.UTF_8), InputFormat.JSON)).as(shown).isEmpty();
            }
        }
    }

    private record Probe(HttpRequest.Builder request, String method, String template, int status) {
    }

    private static Probe post(String path, String contentType, byte[] body, int status) {
        return new Probe(builder(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)), "POST",
                "/v1/advice", status);
    }

    private static Probe getting(String path, String template, int status) {
        return new Probe(builder(path).GET(), "GET", template, status);
    }

    // The response object at pointer, and where it is once a $ref to components/responses is followed.
    private static JsonNode resolve(String pointer) {
        JsonNode response = description.at(pointer);
        if (response.isMissingNode()) {
            return response;
        }
        String at = response.has("$ref") ? response.get("$ref").asText().substring(1) : pointer;
        return JSON.createObjectNode().put("pointer", at).set("node", description.at(at));
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static HttpRequest.Builder builder(String path) {
        return HttpRequest.newBuilder(URI.create(server.url()).resolve(path));
    }

    private static HttpResponse<String> get(String path) {
        try {
            return client.send(builder(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }
}
