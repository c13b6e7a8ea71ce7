package org.reconcile.cli.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.reconcile.advice.Advice;
import org.reconcile.cli.batch.read.RawCase;
import org.reconcile.cli.batch.read.ReadFailure;
import org.reconcile.cli.batch.write.ResultRenderer;
import org.reconcile.json.Case;
import org.reconcile.json.CaseError;
import org.reconcile.model.Situation;

/**
 * Turns a chunk of raw cases into their results, on a worker thread: each is parsed with the one
 * JSON codec, the valid ones are advised on together (one rule session for up to 256 cases), and
 * every result is rendered. Never throws for a bad case, so no case is ever lost.
 */
final class ChunkEvaluator {
    /** Advises on cases: the {@link org.reconcile.Advisor}, or a test's stand-in that counts the calls. */
    interface Engine {
        /** The advice for each situation, in order; throws if the rules fail on any of them. */
        List<Advice> adviseAll(List<Situation> situations);

        /** The advice for one situation; throws if the rules fail on it. */
        Advice advise(Situation situation);
    }

    /**
     * Results are written into arrays of about this many bytes, a new one when the last is full:
     * a chunk's full results (some 600 KB) in one array would be a humongous object for G1 in a
     * small heap, each of which starts a collection.
     */
    static final int BLOCK = 128 * 1024;

    private final Engine engine;
    private final ResultRenderer renderer;

    ChunkEvaluator(Engine engine, ResultRenderer renderer) {
        this.engine = engine;
        this.renderer = renderer;
    }

    List<Result> evaluate(List<RawCase> chunk) {
        List<Case> cases = new ArrayList<>(chunk.size());
        List<Situation> situations = new ArrayList<>(chunk.size());
        for (RawCase raw : chunk) {
            Case read = raw.parse();
            cases.add(read);
            if (read instanceof Case.Valid valid) {
                situations.add(valid.situation());
            }
        }
        List<Attempt> advice = adviseAll(situations);
        ResultBytes bytes = new ResultBytes(BLOCK + BLOCK / 4);
        ResultBytes[] blocks = new ResultBytes[chunk.size()];
        int[] starts = new int[chunk.size()];
        int[] ends = new int[chunk.size()];
        CaseOutcome[] outcomes = new CaseOutcome[chunk.size()];
        Result.Stop stop = null;
        int next = 0;
        for (int i = 0; i < chunk.size() && stop == null; i++) {
            RawCase raw = chunk.get(i);
            Case read = cases.get(i);
            if (bytes.size() >= BLOCK) {
                bytes = new ResultBytes(BLOCK + BLOCK / 4);
            }
            blocks[i] = bytes;
            starts[i] = bytes.size();
            if (read instanceof Case.Invalid invalid) {
                Optional<ReadFailure> stops = raw.stopsReading(invalid);
                if (stops.isPresent()) {
                    stop = new Result.Stop(new BatchFailure(stops.get().getMessage(), Optional.empty()));
                    break;
                }
                outcomes[i] = invalid(raw, invalid.id(), invalid.error(), Optional.empty(), bytes);
            } else {
                outcomes[i] = advised(raw, (Case.Valid) read, advice.get(next++), bytes);
            }
            ends[i] = bytes.size();
        }
        // Each block is complete now: its array no longer moves.
        List<Result> results = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size() && outcomes[i] != null; i++) {
            results.add(new Result.Written(blocks[i].array(), starts[i], ends[i], outcomes[i]));
        }
        if (stop != null) {
            results.add(stop);
        }
        return results;
    }

    /** Advising on one case: its advice, or how the rules failed on it. */
    private sealed interface Attempt permits Advised, Failed {
    }

    private record Advised(Advice advice) implements Attempt {
    }

    private record Failed(RuntimeException failure) implements Attempt {
    }

    // The rules fail only if given with --rules: then one case at a time, to tell which ones.
    private List<Attempt> adviseAll(List<Situation> situations) {
        if (situations.isEmpty()) {
            return List.of();
        }
        try {
            return engine.adviseAll(situations).stream().<Attempt>map(Advised::new).toList();
        } catch (RuntimeException e) {
            List<Attempt> advice = new ArrayList<>(situations.size());
            for (Situation situation : situations) {
                try {
                    advice.add(new Advised(engine.advise(situation)));
                } catch (RuntimeException failure) {
                    advice.add(new Failed(failure));
                }
            }
            return advice;
        }
    }

    private CaseOutcome advised(RawCase raw, Case.Valid valid, Attempt attempt, ResultBytes out) {
        if (attempt instanceof Failed failed) {
            return rulesFailed(raw, valid, failed.failure(), out);
        }
        Advice advice = ((Advised) attempt).advice();
        write(() -> renderer.advised(raw.index(), valid.id(), valid.situation(), advice, out));
        return new CaseOutcome(raw.index(), valid.id(), raw.where().toString(), Optional.of(advice.verdict()), Optional.empty(),
                Optional.empty());
    }

    // The case is reported, never dropped.
    private CaseOutcome rulesFailed(RawCase raw, Case.Valid valid, RuntimeException failure, ResultBytes out) {
        String why = failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
        CaseError error = CaseError.ofCase("the rules failed on this case: " + why);
        return invalid(raw, valid.id(), error, Optional.of(failure), out);
    }

    private CaseOutcome invalid(RawCase raw, Optional<String> id, CaseError error, Optional<Throwable> failure, ResultBytes out) {
        write(() -> renderer.invalid(raw.index(), id, raw.where(), error, out));
        return new CaseOutcome(raw.index(), id, raw.where().toString(), Optional.empty(), Optional.of(error), failure);
    }

    /** Writing a result into memory. */
    @FunctionalInterface
    private interface Writing {
        void run() throws IOException;
    }

    private static void write(Writing writing) {
        try {
            writing.run();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
    }
}
