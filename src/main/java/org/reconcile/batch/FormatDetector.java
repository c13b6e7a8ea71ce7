package org.reconcile.batch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * Tells an array, JSON Lines and a single object apart from the start of an input, reading no
 * more than it must, so that standard input can still be streamed.
 *
 * <p>After an optional UTF-8 byte-order mark and white space: {@code [} starts an array. Otherwise,
 * if the first non-blank line is one complete JSON value, the input is JSON Lines; if it is not,
 * but the next non-blank line starts with <code>{</code>, it is JSON Lines whose first line is broken;
 * anything else is one object spread over several lines.
 */
final class FormatDetector {
    private static final int CHUNK = 64 * 1024;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final InputStream in;
    private byte[] peeked = new byte[CHUNK];
    private int length;
    private boolean ended;

    private FormatDetector(InputStream in) {
        this.in = in;
    }

    /**
     * An input's format, and the input itself to read from its start, without the byte-order mark.
     *
     * @param format how the cases are laid out
     * @param content the whole input, the bytes read to detect the format included
     */
    record Detected(InputFormat format, InputStream content) {
    }

    /** Reads the start of {@code in} to tell its format. */
    static Detected detect(InputStream in) throws IOException {
        FormatDetector detector = new FormatDetector(in);
        InputFormat format = detector.format();
        int start = detector.contentStart();
        InputStream replay = new ByteArrayInputStream(detector.peeked, start, detector.length - start);
        return new Detected(format, new SequenceInputStream(replay, in));
    }

    private InputFormat format() throws IOException {
        int first = skipWhiteSpace(contentStart());
        if (first == -1) {
            return InputFormat.EMPTY;
        }
        if (first == -2) {
            return InputFormat.JSON_LINES;
        }
        if (at(first) == '[') {
            return InputFormat.ARRAY;
        }
        int lineStart = Math.max(lastNewlineBefore(first) + 1, contentStart());
        int lineEnd = endOfLine(first, lineStart);
        if (lineEnd < 0 || isOneValue(lineStart, lineEnd)) {
            return InputFormat.JSON_LINES;
        }
        int next = skipWhiteSpace(lineEnd);
        return next >= 0 && at(next) == '{' ? InputFormat.JSON_LINES : InputFormat.SINGLE;
    }

    // The position of the first byte that is not JSON white space, or -1 at the end of the input,
    // or -2 when there is too much white space to look through.
    private int skipWhiteSpace(int from) throws IOException {
        int i = from;
        while (available(i)) {
            if (!isWhiteSpace(at(i))) {
                return i;
            }
            if (i - from > Json.MAX_CASE_BYTES) {
                return -2;
            }
            i++;
        }
        return -1;
    }

    private int lastNewlineBefore(int position) {
        for (int i = position - 1; i >= 0; i--) {
            if (peeked[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    // The position just past the line's last byte, or -1 when the line is too long to be a case.
    private int endOfLine(int from, int lineStart) throws IOException {
        int i = from;
        while (available(i) && at(i) != '\n') {
            if (i - lineStart > Json.MAX_CASE_BYTES) {
                return -1;
            }
            i++;
        }
        return i;
    }

    private boolean isOneValue(int from, int to) {
        try (JsonParser parser = Json.FACTORY.createParser(peeked, from, to - from)) {
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

    // Where the content starts: past the byte-order mark, if there is one.
    private int contentStart() throws IOException {
        available(BOM.length - 1);
        boolean bom = length >= BOM.length && Arrays.equals(peeked, 0, BOM.length, BOM, 0, BOM.length);
        return bom ? BOM.length : 0;
    }

    private int at(int position) {
        return peeked[position] & 0xFF;
    }

    // True if the byte at `position` has been read or could be; reads more as needed. A read returns
    // what is there, so a slow producer on standard input is not waited for beyond its first lines.
    private boolean available(int position) throws IOException {
        while (position >= length && !ended) {
            if (length == peeked.length) {
                peeked = Arrays.copyOf(peeked, peeked.length * 2);
            }
            int read = in.read(peeked, length, peeked.length - length);
            if (read < 0) {
                ended = true;
            } else {
                length += read;
            }
        }
        return position < length;
    }

    private static boolean isWhiteSpace(int b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }
}
