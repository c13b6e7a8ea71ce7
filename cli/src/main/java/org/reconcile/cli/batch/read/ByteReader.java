package org.reconcile.cli.batch.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The one reader of an input's bytes: it knows the line and column of the next byte, can go back
 * to a mark (to look ahead), and can keep the bytes it takes (to cut a case), up to a limit past
 * which they are dropped. Modelled on jsoup's {@code CharacterReader}.
 */
final class ByteReader {
    private static final int CHUNK = 64 * 1024;

    /** Called before a read that may have to wait for its input. */
    @FunctionalInterface
    interface Waiting {
        void beforeWaiting() throws IOException;
    }

    private final InputStream in;
    private Waiting waiting = () -> { };
    private byte[] buffer = new byte[CHUNK];
    private int position;
    private int limit;
    private boolean ended;
    private int line = 1;
    private int column = 1;
    private int mark = -1;
    private int markLine;
    private int markColumn;
    private byte[] kept = new byte[1024];
    private int keptLength = -1; // -1: not keeping
    private int keepAtMost;
    private boolean keptTooMany;

    ByteReader(InputStream in) {
        this.in = in;
    }

    void onWaiting(Waiting waiting) {
        this.waiting = waiting;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    /** The next byte, not taken, or -1 at the end of the input. */
    int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position] & 0xFF;
    }

    /** Takes the next byte, if there is one, keeping it if bytes are being kept. */
    void take() throws IOException {
        int b = peek();
        if (b < 0) {
            return;
        }
        if (b == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        position++;
        if (keptLength >= 0) {
            keep((byte) b);
        }
    }

    /** Takes white space; the next byte, not taken, or -1 at the end of the input. */
    int skipWhiteSpace() throws IOException {
        int b = peek();
        while (isWhiteSpace(b)) {
            take();
            b = peek();
        }
        return b;
    }

    /** Takes a UTF-8 byte-order mark, if the input starts with one; it takes no column. */
    void skipByteOrderMark() throws IOException {
        mark();
        boolean bom = peek() == 0xEF && takeAndPeek() == 0xBB && takeAndPeek() == 0xBF;
        if (bom) {
            take();
            unmark();
            column = 1;
        } else {
            rewind();
        }
    }

    private int takeAndPeek() throws IOException {
        take();
        return peek();
    }

    /** Remembers where the reader is, to come back with {@link #rewind()}: the bytes from here on stay in memory. */
    void mark() {
        mark = position;
        markLine = line;
        markColumn = column;
    }

    /** Goes back to the mark, and forgets it. */
    void rewind() {
        position = mark;
        line = markLine;
        column = markColumn;
        mark = -1;
    }

    void unmark() {
        mark = -1;
    }

    /** Starts keeping the bytes taken, at most {@code most} of them. */
    void startKeeping(int most) {
        keptLength = 0;
        keepAtMost = most;
        keptTooMany = false;
    }

    /** The bytes taken since {@link #startKeeping}, or {@code null} if there were more than it allowed. */
    byte[] stopKeeping() {
        byte[] result = keptTooMany ? null : Arrays.copyOf(kept, keptLength);
        keptLength = -1;
        return result;
    }

    private void keep(byte b) {
        if (keptTooMany) {
            return;
        }
        if (keptLength == keepAtMost) {
            keptTooMany = true;
            return;
        }
        if (keptLength == kept.length) {
            kept = Arrays.copyOf(kept, Math.min(kept.length * 2, Math.max(keepAtMost, 1)));
        }
        kept[keptLength++] = b;
    }

    // Reads more; what is read returns at once, so a slow producer on standard input is not waited for.
    private boolean fill() throws IOException {
        if (ended) {
            return false;
        }
        if (mark < 0) {
            position = 0;
            limit = 0;
        } else if (limit == buffer.length) {
            makeRoom();
        }
        if (in.available() <= 0) {
            waiting.beforeWaiting();
        }
        int read = 0;
        while (read == 0) {
            read = in.read(buffer, limit, buffer.length - limit);
        }
        if (read < 0) {
            ended = true;
            return false;
        }
        limit += read;
        return true;
    }

    // Keeps the bytes from the mark on, at the start of the buffer, which grows if they fill it.
    private void makeRoom() {
        int kept = limit - mark;
        byte[] target = kept > buffer.length / 2 ? new byte[buffer.length * 2] : buffer;
        System.arraycopy(buffer, mark, target, 0, kept);
        buffer = target;
        position -= mark;
        limit = kept;
        mark = 0;
    }

    static boolean isWhiteSpace(int b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }
}
