package org.reconcile.cli.scenario;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** The report of a run of scenarios: as text for a person, or as JSON for tools and CI. */
public final class ScenarioReport {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ScenarioReport() {
    }

    /**
     * A block per failing scenario (where, its name, and only what differs), then the counts and
     * the coverage.
     *
     * @param run the run
     * @param out where to write
     */
    public static void text(ScenarioRun run, PrintWriter out) {
        for (Outcome outcome : run.outcomes()) {
            if (!outcome.passed()) {
                out.println(outcome.scenario().where() + ": " + outcome.scenario().name());
                outcome.differences().forEach(difference -> out.println("  " + text(difference)));
                out.println();
            }
        }
        int count = run.outcomes().size();
        out.println(count + (count == 1 ? " scenario: " : " scenarios: ") + run.passed() + " passed, " + run.failed() + " failed");
        rules(out, "Rules that no scenario fired", run.neverFired());
        rules(out, "Rules that fired in every scenario", run.alwaysFired());
        out.flush();
    }

    // silent motives/unresolved-resentment: expected silent, got fired
    // fires motives/unhealthy-relashionship: no such rule (did you mean motives/unhealthy-relationship?)
    private static String text(Difference difference) {
        if (difference instanceof Difference.UnknownRule u) {
            return u.expectation() + " " + u.rule() + ": no such rule"
                    + u.closest().map(closest -> " (did you mean " + closest + "?)").orElse("");
        }
        Difference.Mismatch m = (Difference.Mismatch) difference;
        return m.expectation() + m.rule().map(rule -> " " + rule).orElse("") + ": expected " + m.expected() + ", got " + m.got();
    }

    private static void rules(PrintWriter out, String heading, List<String> ids) {
        if (ids.isEmpty()) {
            out.println(heading + ": none");
            return;
        }
        out.println(heading + " (" + ids.size() + "):");
        ids.forEach(id -> out.println("  " + id));
    }

    /**
     * One JSON object: {@code scenarios}, an object per scenario (each on a line of its own), then
     * {@code summary}.
     *
     * @param run the run
     * @param out where to write, in UTF-8; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void json(ScenarioRun run, OutputStream out) throws IOException {
        out.write("{\"scenarios\": [".getBytes(StandardCharsets.UTF_8));
        String separator = "\n";
        for (Outcome outcome : run.outcomes()) {
            out.write(separator.getBytes(StandardCharsets.UTF_8));
            out.write(object(json -> scenario(json, outcome)));
            separator = ",\n";
        }
        out.write("],\n\"summary\": ".getBytes(StandardCharsets.UTF_8));
        out.write(object(json -> summary(json, run)));
        out.write("}\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Writes the fields of one JSON object. */
    private interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    private static byte[] object(Fields fields) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (JsonGenerator json = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            json.writeStartObject();
            fields.write(json);
            json.writeEndObject();
        }
        return bytes.toByteArray();
    }

    private static void scenario(JsonGenerator json, Outcome outcome) throws IOException {
        json.writeStringField("file", outcome.scenario().file());
        json.writeNumberField("line", outcome.scenario().line());
        json.writeStringField("scenario", outcome.scenario().name());
        json.writeBooleanField("passed", outcome.passed());
        json.writeArrayFieldStart("differences");
        for (Difference difference : outcome.differences()) {
            json.writeStartObject();
            json.writeStringField("expectation", difference.expectation());
            if (difference instanceof Difference.Mismatch m) {
                if (m.rule().isPresent()) {
                    json.writeStringField("rule", m.rule().get());
                }
                json.writeStringField("expected", m.expected());
                json.writeStringField("got", m.got());
            } else if (difference instanceof Difference.UnknownRule u) {
                json.writeStringField("rule", u.rule());
                json.writeStringField("error", "no such rule");
                if (u.closest().isPresent()) {
                    json.writeStringField("didYouMean", u.closest().get());
                }
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void summary(JsonGenerator json, ScenarioRun run) throws IOException {
        json.writeNumberField("scenarios", run.outcomes().size());
        json.writeNumberField("passed", run.passed());
        json.writeNumberField("failed", run.failed());
        ids(json, "neverFired", run.neverFired());
        ids(json, "alwaysFired", run.alwaysFired());
    }

    private static void ids(JsonGenerator json, String name, List<String> ids) throws IOException {
        json.writeArrayFieldStart(name);
        for (String id : ids) {
            json.writeString(id);
        }
        json.writeEndArray();
    }
}
