package org.reconcile.cli.batch.read;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.reconcile.json.CaseJson;

/**
 * Cuts the inputs of a run into {@link RawCase}s, numbered from 1 across them all, without
 * parsing them: whether a case is sound JSON is for {@link RawCase#parse()} to say, on the
 * workers. Each input's format is told from its content, on its own:
 *
 * <ul>
 * <li>after an optional UTF-8 byte-order mark and white space, {@code [} starts an array, read
 *     one element at a time (never whole): where an element ends follows from its brackets and
 *     strings alone, so a case beyond a limit is passed over and the next is still found;
 * <li>otherwise, if the first non-blank line is one complete JSON value, or is not but the next
 *     non-blank line starts with <code>{</code>, the input is JSON Lines: each non-blank line is a
 *     case, ended by {@code \n} or {@code \r\n};
 * <li>anything else is one case spread over several lines.
 * </ul>
 *
 * <p>Structural bytes ({@code " \ [ ] { } ,} and white space) are ASCII and never part of a
 * multi-byte UTF-8 character, so bytes are enough. A wrong bracket or comma between cases stops
 * reading with its {@code file:line:column}.
 */
public final class InputReader {
    private static final JsonFactory PLAIN_JSON = new JsonFactory();

    private final List<Input> inputs;
    private ByteReader first;
    private InputFormat firstFormat;
    private long index;

    /** Takes the cases as they are cut, in input order. */
    public interface Handler {
        /** One case. */
        void accept(RawCase raw) throws IOException;

        /** Reading is about to wait for more input: a good time to pass on what was cut. */
        void waiting() throws IOException;
    }

