package org.reconcile.batch;

import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.reconcile.Advisor;

/**
 * Advises on every case of some inputs, writing one result per case, in input order.
 *
 * <p>Each input is a JSON array of cases, JSON Lines, or a single case, told apart by its content.
 * The results follow the input: an array for an array, a single object for a single case, JSON
 * Lines for JSON Lines; several inputs give JSON Lines. A requested {@link OutputFormat} overrides
 * that. Invalid cases get an error result and the others are still evaluated; only JSON too
 * broken to read on, an unreadable input, or output that cannot be written stop a batch early.
 */
public final class Batch {
    private final Advisor advisor;
    private final int threads;
    private final Optional<OutputFormat> format;

    /** A batch that evaluates on {@code threads} threads and writes {@code format}, or follows the input if empty. */
    public Batch(Advisor advisor, int threads, Optional<OutputFormat> format) {
        this.advisor = Objects.requireNonNull(advisor, "advisor must not be null");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
        this.format = Objects.requireNonNull(format, "format must not be null: use Optional.empty()");
    }

    /**
     * Reads every case of {@code inputs}, numbered from 1 across them all, and writes its result to
     * {@code out}, telling {@code listener} of each. Does not close {@code out}.
     *
     * @return why the batch stopped early, if it did; the results before that point are written
     */
    public Optional<BatchFailure> run(List<Input> inputs, OutputStream out, BatchListener listener) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("a batch must have at least one input, had none");
        }
        FormatDetector.Detected first;
        try {
            first = CaseSource.open(inputs.get(0));
        } catch (StoppedReading e) {
            return Optional.of(new BatchFailure(e.getMessage(), Optional.ofNullable(e.getCause())));
        }
        InputFormat layoutFrom = inputs.size() == 1 ? first.format() : InputFormat.JSON_LINES;
        OutputLayout layout = OutputLayout.of(format.orElse(null), layoutFrom);
        ResultRenderer renderer = layout == OutputLayout.TEXT ? new TextResultRenderer(advisor) : new JsonResultRenderer(inputs.size() > 1);
        return new Pipeline(threads).run(new CaseSource(inputs, first), new Evaluator(advisor, renderer), layout, out, listener);
    }
}
