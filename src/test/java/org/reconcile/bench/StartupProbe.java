package org.reconcile.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.reconcile.Advisor;
import org.reconcile.advice.Advice;
import org.reconcile.batch.CaseParser;
import org.reconcile.model.Situation;

/**
 * What the command line does for one case, timed: parse it, build the built-in advisor, advise.
 * Prints the verdict and the milliseconds {@code Advisor.builtIn()} plus the first {@code advise}
 * took. Run by {@code bench/startup.sh}; compare with {@link JacksonBaseline}.
 */
public final class StartupProbe {
    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        String json = args.length > 0 ? args[0] : "{\"daysSinceBreakup\": 10}";
        Situation situation = CaseParser.parse(new ObjectMapper().readTree(json)).situation().orElseThrow();
        long start = System.nanoTime();
        Advice advice = Advisor.builtIn().advise(situation);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println(advice.verdict() + " builtIn+advise_ms=" + millis);
    }
}
