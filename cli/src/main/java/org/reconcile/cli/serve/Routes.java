package org.reconcile.cli.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.reconcile.Advisor;
import org.reconcile.advice.RuleInfo;
import org.reconcile.advice.Verdict;
import org.reconcile.cli.batch.write.OutputFormat;
import org.reconcile.json.AdviceJson;
import org.reconcile.model.Choice;
import org.reconcile.model.Fact;
import org.reconcile.cli.report.PersonReport;

/** Which path gives what. Everything but the advice is worked out once, at start. */
final class Routes implements HttpHandler {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final String PAGE = "page/index.html"; // cli/src/main/resources/org/reconcile/cli/serve/page

    private final InMemoryBatch batch;
    private final byte[] rules;
    private final byte[] facts;
    private final byte[] verdicts;
    private final byte[] page;

    Routes(Advisor advisor) {
        this.batch = new InMemoryBatch(advisor);
        this.rules = json(json -> rules(json, advisor));
        this.facts = json(Routes::facts);
        this.verdicts = json(Routes::verdicts);
        this.page = resource(PAGE);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        switch (path) {
            case "/v1/advice" -> {
                if (allowed(exchange, "POST")) {
                    advise(exchange);
                }
            }
            case "/v1/rules" -> get(exchange, rules);
            case "/v1/facts" -> get(exchange, facts);
            case "/v1/verdicts" -> get(exchange, verdicts);
            case "/health" -> get(exchange, "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8));
            case "/", "/index.html" -> {
                if (allowed(exchange, "GET")) {
                    Server.send(exchange, 200, "text/html; charset=utf-8", page);
                }
            }
            default -> Server.send(exchange, 404, Server.error(null, "there is nothing at " + path
                    + "; try POST /v1/advice, GET /v1/rules, GET /v1/facts, GET /v1/verdicts, GET /health or GET /"));
        }
    }

    private void advise(HttpExchange exchange) throws IOException {
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        Optional<Optional<OutputFormat>> layout = Server.layoutFor(contentType);
        if (layout.isEmpty()) {
            Server.send(exchange, 415, Server.error(null, "the Content-Type must be application/json (a case or an array"
                    + " of cases) or application/x-ndjson (JSON Lines), in UTF-8, was " + (contentType == null ? "none" : contentType)));
            return;
        }
        byte[] body = Server.body(exchange);
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            Server.send(exchange, 400, Server.error(null, "the body must hold a case, an array of cases or JSON Lines, was empty"));
            return;
        }
        Optional<String> query = Optional.ofNullable(exchange.getRequestURI().getQuery());
        boolean brief = query.filter(q -> List.of(q.split("&")).contains("brief=true")).isPresent();
        if (query.isPresent() && !brief && !query.get().equals("brief=false")) {
            Server.send(exchange, 400, Server.error(null, "the only parameter POST /v1/advice takes is brief=true or"
                    + " brief=false, was " + query.get()));
            return;
        }
        InMemoryBatch.Answer answer = batch.run(body, layout.get(), brief ? AdviceJson.Detail.BRIEF : AdviceJson.Detail.FULL);
        if (answer.failure().isPresent()) {
            Server.send(exchange, 400, Server.error(null, answer.failure().get().message()));
            return;
        }
        boolean lines = layout.get().isPresent();
        Server.send(exchange, answer.invalid() > 0 ? 422 : 200,
                lines ? "application/x-ndjson; charset=utf-8" : "application/json; charset=utf-8", answer.results());
    }

    private static void get(HttpExchange exchange, byte[] body) {
        if (allowed(exchange, "GET")) {
            Server.send(exchange, 200, body);
        }
    }

    private static boolean allowed(HttpExchange exchange, String method) {
        if (exchange.getRequestMethod().equals(method)) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", method);
        Server.send(exchange, 405, Server.error(null, exchange.getRequestURI().getPath() + " takes " + method
                + " only, was " + exchange.getRequestMethod()));
        return false;
    }

    // [{"id": ..., "name": ..., "verdict": ..., "advice": ..., "source": ..., "file": ...}], verdict and advice if any.
    private static void rules(JsonGenerator json, Advisor advisor) throws IOException {
        json.writeStartArray();
        for (RuleInfo rule : advisor.rules()) {
            json.writeStartObject();
            json.writeStringField("id", rule.id());
            json.writeStringField("name", rule.name());
            if (rule.verdict().isPresent()) {
                json.writeStringField("verdict", rule.verdict().get().name());
            }
            if (rule.advice().isPresent()) {
                json.writeStringField("advice", rule.advice().get());
            }
            json.writeStringField("source", rule.source());
            json.writeStringField("file", rule.file());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    // [{"name": ..., "type": ..., "values": [{"value": ..., "label": ...}], "meaning": ..., "question": ...}]
    private static void facts(JsonGenerator json) throws IOException {
        json.writeStartArray();
        for (Fact fact : Fact.values()) {
            json.writeStartObject();
            json.writeStringField("name", fact.jsonName());
            json.writeStringField("type", fact.type().name());
            if (!fact.choices().isEmpty()) {
                json.writeArrayFieldStart("values");
                for (Choice choice : fact.choices()) {
                    json.writeStartObject();
                    json.writeStringField("value", choice.name());
                    json.writeStringField("label", choice.label());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeStringField("meaning", fact.meaning());
            json.writeStringField("question", fact.ask());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    // [{"verdict": "WAIT", "words": "Wait for now."}]
    private static void verdicts(JsonGenerator json) throws IOException {
        json.writeStartArray();
        for (Verdict verdict : Verdict.values()) {
            json.writeStartObject();
            json.writeStringField("verdict", verdict.name());
            json.writeStringField("words", PersonReport.inPlainWords(verdict));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private interface Writer {
        void write(JsonGenerator json) throws IOException;
    }

    private static byte[] json(Writer writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (JsonGenerator json = FACTORY.createGenerator(bytes)) {
            writer.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private static byte[] resource(String name) {
        try (InputStream in = Routes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the page " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
