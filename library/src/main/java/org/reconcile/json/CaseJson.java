package org.reconcile.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.reconcile.model.Choice;
import org.reconcile.model.Fact;
import org.reconcile.model.Situation;

/**
 * Reads one case from its JSON, as the command line does (and writes a situation as such JSON): the same checks, the same limits, the
 * same error messages. Every outcome is a value, never an exception: a {@link Case.Valid} with its
 * situation, or a {@link Case.Invalid} naming the field at fault, what it must be and what it was,
 * with the closest known field or value ({@code abusive} → {@code abuse}).
 *
 * <pre>{@code
 * Case read = CaseJson.read("{\"id\": \"a7\", \"daysSinceBreakup\": 12}");
 * if (read instanceof Case.Valid valid) {
 *     Advice advice = advisor.advise(valid.situation());
 * }
 * }</pre>
 *
 * <p>The fields are those of the {@link org.reconcile.model.Fact} catalog, plus {@code id}; unknown
 * fields and fields given twice make a case invalid. A case is UTF-8 and holds at most
 * {@link #MAX_CASE_BYTES} bytes, nests at most {@link #MAX_DEPTH} levels, and has no number of more
 * than {@link #MAX_DIGITS} digits and no string or field name of more than
 * {@link #MAX_STRING_CHARS} characters.
 */
public final class CaseJson {
    /** The most bytes one case may hold: 1 MiB. */
    public static final int MAX_CASE_BYTES = Json.MAX_CASE_BYTES;
    /** How deep a case may nest: the case itself is level 1. */
    public static final int MAX_DEPTH = Json.MAX_DEPTH;
    /** The most characters (sign, point and exponent included) a number may have. */
    public static final int MAX_DIGITS = Json.MAX_DIGITS;
    /** The longest string or field name, in characters. */
    public static final int MAX_STRING_CHARS = Json.MAX_STRING_CHARS;
    /** Every field a case may have: {@code id}, then each fact's JSON name, in the catalog's order. */
    public static final List<String> FIELDS = CaseParser.FIELDS;

    private static final int SHOWN_DIGITS = 20;
    private static final ObjectMapper TREES = new ObjectMapper();

    private CaseJson() {
    }

