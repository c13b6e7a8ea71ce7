package org.reconcile.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import com.fasterxml.jackson.core.JsonGenerator;
import org.reconcile.advice.Advice;
import org.reconcile.advice.Firing;
import org.reconcile.advice.FollowUp;
import org.reconcile.advice.Question;
import org.reconcile.advice.Recommendation;
import org.reconcile.advice.Verdict;

/**
 * Writes advice as the JSON of the command line's results, each on one line. Typographic
 * characters of the guidance (’ —) are written as they are, not escaped.
 *
 * <pre>{@code
 * {"index":1,"id":"H01","verdict":"WAIT","recommendations":[{"rule":..,"verdict":..,"advice":..,"source":..}],
 *  "questions":[{"fact":"abuse","ask":"..?","couldChangeTo":["DO_NOT_GO_BACK"]}],
 *  "followUps":[{"fact":"urgeToPleadOrRant","ask":"..?","couldAdd":["cooling-off/resist-the-urge",..]}],"daysToWait":20,
 *  "explanation":{"fired":[..],"overridden":[..]}}
 * }</pre>
 *
 * <p>{@code id} is there only when the case had one, {@code daysToWait} and {@code safety} only
 * when the advice has them. A {@linkplain Detail#BRIEF brief} result has {@code rules} (the ids of
 * the recommendations' rules) in place of {@code recommendations}, and no {@code explanation}.
 */
public final class AdviceJson {
    /** How much of the advice a result holds. */
    public enum Detail {
        /** Everything: recommendations with their advice and sources, and the explanation. */
        FULL,
        /** The verdict, the ids of the recommended rules, the questions, the follow-ups, the days to wait and the safety note. */
        BRIEF
    }

    private AdviceJson() {
    }

    /**
     * The advice alone, as an object: {@code verdict}, {@code recommendations} and the rest, with no index.
     *
     * @param advice the advice to write
     * @return one JSON object, on one line
     */
    public static String write(Advice advice) {
        Objects.requireNonNull(advice, "advice must not be null");
        return text(json -> advice(json, advice));
    }

    /**
     * Writes the advice alone, as {@link #write(Advice)} gives it, in UTF-8, without a line end;
     * does not close the stream.
     *
     * @param advice the advice to write
     * @param out where to write it
     * @throws IOException if {@code out} cannot be written
     */
    public static void write(Advice advice, OutputStream out) throws IOException {
        Objects.requireNonNull(advice, "advice must not be null");
        write(Objects.requireNonNull(out, "out must not be null"), json -> advice(json, advice));
    }

    /**
     * Writes the advice alone, as {@link #write(Advice)} gives it, without a line end; does not
     * close the writer.
     *
     * @param advice the advice to write
     * @param out where to write it
     * @throws IOException if {@code out} cannot be written
     */
    public static void write(Advice advice, Writer out) throws IOException {
        Objects.requireNonNull(advice, "advice must not be null");
        write(Objects.requireNonNull(out, "out must not be null"), json -> advice(json, advice));
    }

    /**
     * What is wrong with a case, alone, as the {@code error} of the command line's error result:
     * {@code {"error":{"field":"abuse","message":"must be true, false or null, was 3"}}}, with no
     * {@code field} when the case as a whole is at fault.
     *
     * @param error what is wrong with the case
     * @return one JSON object, on one line
     */
    public static String writeError(CaseError error) {
        Objects.requireNonNull(error, "error must not be null");
        return text(json -> errorAlone(json, error));
    }

    /**
     * Writes what is wrong with a case, as {@link #writeError(CaseError)} gives it, without a line
     * end; does not close the writer.
     *
     * @param error what is wrong with the case
     * @param out where to write it
     * @throws IOException if {@code out} cannot be written
     */
    public static void writeError(CaseError error, Writer out) throws IOException {
        Objects.requireNonNull(error, "error must not be null");
        write(Objects.requireNonNull(out, "out must not be null"), json -> errorAlone(json, error));
    }

