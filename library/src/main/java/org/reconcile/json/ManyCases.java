package org.reconcile.json;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The cases of an input, one at a time: a JSON array of cases, JSON Lines, or one case over
 * several lines; see {@link CaseJson#readAll(InputStream)}.
 */
final class ManyCases implements Iterator<Case> {
    private final BufferedInputStream in;
    private Mode mode;
    private JsonParser array;
    private int lineNumber;
    private Case next;
    private boolean done;

    private enum Mode { ARRAY, LINES }

    ManyCases(InputStream in) {
        this.in = new BufferedInputStream(in, 1 << 16);
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            try {
                next = read();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the cases: " + e.getMessage(), e);
            }
            done = next == null;
        }
        return next != null;
    }

    @Override
    public Case next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more cases");
        }
        Case result = next;
        next = null;
        return result;
    }

    private Case read() throws IOException {
        if (mode == null) {
            mode = startsWithBracket() ? Mode.ARRAY : Mode.LINES;
            if (mode == Mode.ARRAY) {
                array = Json.FACTORY.createParser(in);
                array.nextToken();
            }
        }
        return mode == Mode.ARRAY ? nextElement() : nextLine();
    }

    private boolean startsWithBracket() throws IOException {
        in.mark(Json.MAX_CASE_BYTES);
        int b = in.read();
        while (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
            b = in.read();
        }
        in.reset();
        return b == '[';
    }

    // One element of the array; null after its end. Broken JSON or a limit passed ends the array.
    private Case nextElement() throws IOException {
        if (array == null) {
            return null;
        }
        try {
            JsonToken token = array.nextToken();
            if (token == JsonToken.END_ARRAY || token == null) {
                return end(null);
            }
            long start = array.currentTokenLocation().getByteOffset();
            TreeReader.Value value = TreeReader.readCurrent(array);
            long length = array.currentLocation().getByteOffset() - start;
            if (length > Json.MAX_CASE_BYTES) {
                return CaseJson.tooLong(false, array.currentTokenLocation().getLineNr(), 1);
            }
            if (value.duplicate().isPresent()) {
                return new Case.Invalid(CaseParser.idOf(value.node()), CaseError.inField(value.duplicate().get(),
                        "must be given only once, was given more than once"));
            }
            return CaseParser.parse(value.node());
        } catch (TreeReader.LimitExceeded e) {
            return end(new Case.Invalid(e.id(), e.field().map(field -> CaseError.inField(field, e.limit().rule() + ", was "
                    + e.limit().found() + " " + where())).orElseGet(() -> CaseError.ofCase(e.limit().rule() + ", was "
                    + e.limit().excess() + " " + where()))));
        } catch (JsonProcessingException e) {
            String problem = Json.problem(e);
            int line = Math.max(Json.location(e, array).getLineNr(), 1);
            int column = Math.max(Json.location(e, array).getColumnNr(), 1);
            return end(new Case.Invalid(Optional.empty(), new CaseError(Optional.empty(), "the array is not valid JSON at line "
                    + line + ", column " + column + ": " + problem, Optional.of(new CaseError.BrokenJson(line, column, problem)))));
        }
    }

    private String where() {
        return "at line " + array.currentLocation().getLineNr() + ", column " + array.currentLocation().getColumnNr();
    }

    private Case end(Case last) throws IOException {
        array.close();
        array = null;
        return last;
    }

    // The next line that is not blank, as a case; null at the end of the input.
    private Case nextLine() throws IOException {
        while (true) {
            Line line = readLine();
            if (line == null) {
                return null;
            }
            lineNumber++;
            if (line.tooLong) {
                return CaseJson.tooLong(true, lineNumber, 1);
            }
            if (line.bytes.length == 0 || new String(line.bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
                continue;
            }
            Case read = CaseJson.readLine(line.bytes);
            if (lineNumber == 1 && startsAnUnfinishedObject(read, line.bytes)) {
                return oneCaseOverLines(line.bytes);
            }
            return read;
        }
    }

    // A case printed over several lines: the first line is an object that the end of the line cuts off.
    private static boolean startsAnUnfinishedObject(Case read, byte[] line) {
        return !read.isValid() && line[firstNonBlank(line)] == '{'
                && read.invalidError().flatMap(CaseError::brokenJson).map(b -> b.problem().startsWith("Unexpected end-of-input")).orElse(false);
    }

    private static int firstNonBlank(byte[] line) {
        int i = 0;
        while (i < line.length - 1 && (line[i] == ' ' || line[i] == '\t')) {
            i++;
        }
        return i;
    }

    private Case oneCaseOverLines(byte[] firstLine) throws IOException {
        byte[] head = new byte[firstLine.length + 1];
        System.arraycopy(firstLine, 0, head, 0, firstLine.length);
        head[firstLine.length] = '\n';
        mode = Mode.ARRAY; // nothing follows the one case: the next call ends the stream
        array = null;
        return CaseJson.read(new SequenceInputStream(new ByteArrayInputStream(head), in));
    }

    /** A line without its line end; {@code tooLong} if it held more than a case may. */
    private record Line(byte[] bytes, boolean tooLong) {
    }

    private Line readLine() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        int b = in.read();
        if (b < 0) {
            return null;
        }
        boolean tooLong = false;
        while (b >= 0 && b != '\n') {
            if (bytes.size() <= Json.MAX_CASE_BYTES) {
                bytes.write(b);
            } else {
                tooLong = true;
            }
            b = in.read();
        }
        byte[] line = bytes.toByteArray();
        if (line.length > 0 && line[line.length - 1] == '\r') {
            line = java.util.Arrays.copyOf(line, line.length - 1);
        }
        return new Line(line, tooLong || line.length > Json.MAX_CASE_BYTES);
    }
}