    /**
     * A situation as the JSON of a case, on one line: the days, then only the facts it states, in
     * the catalog's order; a list stated empty is written {@code []}. {@link #read(String)} gives
     * the same situation back.
     *
     * @param situation the situation to write
     * @return one JSON object, on one line
     */
    public static String write(Situation situation) {
        Objects.requireNonNull(situation, "situation must not be null");
        StringWriter text = new StringWriter(256);
        try (JsonGenerator json = Json.FACTORY.createGenerator(text)) {
            situation(json, situation);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return text.toString();
    }

    static void situation(JsonGenerator json, Situation situation) throws IOException {
        json.writeStartObject();
        for (Fact fact : Fact.values()) {
            switch (fact.type()) {
                case INTEGER -> json.writeNumberField(fact.jsonName(), situation.daysSinceBreakup());
                case CHOICE -> {
                    if (situation.isStated(fact)) {
                        json.writeStringField(fact.jsonName(), situation.stage().name());
                    }
                }
                case CHOICES -> {
                    if (situation.isStated(fact)) {
                        json.writeArrayFieldStart(fact.jsonName());
                        for (Choice choice : situation.chosen(fact)) {
                            json.writeString(choice.name());
                        }
                        json.writeEndArray();
                    }
                }
                case BOOLEAN -> {
                    if (situation.isStated(fact)) {
                        json.writeBooleanField(fact.jsonName(), situation.answer(fact).isYes());
                    }
                }
            }
        }
        json.writeEndObject();
    }

    /**
     * Reads the one case a text holds; positions in messages are told as line and column.
     *
     * @param json the case's JSON
     * @return the case, valid or invalid
     */
    public static Case read(String json) {
        return read(Objects.requireNonNull(json, "json must not be null").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads the one case a reader holds, to its end; does not close it.
     *
     * @param json the case's JSON
     * @return the case, valid or invalid
     * @throws IOException if {@code json} cannot be read
     */
    public static Case read(Reader json) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n = json.read(buffer); n >= 0; n = json.read(buffer)) {
            text.append(buffer, 0, n);
            if (text.length() > MAX_CASE_BYTES) {
                return tooLong(Kind.TEXT, new Position(1, 1));
            }
        }
        return read(text.toString());
    }

    /**
     * Reads the one case a stream holds, as UTF-8, to its end; does not close it.
     *
     * @param json the case's JSON, in UTF-8
     * @return the case, valid or invalid
     * @throws IOException if {@code json} cannot be read
     */
    public static Case read(InputStream json) throws IOException {
        byte[] bytes = json.readNBytes(MAX_CASE_BYTES + 1);
        return bytes.length > MAX_CASE_BYTES ? tooLong(Kind.TEXT, new Position(1, 1)) : read(bytes);
    }

    /**
     * Reads the one case some bytes hold.
     *
     * @param json the case's JSON, in UTF-8
     * @return the case, valid or invalid
     */
    public static Case read(byte[] json) {
        return read(json, Kind.TEXT, new Position(1, 1));
    }

    /**
     * Reads the one case a JSON tree holds, such as one an application's own {@code ObjectMapper}
     * read: the same checks and messages as {@link #read(String)}; the tree has no key given twice
     * and no position to tell.
     *
     * @param json the case's JSON, an object
     * @return the case, valid or invalid
     * @throws NullPointerException if {@code json} is null (a JSON {@code null} is an invalid case)
     */
    public static Case read(JsonNode json) {
        return CaseParser.parse(Objects.requireNonNull(json, "json must not be null"));
    }

    /**
     * Reads the one case a map holds, keyed by the fields of a case (such as a form's values or an
     * application's own parsed JSON): {@code "daysSinceBreakup"} to a number, {@code "abuse"} to a
     * {@link Boolean} or null, {@code "motives"} to a list of names (or of {@link Choice}s), and so
     * on. The same checks and messages as {@link #read(String)}.
     *
     * @param fields the case's fields; values are numbers, strings, booleans, lists, choices or null
     * @return the case, valid or invalid
     * @throws NullPointerException if {@code fields} is null
     */
    public static Case read(Map<String, ?> fields) {
        Objects.requireNonNull(fields, "fields must not be null");
        JsonNode tree;
        try {
            tree = TREES.valueToTree(fields);
        } catch (IllegalArgumentException e) {
            return new Case.Invalid(Optional.empty(), CaseError.ofCase("a case must hold only numbers, strings, booleans,"
                    + " lists and null: " + String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
        }
        return CaseParser.parse(tree);
    }

    /**
     * Reads every case of a JSON array of cases, or of JSON Lines, as {@code reconcile advise} reads
     * its input: one case at a time, never the whole input at once. An input that starts with
     * {@code [} is an array; any other is JSON Lines (one case a line, lines holding only white
     * space skipped), or a single case spread over several lines. Each case, valid or invalid, is
     * one element of the stream, in order. Broken JSON in an array, or a value in it beyond a limit,
     * ends the stream with an invalid case saying where; a broken line of JSON Lines spoils that
     * line only.
     *
     * @param json the cases, in UTF-8; read lazily as the stream is consumed, and not closed
     * @return the cases, in order
     * @throws UncheckedIOException while the stream is consumed, if {@code json} cannot be read
     */
    public static Stream<Case> readAll(InputStream json) {
        Objects.requireNonNull(json, "json must not be null");
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new ManyCases(json),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /**
     * Reads one line of JSON Lines: positions in messages are told as columns.
     *
     * @param line the line's bytes, in UTF-8, without its line end
     * @return the case, valid or invalid
     */
    public static Case readLine(byte[] line) {
        return read(line, Kind.LINE, new Position(1, 1));
    }

    /**
     * Reads one case cut from a longer text, such as an element of an array: positions in
     * messages are told in that text.
     *
     * @param json the case's bytes, in UTF-8
     * @param line the 1-based line of the text where they start
     * @param column the 1-based column (in bytes) of the text where they start
     * @return the case, valid or invalid
     */
    public static Case readAt(byte[] json, int line, int column) {
        return read(json, Kind.CUT, new Position(line, column));
    }

    /**
     * The invalid case of a case longer than {@link #MAX_CASE_BYTES}, not read.
     *
     * @param aLine the case is a line of JSON Lines
     * @param line the 1-based line of its text where it starts
     * @param column the 1-based column (in bytes) of its text where it starts
     * @return the invalid case, its error saying the limit and (unless a line) where
     */
    public static Case.Invalid tooLong(boolean aLine, int line, int column) {
        return tooLong(aLine ? Kind.LINE : Kind.CUT, new Position(line, column));
    }

    /** What a case was read from: the positions and words of its messages follow. */
    private enum Kind {
        /** A text holding one case. */
        TEXT("the case", "the text must hold one JSON value"),
        /** A line of JSON Lines. */
        LINE("the line", "a line must hold one JSON value"),
        /** A case cut from a longer text. */
        CUT("the case", "a case must be one JSON value");

        private final String what;
        private final String oneValue;

        Kind(String what, String oneValue) {
            this.what = what;
            this.oneValue = oneValue;
        }

        /** {@code at column 22} on a line of JSON Lines, {@code at line 3, column 22} elsewhere. */
        String where(Position at) {
            return this == LINE ? "at column " + at.column() : "at line " + at.line() + ", column " + at.column();
        }
    }

    private static Case.Invalid tooLong(Kind kind, Position at) {
        String what = kind == Kind.LINE ? "a line" : "a case";
        String where = kind == Kind.LINE ? "" : " " + kind.where(at);
        return new Case.Invalid(Optional.empty(), CaseError.ofCase(what + " must be at most " + MAX_CASE_BYTES
                + " bytes (1 MiB), was longer" + where));
    }

    private static Case read(byte[] bytes, Kind kind, Position start) {
        if (bytes.length > MAX_CASE_BYTES) {
            return tooLong(kind, start);
        }
        Optional<Case> notUtf8 = notUtf8(bytes, kind, start);
        if (notUtf8.isPresent()) {
            return notUtf8.get();
        }
        try (JsonParser quick = Json.FACTORY.createParser(bytes)) {
            Case.Valid sound = SoundCase.read(quick);
            if (sound != null) {
                return sound;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading bytes already in memory cannot fail", e);
        }
        // Something is wrong with it: read it again to say what, and where.
        try (JsonParser parser = Json.FACTORY.createParser(bytes)) {
            return read(parser, bytes, kind, start);
        } catch (IOException e) {
            throw new UncheckedIOException("reading bytes already in memory cannot fail", e);
        }
    }

    private static Case read(JsonParser parser, byte[] bytes, Kind kind, Position start) throws IOException {
        try {
            TreeReader.Value value = TreeReader.readNext(parser);
            if (hasMore(parser)) {
                return new Case.Invalid(CaseParser.idOf(value.node()), CaseError.ofCase(kind.oneValue + ", found more "
                        + kind.where(start.plus(parser.currentTokenLocation()))));
            }
            if (value.duplicate().isPresent()) {
                return new Case.Invalid(CaseParser.idOf(value.node()), CaseError.inField(value.duplicate().get(),
                        "must be given only once, was given more than once"));
            }
            return CaseParser.parse(value.node());
        } catch (TreeReader.LimitExceeded e) {
            return new Case.Invalid(e.id(), limitError(e, bytes, start, kind));
        } catch (JsonProcessingException e) {
            return broken(kind, start.plus(Json.location(e, parser)), Json.problem(e));
        }
    }

    private static Case broken(Kind kind, Position at, String problem) {
        CaseError error = new CaseError(Optional.empty(), kind.what + " is not valid JSON " + kind.where(at) + ": " + problem,
                Optional.of(new CaseError.BrokenJson(at.line(), at.column(), problem)));
        return new Case.Invalid(Optional.empty(), error);
    }

    // Jackson takes zero bytes or a UTF-16 byte-order mark at the start for UTF-16 or UTF-32 and
    // decodes accordingly; a case is UTF-8 (RFC 8259, 8.1), where neither can ever stand.
    private static Optional<Case> notUtf8(byte[] bytes, Kind kind, Position start) {
        for (int i = 0; i < Math.min(bytes.length, 4); i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0x00 || b == 0xFE || b == 0xFF) {
                return Optional.of(broken(kind, start.plus(bytes, i), String.format(
                        "the byte 0x%02X cannot stand in JSON; a case must be UTF-8, not UTF-16 or UTF-32", b)));
            }
        }
        return Optional.empty();
    }

    // Something after the value: more JSON, even JSON beyond a limit; broken JSON is broken.
    private static boolean hasMore(JsonParser parser) throws IOException {
        try {
            return parser.nextToken() != null;
        } catch (StreamConstraintsException e) {
            return true;
        }
    }

    // daysSinceBreakup must be an integer from 0 to 36500, was 12345678901234567890… (a number of more than 100 digits) at column 22
    private static CaseError limitError(TreeReader.LimitExceeded e, byte[] bytes, Position start, Kind kind) {
        Json.Limit limit = e.limit();
        int offset = (int) Math.min(e.offset(), bytes.length);
        String digits = "";
        if (limit == Json.Limit.NUMBER && offset > 0) {
            int end = offset;
            while (offset > 0 && isPartOfNumber(bytes[offset - 1])) {
                offset--;
            }
            digits = new String(bytes, offset, Math.min(end - offset, SHOWN_DIGITS), StandardCharsets.US_ASCII) + "… ";
        } else if (limit == Json.Limit.NAME && offset > 0) {
            offset = openingQuote(bytes, offset - 1);
        }
        Position at = offset >= 0 ? start.plus(bytes, offset) : start;
        String where = kind.where(at);
        if (e.field().isEmpty()) {
            return CaseError.ofCase(limit.rule() + ", was " + (digits.isEmpty() ? limit.excess() : digits.strip()) + " " + where);
        }
        String field = e.field().get();
        String found = digits.isEmpty() ? limit.found() : digits + "(" + limit.found() + ")";
        Optional<String> rule = CaseParser.rule(field);
        String message = rule.isPresent() ? rule.get() + ", was " + found + " " + where
                : "is not a known field" + Suggestions.didYouMean(field, CaseParser.FIELDS) + ", and its value was " + found + " " + where;
        return CaseError.inField(field, message);
    }

    // Jackson stops just past a name too long: back from its closing quote to the quote that opens it.
    private static int openingQuote(byte[] bytes, int closing) {
        for (int i = closing - 1; i >= 0; i--) {
            if (bytes[i] == '"' && !isEscaped(bytes, i)) {
                return i;
            }
        }
        return closing;
    }

    private static boolean isEscaped(byte[] bytes, int at) {
        int backslashes = 0;
        for (int i = at - 1; i >= 0 && bytes[i] == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static boolean isPartOfNumber(byte b) {
        return (b >= '0' && b <= '9') || b == '-' || b == '+' || b == '.' || b == 'e' || b == 'E';
    }
}