    /** A reader of {@code inputs}, in order; nothing is read until asked. */
    public InputReader(List<Input> inputs) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("there must be at least one input, was none");
        }
        this.inputs = List.copyOf(inputs);
    }

    /** Opens the first input and tells its format, reading no more of it than it must. */
    public InputFormat firstFormat() throws ReadFailure {
        if (firstFormat == null) {
            first = open(inputs.get(0));
            firstFormat = detect(inputs.get(0), first);
        }
        return firstFormat;
    }

    /** Cuts every case of every input, in order, handing each to {@code handler}. */
    public void read(Handler handler) throws ReadFailure, IOException {
        firstFormat();
        for (int i = 0; i < inputs.size(); i++) {
            Input input = inputs.get(i);
            ByteReader reader = i == 0 ? first : open(input);
            InputFormat format = i == 0 ? firstFormat : detect(input, reader);
            reader.onWaiting(handler::waiting);
            try {
                switch (format) {
                    case ARRAY -> readArray(input.name(), reader, handler);
                    case SINGLE -> readSingle(input.name(), reader, handler);
                    case JSON_LINES -> readLines(input.name(), reader, handler);
                    case EMPTY -> { }
                }
            } catch (InterruptedIOException e) {
                throw e;
            } catch (IOException e) {
                throw cannotRead(input, e);
            }
        }
    }

    private static ByteReader open(Input input) throws ReadFailure {
        try {
            return new ByteReader(input.opener().open());
        } catch (IOException e) {
            throw cannotRead(input, e);
        }
    }

    private static InputFormat detect(Input input, ByteReader reader) throws ReadFailure {
        try {
            reader.skipByteOrderMark();
            reader.mark();
            InputFormat format = detect(reader);
            reader.rewind();
            return format;
        } catch (IOException e) {
            throw cannotRead(input, e);
        }
    }

    // Reads no further than the first non-blank line and the start of the next.
    private static InputFormat detect(ByteReader reader) throws IOException {
        int first = skipBlank(reader);
        if (first == -1) {
            return InputFormat.EMPTY;
        }
        if (first == -2) {
            return InputFormat.JSON_LINES;
        }
        if (first == '[') {
            return InputFormat.ARRAY;
        }
        byte[] line = takeLine(reader);
        if (line == null || isOneValue(line)) {
            return InputFormat.JSON_LINES;
        }
        return skipBlank(reader) == '{' ? InputFormat.JSON_LINES : InputFormat.SINGLE;
    }

    // The next byte that is not white space, or -1 at the end of the input, or -2 when there is too much white space to look through.
    private static int skipBlank(ByteReader reader) throws IOException {
        for (int skipped = 0; ByteReader.isWhiteSpace(reader.peek()); skipped++) {
            if (skipped > CaseJson.MAX_CASE_BYTES) {
                return -2;
            }
            reader.take();
        }
        return reader.peek();
    }

    private static boolean isOneValue(byte[] line) {
        try (JsonParser parser = PLAIN_JSON.createParser(line)) {
            parser.nextToken();
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (StreamConstraintsException e) {
            // Too deep or too long to read, but a line of its own: JSON Lines, where it is an invalid case.
            return true;
        } catch (JsonProcessingException e) {
            return false;
        } catch (IOException e) {
            throw new IllegalStateException("reading bytes already in memory cannot fail", e);
        }
    }

    // The rest of the line, without its line end; null when it is longer than a case may be, and
    // then no more of it is read (it is read under a mark, so all it takes stays in memory).
    private static byte[] takeLine(ByteReader reader) throws IOException {
        reader.startKeeping(CaseJson.MAX_CASE_BYTES + 1); // one more for a \r
        int taken = 0;
        for (int b = reader.peek(); b >= 0 && b != '\n' && taken <= CaseJson.MAX_CASE_BYTES + 1; b = reader.peek()) {
            reader.take();
            taken++;
        }
        return withoutCarriageReturn(reader.stopKeeping());
    }

    private static byte[] withoutCarriageReturn(byte[] line) {
        if (line != null && line.length > 0 && line[line.length - 1] == '\r') {
            line = Arrays.copyOf(line, line.length - 1);
        }
        return line == null || line.length > CaseJson.MAX_CASE_BYTES ? null : line;
    }

    private void readLines(String name, ByteReader reader, Handler handler) throws IOException {
        while (reader.peek() >= 0) {
            int line = reader.line();
            reader.startKeeping(CaseJson.MAX_CASE_BYTES + 1); // one more for a \r
            boolean blank = true;
            for (int b = reader.peek(); b >= 0 && b != '\n'; b = reader.peek()) {
                blank &= b == ' ' || b == '\t' || b == '\r';
                reader.take();
            }
            byte[] bytes = withoutCarriageReturn(reader.stopKeeping());
            reader.take();
            if (!blank) {
                RawCase.Where where = new RawCase.Where(name, line, 1, true);
                handler.accept(bytes == null ? new RawCase(++index, where, new byte[0], true) : new RawCase(++index, where, bytes, false));
            }
        }
    }

    private void readArray(String name, ByteReader reader, Handler handler) throws ReadFailure, IOException {
        reader.skipWhiteSpace();
        reader.take(); // the [ the format was told by
        if (reader.skipWhiteSpace() == ']') {
            reader.take();
        } else {
            readElements(name, reader, handler);
        }
        requireEnd(name, reader, "the array");
    }

    private void readElements(String name, ByteReader reader, Handler handler) throws ReadFailure, IOException {
        while (true) {
            int next = reader.skipWhiteSpace();
            if (next < 0) {
                throw endOfInput(name, reader);
            }
            if (next == ',' || next == ']') {
                throw broken(name, reader, "expected a case, found " + shown(next));
            }
            handler.accept(cut(name, reader));
            next = reader.skipWhiteSpace();
            if (next == ']') {
                reader.take();
                return;
            }
            if (next < 0) {
                throw endOfInput(name, reader);
            }
            if (next != ',') {
                throw broken(name, reader, "expected , or ] after a case, found " + shown(next));
            }
            reader.take();
        }
    }

    private void readSingle(String name, ByteReader reader, Handler handler) throws ReadFailure, IOException {
        reader.skipWhiteSpace();
        handler.accept(cut(name, reader));
        requireEnd(name, reader, "the case");
    }

    /**
     * The value that starts at the next byte: an object or array to its closing bracket, a string
     * to its closing quote, anything else up to the next white space or structural byte; cut
     * short at the end of the input.
     */
    private RawCase cut(String name, ByteReader reader) throws IOException {
        RawCase.Where where = new RawCase.Where(name, reader.line(), reader.column(), false);
        reader.startKeeping(CaseJson.MAX_CASE_BYTES);
        int first = reader.peek();
        if (first == '{' || first == '[') {
            container(reader);
        } else if (first == '"') {
            reader.take();
            string(reader);
        } else {
            for (int b = reader.peek(); b >= 0 && !endsAScalar(b); b = reader.peek()) {
                reader.take();
            }
        }
        byte[] bytes = reader.stopKeeping();
        return bytes == null ? new RawCase(++index, where, new byte[0], true) : new RawCase(++index, where, bytes, false);
    }

    private static void container(ByteReader reader) throws IOException {
        int depth = 0;
        for (int b = reader.peek(); b >= 0; b = reader.peek()) {
            reader.take();
            if (b == '"') {
                string(reader);
            } else if (b == '{' || b == '[') {
                depth++;
            } else if ((b == '}' || b == ']') && --depth == 0) {
                return;
            }
        }
    }

    // Called with the opening quote taken.
    private static void string(ByteReader reader) throws IOException {
        boolean escaped = false;
        for (int b = reader.peek(); b >= 0; b = reader.peek()) {
            reader.take();
            if (escaped) {
                escaped = false;
            } else if (b == '\\') {
                escaped = true;
            } else if (b == '"') {
                return;
            }
        }
    }

    private static boolean endsAScalar(int b) {
        return switch (b) {
            case ' ', '\t', '\r', '\n', ',', ':', '[', ']', '{', '}', '"' -> true;
            default -> false;
        };
    }

    private static void requireEnd(String name, ByteReader reader, String what) throws IOException, ReadFailure {
        if (reader.skipWhiteSpace() >= 0) {
            throw broken(name, reader, "the input must end after " + what
                    + ", found more; several cases go in a JSON array or one a line (JSON Lines)");
        }
    }

    private static ReadFailure endOfInput(String name, ByteReader reader) {
        return broken(name, reader, "the array must end with ], found the end of the input");
    }

    private static String shown(int b) {
        return b >= 0x21 && b < 0x7F ? String.valueOf((char) b) : String.format("the byte 0x%02X", b);
    }

    private static ReadFailure broken(String name, ByteReader reader, String problem) {
        return ReadFailure.brokenJson(name, reader.line(), reader.column(), problem);
    }

    private static ReadFailure cannotRead(Input input, IOException e) {
        return new ReadFailure("cannot read " + input.name() + ": " + e.getMessage(), e);
    }
}
