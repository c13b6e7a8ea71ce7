package org.reconcile.bench;

import java.util.Arrays;
import java.util.List;

import org.reconcile.Advisor;
import org.reconcile.SituationGenerator;
import org.reconcile.model.Situation;

/**
 * Per-case time of {@code advise} on one thread, after warm-up: median and 90th percentile of
 * single calls over generated situations. Argument: the number of timed cases (default 200000).
 */
public final class ThroughputProbe {
    private ThroughputProbe() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        List<Situation> situations = SituationGenerator.situations(20261126L, 5000).toList();
        Advisor advisor = Advisor.builtIn();
        for (int i = 0; i < 100_000; i++) {
            advisor.advise(situations.get(i % situations.size()));
        }
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            Situation situation = situations.get(i % situations.size());
            long start = System.nanoTime();
            advisor.advise(situation);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("advise_us median=%.1f p90=%.1f p99=%.1f%n",
                nanos[count / 2] / 1e3, nanos[count * 9 / 10] / 1e3, nanos[count * 99 / 100] / 1e3);
    }
}
