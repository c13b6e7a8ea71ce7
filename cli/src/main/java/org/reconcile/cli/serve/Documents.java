package org.reconcile.cli.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.reconcile.Advisor;
import org.reconcile.advice.RuleInfo;
import org.reconcile.advice.Verdict;
import org.reconcile.model.Choice;
import org.reconcile.model.Fact;
import org.reconcile.model.Stage;

/**
 * What the {@code GET} paths give, all worked out once, at start: the page's files, the rules,
 * the catalog of facts, the verdicts in plain words, the API's own description and the JSON
 * Schemas it names.
 */
final class Documents {
    /** The page's files, each served at {@code /<name>}: cli/src/main/resources/org/reconcile/cli/serve/page. */
    static final String PAGE = "page";
    /** The project's schema/ folder, copied into the jar by the build. */
    static final String SCHEMAS = "schema";

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "json", Answers.JSON);

    /** A body and its content type. */
    record Document(String type, byte[] bytes) {
    }

    private Documents() {
    }

    /** Every path a {@code GET} answers, and what it gives. */
    static Map<String, Document> of(Advisor advisor) {
        Map<String, Document> documents = new LinkedHashMap<>();
        documents.put("/health", json("{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8)));
        documents.put("/v1/rules", json(write(json -> rules(json, advisor))));
        documents.put("/v1/facts", json(write(Documents::facts)));
        documents.put("/v1/verdicts", json(write(Documents::verdicts)));
        documents.put("/v1/openapi.json", json(resource("openapi.json")));
        files(SCHEMAS).forEach((name, bytes) -> documents.put("/v1/schema/" + name, typed(name, bytes)));
        Map<String, byte[]> page = files(PAGE);
        page.forEach((name, bytes) -> documents.put("/" + name, typed(name, bytes)));
        documents.put("/", documents.get("/index.html"));
        if (!page.containsKey("favicon.ico") && page.containsKey("favicon.svg")) {
            documents.put("/favicon.ico", documents.get("/favicon.svg"));
        }
        if (documents.get("/") == null) {
            throw new IllegalStateException("the page's index.html is missing from the jar");
        }
        return documents;
    }

    private static Document json(byte[] bytes) {
        return new Document(Answers.JSON, bytes);
    }

    private static Document typed(String name, byte[] bytes) {
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return new Document(TYPES.getOrDefault(extension, "application/octet-stream"), bytes);
    }

    // [{"id": ..., "name": ..., "verdict": ..., "advice": ..., "source": ..., "file": ...}], verdict and advice if any.
    private static void rules(JsonGenerator json, Advisor advisor) throws IOException {
        json.writeStartArray();
        for (RuleInfo rule : advisor.rules()) {
            json.writeStartObject();
            json.writeStringField("id", rule.rule());
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

    // [{"name": ..., "type": ..., "values": [{"value": ..., "label": ..., "statement": ...}], "meaning": ...,
    //   "question": ..., "byStage": {"CAUGHT_UP": {"question": ..., "statements": {"true": ..., "false": ...}}}}]
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
                    json.writeStringField("statement", choice.statement());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeStringField("meaning", fact.meaning());
            json.writeStringField("question", fact.ask());
            if (fact.isQuestion()) {
                byStage(json, fact);
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    // The question at each stage and, for a yes/no fact, each answer as a statement at that stage.
    private static void byStage(JsonGenerator json, Fact fact) throws IOException {
        json.writeObjectFieldStart("byStage");
        for (Stage stage : Stage.values()) {
            json.writeObjectFieldStart(stage.name());
            json.writeStringField("question", fact.ask(stage));
            if (fact.type() == Fact.Type.BOOLEAN) {
                json.writeObjectFieldStart("statements");
                json.writeStringField("true", fact.statement(true, stage));
                json.writeStringField("false", fact.statement(false, stage));
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    // [{"verdict": "WAIT", "words": "Wait for now.", "byStage": {"NO_CONTACT": "Wait for now, and don't reach out yet.", ...}}]
    private static void verdicts(JsonGenerator json) throws IOException {
        json.writeStartArray();
        for (Verdict verdict : Verdict.values()) {
            json.writeStartObject();
            json.writeStringField("verdict", verdict.name());
            json.writeStringField("words", verdict.inPlainWords());
            json.writeObjectFieldStart("byStage");
            for (Stage stage : Stage.values()) {
                json.writeStringField(stage.name(), verdict.inPlainWords(stage));
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private interface Writer {
        void write(JsonGenerator json) throws IOException;
    }

    private static byte[] write(Writer writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (JsonGenerator json = FACTORY.createGenerator(bytes)) {
            writer.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private static byte[] resource(String name) {
        try (var in = Documents.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Every file of a folder beside this class, by name, whether the classes are a folder or a jar.
    private static Map<String, byte[]> files(String folder) {
        URL url = Documents.class.getResource(folder);
        if (url == null) {
            throw new IllegalStateException("the folder " + folder + " is missing from the jar");
        }
        try {
            URI uri = url.toURI();
            if (!uri.getScheme().equals("jar")) {
                return files(Path.of(uri));
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return files(jar.provider().getPath(uri));
            } catch (FileSystemAlreadyExistsException e) {
                return files(FileSystems.getFileSystem(uri).provider().getPath(uri));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the folder " + folder + " from the jar", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(path.getFileName().toString(), Files.readAllBytes(path));
            }
        }
        return files;
    }
}
