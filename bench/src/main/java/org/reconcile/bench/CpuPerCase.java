package org.reconcile.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

import org.reconcile.Advisor;
import org.reconcile.advice.Advice;
import org.reconcile.model.Situation;

/**
 * Processor time per case on this thread, for {@code Advisor.advise} one case a call and
 * {@code Advisor.adviseAll} in chunks of 256, beside the plain-Java baseline: unlike wall time, it
 * does not grow when other programs share the processors. A check on the JMH figures when the
 * machine is busy.
 *
 * <p>{@code java -cp benchmarks.jar org.reconcile.bench.CpuPerCase [ROUNDS]}
 */
public final class CpuPerCase {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static long sink;

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Advisor advisor = Advisor.builtIn();
        List<PlainCase> plain = BaselineCheck.generate(4096, 7L);
        List<Situation> cases = plain.stream().map(PlainCase::toSituation).toList();
        for (int round = 0; round <= rounds; round++) {
            String when = round == 0 ? "warm-up" : "round " + round;
            double one = perCase(cases.size(), () -> cases.forEach(s -> sink += advisor.advise(s).recommendations().size()));
            double all = perCase(cases.size(), () -> {
                for (int from = 0; from < cases.size(); from += AdviseBenchmark.CHUNK) {
                    for (Advice a : advisor.adviseAll(cases.subList(from, from + AdviseBenchmark.CHUNK))) {
                        sink += a.recommendations().size();
                    }
                }
            });
            double base = perCase(plain.size() * 100, () -> {
                for (int i = 0; i < 100; i++) {
                    for (PlainCase c : plain) {
                        var verdict = c.verdict();
                        sink += c.questions(verdict).size() + c.daysToWait(verdict);
                    }
                }
            });
            System.out.printf("%-8s  advise %7.2f µs/case   adviseAll %7.2f µs/case   plain (verdict, questions, days) %6.3f µs/case%n",
                    when, one, all, base);
        }
    }

    private static double perCase(int cases, Runnable work) {
        long start = THREADS.getCurrentThreadCpuTime();
        work.run();
        return (THREADS.getCurrentThreadCpuTime() - start) / 1000.0 / cases;
    }
}
