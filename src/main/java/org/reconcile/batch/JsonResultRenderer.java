package org.reconcile.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonGenerator;
import org.reconcile.advice.Advice;
import org.reconcile.advice.Firing;
import org.reconcile.advice.Question;
import org.reconcile.advice.Recommendation;
import org.reconcile.advice.Verdict;

/**
 * A result as the contract's JSON object, on one line. Typographic characters of the guidance
 * (’ —) are written as UTF-8, not escaped.
 */
final class JsonResultRenderer implements ResultRenderer {
    private final boolean nameTheFile;

    /** With {@code nameTheFile}, error results say which input they came from (when there are several). */
    JsonResultRenderer(boolean nameTheFile) {
        this.nameTheFile = nameTheFile;
    }

    @Override
    public byte[] render(CaseResult result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (JsonGenerator json = Json.FACTORY.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeNumberField("index", result.index());
            if (result.id().isPresent()) {
                json.writeStringField("id", result.id().get());
            }
            if (result.advice().isPresent()) {
                writeAdvice(json, result.advice().get());
            } else {
                writeError(json, result);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private static void writeAdvice(JsonGenerator json, Advice advice) throws IOException {
        json.writeStringField("verdict", advice.verdict().name());
        json.writeArrayFieldStart("recommendations");
        for (Recommendation recommendation : advice.recommendations()) {
            json.writeStartObject();
            json.writeStringField("rule", recommendation.rule());
            if (recommendation.verdict().isPresent()) {
                json.writeStringField("verdict", recommendation.verdict().get().name());
            }
            json.writeStringField("advice", recommendation.advice());
            json.writeStringField("source", recommendation.source());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("questions");
        for (Question question : advice.questions()) {
            json.writeStartObject();
            json.writeStringField("fact", question.fact().jsonName());
            json.writeStringField("ask", question.ask());
            json.writeArrayFieldStart("couldChangeTo");
            for (Verdict verdict : question.couldChangeTo()) {
                json.writeString(verdict.name());
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        if (advice.daysToWait().isPresent()) {
            json.writeNumberField("daysToWait", advice.daysToWait().getAsInt());
        }
        if (advice.safety().isPresent()) {
            json.writeStringField("safety", advice.safety().get());
        }
        json.writeObjectFieldStart("explanation");
        json.writeArrayFieldStart("fired");
        for (Firing firing : advice.explanation().firings()) {
            json.writeString(firing.rule());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("overridden");
        for (Recommendation overridden : advice.explanation().overridden()) {
            json.writeString(overridden.rule());
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void writeError(JsonGenerator json, CaseResult result) throws IOException {
        if (nameTheFile) {
            json.writeStringField("file", result.origin().input());
        }
        if (result.origin().jsonLines()) {
            json.writeNumberField("line", result.origin().line());
        }
        CaseError error = result.error().orElseThrow();
        json.writeObjectFieldStart("error");
        if (error.field() != null) {
            json.writeStringField("field", error.field());
        }
        json.writeStringField("message", error.message());
        json.writeEndObject();
    }
}