    /**
     * Writes what is wrong with a case, as {@link #writeError(CaseError)} gives it, in UTF-8,
     * without a line end; does not close the stream.
     *
     * @param error what is wrong with the case
     * @param out where to write it
     * @throws IOException if {@code out} cannot be written
     */
    public static void writeError(CaseError error, OutputStream out) throws IOException {
        Objects.requireNonNull(error, "error must not be null");
        write(Objects.requireNonNull(out, "out must not be null"), json -> errorAlone(json, error));
    }

    private static void errorAlone(JsonGenerator json, CaseError error) throws IOException {
        json.writeStartObject();
        errorField(json, error);
        json.writeEndObject();
    }

    static void advice(JsonGenerator json, Advice advice) throws IOException {
        json.writeStartObject();
        writeAdvice(json, advice, Detail.FULL);
        json.writeEndObject();
    }

    /**
     * The full result of a case, as the command line writes it.
     *
     * @param index the case's 1-based number
     * @param id the case's own id, if it had one
     * @param advice the advice for the case
     * @return one JSON object, on one line
     */
    public static String write(long index, Optional<String> id, Advice advice) {
        return write(index, id, advice, Detail.FULL);
    }

    /**
     * The result of a case, with as much of the advice as {@code detail} says.
     *
     * @param index the case's 1-based number
     * @param id the case's own id, if it had one
     * @param advice the advice for the case
     * @param detail the full result, or the brief one of {@code --brief}
     * @return one JSON object, on one line
     */
    public static String write(long index, Optional<String> id, Advice advice, Detail detail) {
        return text(json -> result(json, index, id, advice, detail));
    }

    /**
     * Writes the result of a case to a stream, in UTF-8, without a line end; does not close it.
     *
     * @param index the case's 1-based number
     * @param id the case's own id, if it had one
     * @param advice the advice for the case
     * @param detail the full result, or the brief one of {@code --brief}
     * @param out where to write it
     * @throws IOException if {@code out} cannot be written
     */
    public static void write(long index, Optional<String> id, Advice advice, Detail detail, OutputStream out) throws IOException {
        write(out, json -> result(json, index, id, advice, detail));
    }

    private static void result(JsonGenerator json, long index, Optional<String> id, Advice advice, Detail detail) throws IOException {
        start(json, index, id);
        writeAdvice(json, advice, detail);
        json.writeEndObject();
    }

    /**
     * The error result of an invalid case.
     *
     * @param index the case's 1-based number
     * @param id the case's own id, if it was read
     * @param error what is wrong with the case
     * @return one JSON object, on one line
     */
    public static String writeError(long index, Optional<String> id, CaseError error) {
        return writeError(index, id, Optional.empty(), OptionalInt.empty(), error);
    }

    /**
     * The error result of an invalid case, saying where it was read, as the command line does
     * with several inputs or JSON Lines.
     *
     * @param index the case's 1-based number
     * @param id the case's own id, if it was read
     * @param file the input the case was read from, to write as {@code file}
     * @param line the line of JSON Lines the case was, to write as {@code line}
     * @param error what is wrong with the case
     * @return one JSON object, on one line
     */
    public static String writeError(long index, Optional<String> id, Optional<String> file, OptionalInt line, CaseError error) {
        return text(json -> error(json, index, id, file, line, error));
    }

    /**
     * Writes the error result of an invalid case to a stream, in UTF-8, without a line end; does
     * not close it.
     *
     * @param index the case's 1-based number
     * @param id the case's own id, if it was read
     * @param file the input the case was read from, to write as {@code file}
     * @param line the line of JSON Lines the case was, to write as {@code line}
     * @param error what is wrong with the case
     * @param out where to write it
     * @throws IOException if {@code out} cannot be written
     */
    public static void writeError(long index, Optional<String> id, Optional<String> file, OptionalInt line, CaseError error,
            OutputStream out) throws IOException {
        write(out, json -> error(json, index, id, file, line, error));
    }

