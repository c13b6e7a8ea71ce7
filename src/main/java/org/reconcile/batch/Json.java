package org.reconcile.batch;

import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;

/** The JSON settings shared by reading and writing, and readable messages for broken JSON. */
final class Json {
    /** The longest line of JSON Lines, and the longest string anywhere: a case is a few hundred bytes. */
    static final int MAX_LINE_BYTES = 1 << 20;

    /**
     * Duplicate keys are found by {@link TreeReader}, which (unlike Jackson's own strict mode) leaves
     * the parser able to go on with the next case of an array.
     */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(MAX_LINE_BYTES)
                    .maxNestingDepth(100)
                    .build())
            .build();

    private static final Pattern SOURCE_MARKER = Pattern.compile("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)");

    private Json() {
    }

    /** What is wrong, without Jackson's source description: {@code Unexpected character ('}' (code 125)) ...}. */
    static String problem(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        message = SOURCE_MARKER.matcher(message).replaceAll("");
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    /** Where {@code e} happened; errors without a location (a limit exceeded) get the parser's. */
    static JsonLocation location(JsonProcessingException e, JsonParser parser) {
        return e.getLocation() != null ? e.getLocation() : parser.currentLocation();
    }
}
