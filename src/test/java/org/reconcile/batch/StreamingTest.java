package org.reconcile.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.reconcile.TestAdvisor;
import org.reconcile.batch.read.Input;
import org.reconcile.batch.write.OutputFormat;

/**
 * The batch reads its input as a stream: while results are written, it is never more than a
 * bounded number of cases ahead, whatever the input's size. A batch that read the whole input
 * into memory first would be thousands of cases ahead when the first result comes out.
 */
class StreamingTest {
    private static final int CASES = 30_000;
    private static final int THREADS = 2;
    // Read ahead of the last result written, at most: the chunks queued (two a thread), the chunk
    // the reader is waiting to queue, the chunk being written, and the one case the input handed
    // over last (this input hands one case per read, so the reader's buffer holds no more).
    private static final int MOST_CASES_AHEAD = (Pipeline.CHUNKS_PER_THREAD * THREADS + 2) * Pipeline.CHUNK + 1;

    @Test
    void jsonLinesAreReadOnlyAsFarAheadAsTheQueueAllows() {
        CaseStream input = new CaseStream(CASES, false);

        long mostAhead = runAndMeasureLookahead(input);

        assertThat(input.served).as("cases read").isEqualTo(CASES);
        assertThat(mostAhead).as("most cases read ahead of the results written").isLessThanOrEqualTo(MOST_CASES_AHEAD);
    }

    @Test
    void anArrayIsReadOneElementAtATime() {
        CaseStream input = new CaseStream(CASES, true);

        long mostAhead = runAndMeasureLookahead(input);

        assertThat(input.served).as("cases read").isEqualTo(CASES);
        assertThat(mostAhead).as("most cases read ahead of the results written").isLessThanOrEqualTo(MOST_CASES_AHEAD);
    }

    private static long runAndMeasureLookahead(CaseStream input) {
        ResultCounter output = new ResultCounter(input);
        Batch batch = new Batch(TestAdvisor.get(), THREADS, Optional.of(OutputFormat.JSONL));

        Optional<BatchFailure> failure = batch.run(java.util.List.of(new Input("generated", () -> input)), output, outcome -> { });

        assertThat(failure).isEmpty();
        assertThat(output.results).as("results written").isEqualTo(CASES);
        return output.mostAhead;
    }

    /** Cases made up as they are read, counting how many have been handed out. */
    private static final class CaseStream extends InputStream {
        private final int cases;
        private final boolean array;
        private byte[] pending = new byte[0];
        private int position;
        private boolean closed;
        volatile int served;

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

        // Like a file: more is there at once, so the reader fills whole chunks.
        @Override
        public int available() {
            return served < cases ? 1 : pending.length - position;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position == pending.length && !refill()) {
                return -1;
            }
            int n = Math.min(length, pending.length - position);
            System.arraycopy(pending, position, buffer, offset, n);
            position += n;
            return n;
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
            served++;
            String separator = array ? (served == 1 ? "" : ",") : "";
            String text = separator + "{\"id\": \"c" + served + "\", \"daysSinceBreakup\": " + (served % 90) + "}"
                    + (array ? "" : "\n");
            pending = text.getBytes(StandardCharsets.UTF_8);
            position = 0;
            return true;
        }
    }

    /** Counts results as they are written, noting how far the input was read ahead of them. */
    private static final class ResultCounter extends OutputStream {
        private final CaseStream input;
        long results;
        long mostAhead;

        ResultCounter(CaseStream input) {
            this.input = input;
        }

        @Override
        public void write(int b) {
            if (b == '\n') {
                results++;
                mostAhead = Math.max(mostAhead, input.served - results);
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
