package org.reconcile.cli.batch;

import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.reconcile.Advisor;
import org.reconcile.advice.Advice;
import org.reconcile.cli.batch.read.Input;
import org.reconcile.cli.batch.read.InputFormat;
import org.reconcile.cli.batch.read.InputReader;
import org.reconcile.cli.batch.read.ReadFailure;
import org.reconcile.cli.batch.write.JsonResultRenderer;
import org.reconcile.cli.batch.write.OutputFormat;
import org.reconcile.cli.batch.write.OutputLayout;
import org.reconcile.cli.batch.write.ResultRenderer;
import org.reconcile.cli.batch.write.TextResultRenderer;
import org.reconcile.json.AdviceJson;
import org.reconcile.model.Situation;

/**
 * Advises on every case of some inputs, writing one result per case, in input order.
 *
 * <p>Each input is a JSON array of cases, JSON Lines, or a single case, told apart by its content.
 * The results follow the input: an array for an array, a single object for a single case, JSON
 * Lines for JSON Lines; several inputs give JSON Lines. A requested {@link OutputFormat} overrides
 * that. Invalid cases get an error result and the others are still evaluated; only JSON too
 * broken to read on, an unreadable input, or output that cannot be written stop a batch early.
 *
 * <p>A case's route: the reader cuts its bytes from the input ({@link org.reconcile.cli.batch.read}),
 * a worker parses it with the JSON codec ({@link org.reconcile.json.CaseJson}) and advises on it
 * along with up to 255 others in one rule session, and the writer writes its result in order
 * ({@link org.reconcile.cli.batch.write}).
 */
public final class Batch {
    private final Advisor advisor;
    private final ChunkEvaluator.Engine engine;
    private final int threads;
    private final Optional<OutputFormat> format;
    private final AdviceJson.Detail detail;

    /** A batch that evaluates on {@code threads} threads and writes {@code format}, or follows the input if empty. */
    public Batch(Advisor advisor, int threads, Optional<OutputFormat> format) {
        this(advisor, threads, format, AdviceJson.Detail.FULL);
    }

    /**
     * A batch that evaluates on {@code threads} threads and writes {@code format}, or follows the
     * input if empty, each JSON result with {@code detail}.
     *
     * @throws IllegalArgumentException if {@code detail} is brief and the format text
     */
    public Batch(Advisor advisor, int threads, Optional<OutputFormat> format, AdviceJson.Detail detail) {
        this(advisor, engine(Objects.requireNonNull(advisor, "advisor must not be null")), threads, format, detail);
    }

    /** A batch that evaluates through {@code engine}; {@code advisor} serves the text report's "because you said". */
    Batch(Advisor advisor, ChunkEvaluator.Engine engine, int threads, Optional<OutputFormat> format, AdviceJson.Detail detail) {
        this.advisor = advisor;
        this.engine = engine;
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
        this.format = Objects.requireNonNull(format, "format must not be null: use Optional.empty()");
        this.detail = Objects.requireNonNull(detail, "detail must not be null");
        if (detail == AdviceJson.Detail.BRIEF && format.equals(Optional.of(OutputFormat.TEXT))) {
            throw new IllegalArgumentException("brief results are JSON; the text format has no brief form");
        }
    }

    private static ChunkEvaluator.Engine engine(Advisor advisor) {
        return new ChunkEvaluator.Engine() {
            @Override
            public List<Advice> adviseAll(List<Situation> situations) {
                return advisor.adviseAll(situations);
            }

            @Override
            public Advice advise(Situation situation) {
                return advisor.advise(situation);
            }
        };
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
        InputReader reader = new InputReader(inputs);
        InputFormat first;
        try {
            first = reader.firstFormat();
        } catch (ReadFailure e) {
            return Optional.of(new BatchFailure(e.getMessage(), Optional.ofNullable(e.getCause())));
        }
        OutputLayout layout = OutputLayout.of(format.orElse(null), inputs.size() == 1 ? first : InputFormat.JSON_LINES);
        ResultRenderer renderer = layout == OutputLayout.TEXT ? new TextResultRenderer(advisor)
                : new JsonResultRenderer(inputs.size() > 1, detail);
        return new Pipeline(threads).run(reader, new ChunkEvaluator(engine, renderer), layout, out, listener);
    }
}
