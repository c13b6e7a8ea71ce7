package org.reconcile.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a JSON text into values without parsing them: where a value starts and ends follows from
 * its brackets and strings alone. So a case beyond a limit, even one too long to hold, is passed
 * over and the next case of the array is still found; memory holds at most one case of
 * {@link Json#MAX_CASE_BYTES}. Whether a value is sound JSON is for {@link CaseReader} to say.
 *
 * <p>Structural bytes ({@code " \ [ ] { } ,} and white space) are ASCII and never part of a
 * multi-byte UTF-8 character, so bytes are enough.
 */
final class ValueScanner {
    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private boolean ended;
    private int line = 1;
    private int column = 1;
    private byte[] value = new byte[1024];
    private int length;

    ValueScanner(InputStream in) {
        this.in = in;
    }

    /**
     * One value as cut from the input.
     *
     * @param start where it starts
     * @param bytes its bytes, valid up to {@code length}; overwritten by the next value
     * @param length how many bytes it has, or -1 when it is longer than {@link Json#MAX_CASE_BYTES}
     */
    record Cut(CaseReader.Position start, byte[] bytes, int length) {
        boolean tooLong() {
            return length < 0;
        }
    }

    /** Where the next byte is. */
    CaseReader.Position position() {
        return new CaseReader.Position(line, column);
    }

    /** Passes over white space; the next byte, not taken, or -1 at the end of the input. */
    int skipWhiteSpace() throws IOException {
        int b = peek();
        while (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
            take();
            b = peek();
        }
        return b;
    }

    /** Takes the next byte. */
    void take() throws IOException {
        if (peek() < 0) {
            return;
        }
        if (buffer[position] == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        position++;
    }

    /**
     * The value that starts at the next byte: an object or array to its closing bracket, a string
     * to its closing quote, anything else up to the next white space or structural byte. Empty if
     * the next byte cannot start a value; cut short at the end of the input.
     */
    Cut value() throws IOException {
        CaseReader.Position start = position();
        length = 0;
        int first = peek();
        if (first == '{' || first == '[') {
            container();
        } else if (first == '"') {
            append(first);
            string();
        } else {
            scalar();
        }
        return new Cut(start, value, length);
    }

    private void container() throws IOException {
        int depth = 0;
        for (int b = append(peek()); b >= 0; b = append(peek())) {
            if (b == '"') {
                string();
            } else if (b == '{' || b == '[') {
                depth++;
            } else if ((b == '}' || b == ']') && --depth == 0) {
                return;
            }
        }
    }

    // Called with the opening quote taken.
    private void string() throws IOException {
        boolean escaped = false;
        for (int b = append(peek()); b >= 0; b = append(peek())) {
            if (escaped) {
                escaped = false;
            } else if (b == '\\') {
                escaped = true;
            } else if (b == '"') {
                return;
            }
        }
    }

    private void scalar() throws IOException {
        for (int b = peek(); b >= 0 && !endsAScalar(b); b = peek()) {
            append(b);
        }
    }

    private static boolean endsAScalar(int b) {
        return switch (b) {
            case ' ', '\t', '\r', '\n', ',', ':', '[', ']', '{', '}', '"' -> true;
            default -> false;
        };
    }

    // Takes b (the next byte, or -1 at the end) and keeps it while the value fits; returns b.
    private int append(int b) throws IOException {
        if (b < 0) {
            return b;
        }
        take();
        if (length >= 0) {
            if (length == Json.MAX_CASE_BYTES) {
                length = -1;
            } else {
                if (length == value.length) {
                    value = Arrays.copyOf(value, Math.min(value.length * 2, Json.MAX_CASE_BYTES));
                }
                value[length++] = (byte) b;
            }
        }
        return b;
    }

    private int peek() throws IOException {
        while (position == limit && !ended) {
            int read = in.read(buffer);
            if (read < 0) {
                ended = true;
            } else {
                position = 0;
                limit = read;
            }
        }
        return position < limit ? buffer[position] & 0xFF : -1;
    }
}
