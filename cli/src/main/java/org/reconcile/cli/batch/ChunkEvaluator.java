package org.reconcile.cli.batch;

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
        List<Result> results = new ArrayList<>(chunk.size());
        int next = 0;
        for (int i = 0; i < chunk.size(); i++) {
            RawCase raw = chunk.get(i);
            Case read = cases.get(i);
            results.add(read instanceof Case.Invalid invalid ? invalid(raw, invalid)
                    : advised(raw, (Case.Valid) read, advice.get(next++)));
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

    private Result advised(RawCase raw, Case.Valid valid, Attempt attempt) {
        if (attempt instanceof Failed failed) {
            return rulesFailed(raw, valid, failed.failure());
        }
        Advice advice = ((Advised) attempt).advice();
        CaseOutcome outcome = new CaseOutcome(raw.index(), valid.id(), raw.where().toString(),
                Optional.of(advice.verdict()), Optional.empty(), Optional.empty());
        return new Result.Written(renderer.advised(raw.index(), valid.id(), valid.situation(), advice), outcome);
    }

    // The case is reported, never dropped.
    private Result rulesFailed(RawCase raw, Case.Valid valid, RuntimeException failure) {
        String why = failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
        CaseError error = CaseError.ofCase("the rules failed on this case: " + why);
        return written(raw, valid.id(), error, Optional.of(failure));
    }

    private Result invalid(RawCase raw, Case.Invalid invalid) {
        Optional<ReadFailure> stop = raw.stopsReading(invalid);
        if (stop.isPresent()) {
            return new Result.Stop(new BatchFailure(stop.get().getMessage(), Optional.empty()));
        }
        return written(raw, invalid.id(), invalid.error(), Optional.empty());
    }

    private Result written(RawCase raw, Optional<String> id, CaseError error, Optional<Throwable> failure) {
        CaseOutcome outcome = new CaseOutcome(raw.index(), id, raw.where().toString(), Optional.empty(),
                Optional.of(error), failure);
        return new Result.Written(renderer.invalid(raw.index(), id, raw.where(), error), outcome);
    }
}
