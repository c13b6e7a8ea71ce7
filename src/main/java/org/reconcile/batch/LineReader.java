package org.reconcile.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads physical lines of bytes, ended by {@code \n} or {@code \r\n}. A line longer than
 * {@link Json#MAX_CASE_BYTES} is read past without being held in memory.
 */
final class LineReader {
    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private int number;
    private byte[] line = new byte[1024];
    private int length;

    LineReader(InputStream in) {
        this.in = in;
    }

    /**
     * One line.
     *
     * @param number its 1-based number in the input
     * @param bytes its content without the line end; empty when it is too long
     * @param blank it holds nothing but white space
     * @param tooLong it is longer than {@link Json#MAX_CASE_BYTES}
     */
    record Line(int number, byte[] bytes, boolean blank, boolean tooLong) {
    }

    /** The next line, or {@code null} at the end of the input. */
    Line next() throws IOException {
        length = 0;
        boolean blank = true;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                return any ? finish(blank, tooLong) : null;
            }
            any = true;
            int end = indexOfNewline();
            int stop = end < 0 ? limit : end;
            blank = blank && isWhiteSpace(position, stop);
            tooLong |= !append(position, stop);
            position = end < 0 ? limit : end + 1;
            if (end >= 0) {
                return finish(blank, tooLong);
            }
        }
    }

    private Line finish(boolean blank, boolean tooLong) {
        number++;
        if (tooLong) {
            return new Line(number, new byte[0], blank, !blank);
        }
        int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        return new Line(number, Arrays.copyOf(line, end), blank, false);
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer);
        while (read == 0) {
            read = in.read(buffer);
        }
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private boolean isWhiteSpace(int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = buffer[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    // Appends buffer[from, to) to the line; false once the line is too long (its content is then dropped).
    private boolean append(int from, int to) {
        int count = to - from;
        if (length < 0 || length + count > Json.MAX_CASE_BYTES + 1) {
            length = -1;
            return false;
        }
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
        }
        System.arraycopy(buffer, from, line, length, count);
        length += count;
        return true;
    }
}
