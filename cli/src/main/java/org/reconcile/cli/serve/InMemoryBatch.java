package org.reconcile.cli.serve;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;

import org.reconcile.Advisor;
import org.reconcile.cli.batch.Batch;
import org.reconcile.cli.batch.BatchFailure;
import org.reconcile.cli.batch.read.Input;
import org.reconcile.cli.batch.write.OutputFormat;
import org.reconcile.json.AdviceJson;

/**
 * The batch of {@code reconcile advise} on bytes in memory, on the calling thread: the same
 * reading, checking and writing, so the same cases give the same bytes.
 */
public final class InMemoryBatch {
    private final Advisor advisor;

    /** Runs cases against {@code advisor}. */
    public InMemoryBatch(Advisor advisor) {
        this.advisor = advisor;
    }

    /**
     * What the batch made of some bytes.
     *
     * @param results the results as {@code advise} writes them (with a failure: those before it)
     * @param cases how many cases were read
     * @param invalid how many of them were invalid
     * @param failure why reading stopped early, if it did
     */
    public record Answer(byte[] results, int cases, int invalid, Optional<BatchFailure> failure) {
    }

    /**
     * The results for {@code input}, laid out as {@code format} says, or following the input if
     * empty, each with {@code detail}.
     */
    public Answer run(byte[] input, Optional<OutputFormat> format, AdviceJson.Detail detail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, input.length * 4));
        int[] counts = new int[2];
        Optional<BatchFailure> failure = new Batch(advisor, 1, format, detail).run(
                List.of(new Input("<request>", () -> new ByteArrayInputStream(input))), out, outcome -> {
                    counts[0]++;
                    if (outcome.error().isPresent()) {
                        counts[1]++;
                    }
                });
        return new Answer(out.toByteArray(), counts[0], counts[1], failure);
    }
}
