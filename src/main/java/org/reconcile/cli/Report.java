package org.reconcile.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.reconcile.advice.Verdict;
import org.reconcile.batch.BatchFailure;
import org.reconcile.batch.BatchListener;
import org.reconcile.batch.CaseOutcome;

/**
 * What a person sees on standard error during and after {@code advise}: progress if asked for,
 * each invalid case with {@code --verbose}, and the one-line summary at the end.
 */
final class Report implements BatchListener {
    private final PrintWriter err;
    private final boolean verbose;
    private final Optional<Progress> progress;
    private final Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
    private long cases;
    private long invalid;

    Report(PrintWriter err, boolean verbose, Optional<Progress> progress) {
        this.err = err;
        this.verbose = verbose;
        this.progress = progress;
    }

    @Override
    public void written(CaseOutcome outcome) {
        cases++;
        if (outcome.verdict().isPresent()) {
            verdicts.merge(outcome.verdict().get(), 1L, Long::sum);
        } else {
            invalid++;
            if (verbose) {
                describeInvalid(outcome);
            }
        }
        progress.ifPresent(p -> p.update(cases));
    }

    // case 12 ('a7'): daysSinceBreakup must be an integer from 0 to 36500, was -3 (cases.jsonl:12)
    private void describeInvalid(CaseOutcome outcome) {
        progress.ifPresent(Progress::clear);
        String id = outcome.id().map(i -> " ('" + i + "')").orElse("");
        err.println("case " + outcome.index() + id + ": " + outcome.error().orElseThrow().describe() + " (" + outcome.where() + ")");
        outcome.failure().ifPresent(e -> e.printStackTrace(err));
    }

    /** Cases that were invalid, or that the rules failed on. */
    long invalid() {
        return invalid;
    }

    /**
     * Prints why the run stopped early, if it did, then the summary of a run that took
     * {@code elapsedNanos}. When the output failed, the reason is all: whoever closed it
     * ({@code | head -1}) wants no more.
     */
    void finish(Optional<BatchFailure> failure, long elapsedNanos) {
        progress.ifPresent(Progress::clear);
        failure.ifPresent(f -> {
            err.println("reconcile: " + f.message());
            if (verbose) {
                f.cause().ifPresent(e -> e.printStackTrace(err));
            }
        });
        if (failure.isEmpty() || !failure.get().output()) {
            err.println(summary(elapsedNanos));
        }
        err.flush();
    }

    /** {@code reconcile: 13 cases (WAIT 3, MOVE_ON 2), 1 invalid, 0.41 s, 32 cases/s}. */
    String summary(long elapsedNanos) {
        StringJoiner byVerdict = new StringJoiner(", ", " (", ")").setEmptyValue("");
        verdicts.forEach((verdict, count) -> byVerdict.add(verdict + " " + count));
        double seconds = elapsedNanos / 1e9;
        long perSecond = seconds > 0 ? Math.round(cases / seconds) : 0;
        return String.format(Locale.ROOT, "reconcile: %d %s%s, %d invalid, %.2f s, %d cases/s",
                cases, cases == 1 ? "case" : "cases", byVerdict, invalid, seconds, perSecond);
    }
}
