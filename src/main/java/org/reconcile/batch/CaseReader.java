package org.reconcile.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * Reads one case from its bytes, a line of JSON Lines or one value of an array, within the limits
 * of {@link Json}. A case beyond a limit is invalid, and says which limit, in which field, where.
 */
final class CaseReader {
    private static final int SHOWN_DIGITS = 20;

    private CaseReader() {
    }

    /** What reading one case gave: a tree, an invalid case, or JSON too broken to read. */
    sealed interface Read permits Tree, Invalid, Broken {
    }

    /** The case as a tree, to be checked by {@link CaseParser}. */
    record Tree(TreeReader.Value value) implements Read {
    }

    /** The JSON is sound, but the case cannot be taken: a limit, or more than one value on a line. */
    record Invalid(Optional<String> id, CaseError error) implements Read {
    }

    /** The JSON is broken: what is wrong, and where. */
    record Broken(Position at, String problem) implements Read {
    }

    /**
     * A place in an input.
     *
     * @param line the 1-based line
     * @param column the 1-based column, counted in bytes
     */
    record Position(int line, int column) {
        /** Where {@code at}, which Jackson counts from this position, is in the input. */
        Position plus(JsonLocation at) {
            int atLine = Math.max(at.getLineNr(), 1);
            int atColumn = Math.max(at.getColumnNr(), 1);
            return atLine == 1 ? new Position(line, column + atColumn - 1) : new Position(line + atLine - 1, atColumn);
        }

        /** Where the byte at {@code offset} of {@code bytes}, which start at this position, is. */
        Position plus(byte[] bytes, int offset) {
            int newlines = 0;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    newlines++;
                    lineStart = i + 1;
                }
            }
            return newlines == 0 ? new Position(line, column + offset) : new Position(line + newlines, offset - lineStart + 1);
        }
    }

    /**
     * Reads the case held by the first {@code length} bytes of {@code bytes}, which start at
     * {@code start} of the input; {@code aLine} says they are a line of JSON Lines, whose
     * positions are told as columns only.
     */
    static Read read(byte[] bytes, int length, Position start, boolean aLine) {
        Optional<Broken> notUtf8 = notUtf8(bytes, length, start);
        if (notUtf8.isPresent()) {
            return notUtf8.get();
        }
        try (JsonParser parser = Json.FACTORY.createParser(bytes, 0, length)) {
            return read(parser, bytes, start, aLine);
        } catch (IOException e) {
            throw new IllegalStateException("reading bytes already in memory cannot fail", e);
        }
    }

    private static Read read(JsonParser parser, byte[] bytes, Position start, boolean aLine) throws IOException {
        try {
            TreeReader.Value value = TreeReader.readNext(parser);
            if (hasMore(parser)) {
                Optional<String> id = CaseParser.idOf(value.node());
                return new Invalid(id, new CaseError(null, "a line must hold one JSON value, found more "
                        + where(start.plus(parser.currentTokenLocation()), aLine)));
            }
            return new Tree(value);
        } catch (TreeReader.LimitExceeded e) {
            return new Invalid(e.id(), limitError(e, bytes, start, aLine));
        } catch (JsonProcessingException e) {
            return new Broken(start.plus(Json.location(e, parser)), Json.problem(e));
        }
    }

    // Jackson takes zero bytes or a UTF-16 byte-order mark at the start for UTF-16 or UTF-32 and
    // decodes accordingly; a case is UTF-8 (RFC 8259, 8.1), where neither can ever stand.
    private static Optional<Broken> notUtf8(byte[] bytes, int length, Position start) {
        for (int i = 0; i < Math.min(length, 4); i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0x00 || b == 0xFE || b == 0xFF) {
                return Optional.of(new Broken(start.plus(bytes, i), String.format(
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
    private static CaseError limitError(TreeReader.LimitExceeded e, byte[] bytes, Position start, boolean aLine) {
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
        String where = where(at, aLine);
        if (e.field().isEmpty()) {
            return new CaseError(null, limit.rule() + ", was " + (digits.isEmpty() ? limit.excess() : digits.strip()) + " " + where);
        }
        String field = e.field().get();
        String found = digits.isEmpty() ? limit.found() : digits + "(" + limit.found() + ")";
        Optional<String> rule = CaseParser.rule(field);
        String message = rule.isPresent() ? rule.get() + ", was " + found + " " + where
                : "is not a known field" + Suggestions.didYouMean(field, CaseParser.FIELDS) + ", and its value was " + found + " " + where;
        return new CaseError(field, message);
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

    /** {@code at column 22} on a line of JSON Lines, {@code at line 3, column 22} elsewhere. */
    static String where(Position at, boolean aLine) {
        return aLine ? "at column " + at.column() : "at line " + at.line() + ", column " + at.column();
    }
}
