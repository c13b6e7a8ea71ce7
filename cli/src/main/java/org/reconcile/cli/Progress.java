package org.reconcile.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress line on standard error during a long run: rewritten in place on a terminal,
 * a line at a time elsewhere. Shows nothing during the first second.
 */
final class Progress {
    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier clock;
    private final long start;
    private long last;
    private int shownLength;

    /** Progress for a run that starts now by {@code clock} (in nanoseconds). */
    Progress(PrintWriter err, boolean terminal, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.last = start;
    }

    /** {@code cases} cases are done; shows them if a second has passed since the last line. */
    void update(long cases) {
        long now = clock.getAsLong();
        if (now - last < INTERVAL_NANOS) {
            return;
        }
        last = now;
        double seconds = (now - start) / 1e9;
        String line = String.format(Locale.ROOT, "reconcile: %d cases, %.0f s, %.0f cases/s", cases, seconds, cases / seconds);
        if (terminal) {
            err.print("\r" + line + " ".repeat(Math.max(0, shownLength - line.length())));
            shownLength = line.length();
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** Removes the progress line from a terminal, so the summary takes its place. */
    void clear() {
        if (terminal && shownLength > 0) {
            err.print("\r" + " ".repeat(shownLength) + "\r");
            err.flush();
            shownLength = 0;
        }
    }
}
