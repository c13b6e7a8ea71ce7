package org.reconcile.batch;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads a JSON array of cases one element at a time, never the whole array, or a single case.
 * JSON broken beyond the current element stops reading, with its {@code line:column}.
 */
final class JsonDocumentReader {
    private JsonDocumentReader() {
    }

    /** Reads the cases of the array that {@code in} holds. */
    static void readArray(String name, InputStream in, CaseSink sink) throws StoppedReading, IOException, InterruptedException {
        try (JsonParser parser = Json.FACTORY.createParser(in)) {
            readArray(name, parser, sink);
        }
    }

    private static void readArray(String name, JsonParser parser, CaseSink sink) throws StoppedReading, IOException, InterruptedException {
        try {
            parser.nextToken();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == null) {
                    throw broken(name, parser.currentLocation(), "the array must end with ], found the end of the input");
                }
                sink.accept(parser.currentTokenLocation().getLineNr(), new CaseInput.Tree(TreeReader.read(parser)));
            }
            requireEnd(name, parser, "the array");
        } catch (JsonProcessingException e) {
            throw broken(name, e, parser);
        }
    }

    /** Reads the one case that {@code in} holds. */
    static void readSingle(String name, InputStream in, CaseSink sink) throws StoppedReading, IOException, InterruptedException {
        try (JsonParser parser = Json.FACTORY.createParser(in)) {
            readSingle(name, parser, sink);
        }
    }

    private static void readSingle(String name, JsonParser parser, CaseSink sink) throws StoppedReading, IOException, InterruptedException {
        try {
            parser.nextToken();
            int line = parser.currentTokenLocation().getLineNr();
            sink.accept(line, new CaseInput.Tree(TreeReader.read(parser)));
            requireEnd(name, parser, "the case");
        } catch (JsonProcessingException e) {
            throw broken(name, e, parser);
        }
    }

    private static void requireEnd(String name, JsonParser parser, String what) throws IOException, StoppedReading {
        if (parser.nextToken() != null) {
            throw broken(name, parser.currentTokenLocation(), "the input must end after " + what
                    + ", found more JSON; several cases go in a JSON array or one a line (JSON Lines)");
        }
    }

    private static StoppedReading broken(String name, JsonProcessingException e, JsonParser parser) {
        return broken(name, Json.location(e, parser), Json.problem(e), e);
    }

    private static StoppedReading broken(String name, JsonLocation at, String problem) {
        return broken(name, at, problem, null);
    }

    private static StoppedReading broken(String name, JsonLocation at, String problem, Throwable cause) {
        return new StoppedReading(name + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": broken JSON: " + problem, cause);
    }
}