    private static void error(JsonGenerator json, long index, Optional<String> id, Optional<String> file, OptionalInt line,
            CaseError error) throws IOException {
        start(json, index, id);
        if (file.isPresent()) {
            json.writeStringField("file", file.get());
        }
        if (line.isPresent()) {
            json.writeNumberField("line", line.getAsInt());
        }
        errorField(json, error);
        json.writeEndObject();
    }

    private static void errorField(JsonGenerator json, CaseError error) throws IOException {
        json.writeObjectFieldStart("error");
        if (error.field().isPresent()) {
            json.writeStringField("field", error.field().get());
        }
        json.writeStringField("message", error.message());
        json.writeEndObject();
    }

    private static void start(JsonGenerator json, long index, Optional<String> id) throws IOException {
        json.writeStartObject();
        json.writeNumberField("index", index);
        if (id.isPresent()) {
            json.writeStringField("id", id.get());
        }
    }

    static void writeAdvice(JsonGenerator json, Advice advice, Detail detail) throws IOException {
        json.writeStringField("verdict", advice.verdict().name());
        if (detail == Detail.BRIEF) {
            json.writeArrayFieldStart("rules");
            for (Recommendation recommendation : advice.recommendations()) {
                json.writeString(recommendation.rule());
            }
            json.writeEndArray();
        } else {
            writeRecommendations(json, advice);
        }
        writeQuestions(json, advice);
        writeFollowUps(json, advice);
        if (advice.daysToWait().isPresent()) {
            json.writeNumberField("daysToWait", advice.daysToWait().getAsInt());
        }
        if (advice.safety().isPresent()) {
            json.writeStringField("safety", advice.safety().get());
        }
        if (detail == Detail.FULL) {
            writeExplanation(json, advice);
        }
    }

    private static void writeRecommendations(JsonGenerator json, Advice advice) throws IOException {
        json.writeArrayFieldStart("recommendations");
        for (Recommendation recommendation : advice.recommendations()) {
            recommendation(json, recommendation);
        }
        json.writeEndArray();
    }

    static void recommendation(JsonGenerator json, Recommendation recommendation) throws IOException {
        json.writeStartObject();
        json.writeStringField("rule", recommendation.rule());
        if (recommendation.verdict().isPresent()) {
            json.writeStringField("verdict", recommendation.verdict().get().name());
        }
        json.writeStringField("advice", recommendation.advice());
        json.writeStringField("source", recommendation.source());
        json.writeEndObject();
    }

    private static void writeQuestions(JsonGenerator json, Advice advice) throws IOException {
        json.writeArrayFieldStart("questions");
        for (Question question : advice.questions()) {
            question(json, question);
        }
        json.writeEndArray();
    }

    static void question(JsonGenerator json, Question question) throws IOException {
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

    private static void writeFollowUps(JsonGenerator json, Advice advice) throws IOException {
        json.writeArrayFieldStart("followUps");
        for (FollowUp followUp : advice.followUps()) {
            followUp(json, followUp);
        }
        json.writeEndArray();
    }

    static void followUp(JsonGenerator json, FollowUp followUp) throws IOException {
        json.writeStartObject();
        json.writeStringField("fact", followUp.fact().jsonName());
        json.writeStringField("ask", followUp.ask());
        json.writeArrayFieldStart("couldAdd");
        for (String rule : followUp.couldAdd()) {
            json.writeString(rule);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeExplanation(JsonGenerator json, Advice advice) throws IOException {
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

    /** Writes one JSON value. */
    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private static String text(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try {
            write(bytes, body);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void write(OutputStream out, Body body) throws IOException {
        try (JsonGenerator json = Json.FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            body.write(json);
        }
    }

    private static void write(Writer out, Body body) throws IOException {
        try (JsonGenerator json = Json.FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            body.write(json);
        }
    }
}
