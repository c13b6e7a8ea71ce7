package org.reconcile.json;

import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/** The JSON settings shared by reading and writing, its limits, and readable messages for broken JSON. */
final class Json {
    /** The longest line of JSON Lines, and the longest case of an array: a case is a few hundred bytes. */
    static final int MAX_CASE_BYTES = 1 << 20;
    /** How deep a case may nest: the case itself is level 1. */
    static final int MAX_DEPTH = 100;
    /** The most digits (sign, point and exponent included) a number may have; Jackson's default is 1,000. */
    static final int MAX_DIGITS = 100;
    /** The longest string or field name, in characters: an id, an enum name. */
    static final int MAX_STRING_CHARS = 1 << 16;

    /**
     * Every limit but the length of a case is Jackson's, so no value is ever built beyond it.
     * Duplicate keys are found by {@link TreeReader}, which (unlike Jackson's own strict mode)
     * reads the whole case, so the error can name the field.
     */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(MAX_STRING_CHARS)
                    .maxNameLength(MAX_STRING_CHARS)
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(MAX_DIGITS)
                    .build())
            .build();

    private static final Pattern SOURCE_MARKER = Pattern.compile("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)");

    private Json() {
    }

    /** A limit on what one case may hold, in words for messages. */
    enum Limit {
        DEPTH("a value may be nested at most " + MAX_DEPTH + " levels deep", "nested deeper",
                "nested more than " + MAX_DEPTH + " levels deep"),
        NUMBER("a number may have at most " + MAX_DIGITS + " digits", "longer",
                "a number of more than " + MAX_DIGITS + " digits"),
        STRING("a string may have at most " + MAX_STRING_CHARS + " characters", "longer",
                "a string of more than " + MAX_STRING_CHARS + " characters"),
        NAME("a field name may have at most " + MAX_STRING_CHARS + " characters", "longer",
                "an object with a field name of more than " + MAX_STRING_CHARS + " characters");

        private final String rule;
        private final String excess;
        private final String found;

        Limit(String rule, String excess, String found) {
            this.rule = rule;
            this.excess = excess;
            this.found = found;
        }

        /** What must hold: {@code a number may have at most 100 digits}. */
        String rule() {
            return rule;
        }

        /** What was found, after "was": {@code longer}. */
        String excess() {
            return excess;
        }

        /** What was found, after "was", as the value of a field: {@code a number of more than 100 digits}. */
        String found() {
            return found;
        }

        /** The limit {@code e} reports; Jackson tells them apart only in its message. */
        static Limit of(StreamConstraintsException e) {
            String message = String.valueOf(e.getOriginalMessage());
            if (message.startsWith("Number")) {
                return NUMBER;
            }
            if (message.startsWith("String")) {
                return STRING;
            }
            if (message.startsWith("Name")) {
                return NAME;
            }
            return DEPTH;
        }
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
