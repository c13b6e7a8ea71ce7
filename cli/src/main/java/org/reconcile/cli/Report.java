package org.reconcile.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.reconcile.advice.Verdict;
import org.reconcile.cli.batch.BatchFailure;
import org.reconcile.cli.batch.BatchListener;
import org.reconcile.cli.batch.CaseOutcome;

/**
 * What a person sees on standard error during and after {@code advise}: progress if asked for,
 * each invalid case with {@code --verbose}, and the one-line summary at the end.
 */
final class Report implements BatchListener {
    // A rate over fewer cases, or a shorter time, says more about start-up than about throughput.
    private static final long CASES_FOR_A_RATE = 1_000;
    private static final long NANOS_FOR_A_RATE = 1_000_000_000L;

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

    /** The summary of this run, had it taken {@code elapsedNanos}. */
    String summary(long elapsedNanos) {
        return summary(verdicts, cases, invalid, elapsedNanos);
    }

    /**
     * {@code reconcile: 13 cases (WAIT 3, MOVE_ON 2), 1 invalid, 0.41 s}; a run of at least 1,000
     * cases and a second also gets its rate: {@code ..., 12.50 s, 14923 cases/s}.
     */
    static String summary(Map<Verdict, Long> verdicts, long cases, long invalid, long elapsedNanos) {
        StringJoiner byVerdict = new StringJoiner(", ", " (", ")").setEmptyValue("");
        verdicts.forEach((verdict, count) -> byVerdict.add(verdict + " " + count));
        double seconds = elapsedNanos / 1e9;
        String rate = cases >= CASES_FOR_A_RATE && elapsedNanos >= NANOS_FOR_A_RATE
                ? String.format(Locale.ROOT, ", %d cases/s", Math.round(cases / seconds))
                : "";
        return String.format(Locale.ROOT, "reconcile: %d %s%s, %d invalid, %.2f s%s",
                cases, cases == 1 ? "case" : "cases", byVerdict, invalid, seconds, rate);
    }
}
