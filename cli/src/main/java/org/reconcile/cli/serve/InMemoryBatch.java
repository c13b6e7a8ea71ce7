package org.reconcile.cli.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

import org.reconcile.Advisor;
import org.reconcile.cli.batch.Batch;
import org.reconcile.cli.batch.BatchFailure;
import org.reconcile.cli.batch.BatchListener;
import org.reconcile.cli.batch.read.Input;
import org.reconcile.cli.batch.read.InputFormat;
import org.reconcile.cli.batch.read.InputReader;
import org.reconcile.cli.batch.read.RawCase;
import org.reconcile.cli.batch.read.ReadFailure;
import org.reconcile.cli.batch.write.OutputFormat;
import org.reconcile.json.AdviceJson;
import org.reconcile.json.Case;

/**
 * The batch of {@code reconcile advise} on a request's body, held in memory: the same reading,
 * checking and writing, so the same cases give the same bytes. A body is first surveyed (its
 * cases cut and read, not advised on), so that the answer's status is known before its first
 * byte is written, and the results then stream out as they are made.
 */
final class InMemoryBatch {
    private static final String NAME = "<request>";

    private final Advisor advisor;

    InMemoryBatch(Advisor advisor) {
        this.advisor = advisor;
    }

    /** What a body holds, told without advising on it. */
    sealed interface Survey permits Cases, TooMany, Broken {
    }

    /**
     * Cases that can be advised on.
     *
     * @param count how many
     * @param invalid how many of them are invalid (each will get its error result)
     * @param jsonLines they are JSON Lines, so their results are too, unless asked otherwise
     */
    record Cases(int count, int invalid, boolean jsonLines) implements Survey {
    }

    /** More cases than {@code limit}. */
    record TooMany(int limit) implements Survey {
    }

    /** JSON too broken to read on, as {@code advise} would say it ({@code <request>:1:7: broken JSON: ...}). */
    record Broken(String message) implements Survey {
    }

    /** Cuts and reads every case of {@code body}, stopping past {@code limit} cases. */
    Survey survey(byte[] body, int limit) {
        int[] counts = new int[2];
        InputReader reader = new InputReader(List.of(input(body)));
        try {
            reader.read(new InputReader.Handler() {
                @Override
                public void accept(RawCase raw) throws IOException {
                    if (++counts[0] > limit) {
                        throw new Stop(new TooMany(limit));
                    }
                    Case read = raw.parse();
                    if (read instanceof Case.Invalid) {
                        counts[1]++;
                    }
                    Optional<ReadFailure> broken = raw.stopsReading(read);
                    if (broken.isPresent()) {
                        throw new Stop(new Broken(broken.get().getMessage()));
                    }
                }

                @Override
                public void waiting() {
                    // All of the body is in memory: reading never waits.
                }
            });
        } catch (Stop stop) {
            return stop.survey;
        } catch (ReadFailure e) {
            return new Broken(e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory cannot fail", e);
        }
        try {
            return new Cases(counts[0], counts[1], reader.firstFormat() == InputFormat.JSON_LINES);
        } catch (ReadFailure e) {
            throw new IllegalStateException("the format was told as the body was read", e);
        }
    }

    /**
     * Writes the results for {@code body} to {@code out}, laid out as {@code format} says, or
     * following the input if empty, each with {@code detail}, telling {@code listener} of each.
     * Does not close {@code out}.
     *
     * @return why it stopped early, if it did: the results could not be written (the client has
     *     gone), or the server failed
     */
    Optional<BatchFailure> run(byte[] body, Optional<OutputFormat> format, AdviceJson.Detail detail, OutputStream out,
            BatchListener listener) {
        return new Batch(advisor, 1, format, detail).run(List.of(input(body)), out, listener);
    }

    private static Input input(byte[] body) {
        return new Input(NAME, () -> new ByteArrayInputStream(body));
    }

    // Ends the survey early, with what it found; the reader passes an InterruptedIOException on as
    // it is, as when a batch's writer stops.
    private static final class Stop extends InterruptedIOException {
        private static final long serialVersionUID = 1L;
        private final transient Survey survey;

        Stop(Survey survey) {
            this.survey = survey;
        }
    }
}
