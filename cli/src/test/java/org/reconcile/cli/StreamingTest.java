package org.reconcile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * A run reads its input as a stream: while results are written, it is never further ahead of them
 * than the pipeline lets it be, whatever the input's size. A run that read the whole input first
 * would be tens of thousands of cases ahead when the first result comes out.
 *
 * <p>How far ahead it may be, in cases: the queue between the reader and the writer (two chunks of
 * 256 cases a thread), the chunk the reader is queueing and the one the writer is writing, what
 * the reader's input buffer holds (64 KiB of input, read as a file is read, a buffer at a time)
 * and what the output buffer holds (64 KiB of results not yet handed on).
 */
class StreamingTest {
    private static final int CASES = 30_000;
    private static final int THREADS = 2;
    private static final int CHUNK = 256;
    private static final int CHUNKS_QUEUED_PER_THREAD = 2;
    private static final int INPUT_BUFFER = 64 * 1024;
    private static final int OUTPUT_BUFFER = 64 * 1024;

    @Test
    void jsonLinesAreReadOnlyAsFarAheadAsTheQueueAndTheBuffersAllow() {
        CaseStream input = new CaseStream(CASES, false);

        ResultCounter output = run(input);

        assertThat(input.served).as("cases read").isEqualTo(CASES);
        assertThat(output.results).as("results written").isEqualTo(CASES);
        assertThat(output.mostAhead).as("most cases read ahead of the results written").isLessThanOrEqualTo(mostCasesAhead(input, output));
    }

    @Test
    void anArrayIsReadOneElementAtATime() {
        CaseStream input = new CaseStream(CASES, true);

        ResultCounter output = run(input);

        assertThat(input.served).as("cases read").isEqualTo(CASES);
        assertThat(output.results).as("results written").isEqualTo(CASES);
        assertThat(output.mostAhead).as("most cases read ahead of the results written").isLessThanOrEqualTo(mostCasesAhead(input, output));
    }

    // The bound of the class comment, with each buffer full of the smallest cases and results of the run.
    private static long mostCasesAhead(CaseStream input, ResultCounter output) {
        long queued = (long) CHUNKS_QUEUED_PER_THREAD * THREADS * CHUNK;
        long inHand = 2L * CHUNK;
        long inInputBuffer = INPUT_BUFFER / input.smallestCase + 1; // and one cut off at its end
        long inOutputBuffer = OUTPUT_BUFFER / output.smallestResult + 1;
        return queued + inHand + inInputBuffer + inOutputBuffer;
    }

    private static ResultCounter run(CaseStream input) {
        ResultCounter output = new ResultCounter(input);
        int status = Main.run(new String[] {"advise", "--threads", String.valueOf(THREADS), "--format", "jsonl"}, input,
                new PrintStream(output, false, StandardCharsets.UTF_8), new PrintStream(OutputStream.nullOutputStream()));
        assertThat(status).as("exit status").isZero();
        return output;
    }

    /** Cases made up as they are read, as many bytes as asked for, counting the cases begun. */
    private static final class CaseStream extends InputStream {
        private final int cases;
        private final boolean array;
        private byte[] pending;
        private int position;
        private boolean closed;
        volatile int served;
        int smallestCase = Integer.MAX_VALUE;

        CaseStream(int cases, boolean array) {
            this.cases = cases;
            this.array = array;
            this.pending = array ? "[".getBytes(StandardCharsets.UTF_8) : new byte[0];
        }

        @Override
        public int read() {
            if (position == pending.length && !refill()) {
                return -1;
            }
            return pending[position++] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            int n = 0;
            while (n < length && (position < pending.length || refill())) {
                int chunk = Math.min(length - n, pending.length - position);
                System.arraycopy(pending, position, buffer, offset + n, chunk);
                position += chunk;
                n += chunk;
            }
            return n == 0 && length > 0 ? -1 : n;
        }

        private boolean refill() {
            if (closed) {
                return false;
            }
            if (served == cases) {
                closed = true;
                pending = array ? "]\n".getBytes(StandardCharsets.UTF_8) : new byte[0];
                position = 0;
                return pending.length > 0;
            }
            String separator = array ? (served == 0 ? "" : ",") : "";
            String text = separator + "{\"id\": \"c" + (served + 1) + "\", \"daysSinceBreakup\": " + ((served + 1) % 90) + "}"
                    + (array ? "" : "\n");
            pending = text.getBytes(StandardCharsets.UTF_8);
            smallestCase = Math.min(smallestCase, pending.length);
            position = 0;
            served++;
            return true;
        }
    }

    /** Counts results as they are written, noting how far the input was read ahead of them. */
    private static final class ResultCounter extends OutputStream {
        private final CaseStream input;
        private int length;
        long results;
        long mostAhead;
        int smallestResult = Integer.MAX_VALUE;

        ResultCounter(CaseStream input) {
            this.input = input;
        }

        @Override
        public void write(int b) {
            length++;
            if (b == '\n') {
                results++;
                mostAhead = Math.max(mostAhead, input.served - results);
                smallestResult = Math.min(smallestResult, length);
                length = 0;
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                write(bytes[i]);
            }
        }
    }
}
