package org.reconcile.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

import org.reconcile.Advisor;
import org.reconcile.advice.Advice;
import org.reconcile.model.Situation;

/**
 * Processor time per case on this thread, for {@code Advisor.advise} one case a call and
 * {@code Advisor.adviseAll} in chunks of 256, beside the plain-Java baseline: unlike wall time, it
 * does not grow when other programs share the processors. A check on the JMH figures when the
 * machine is busy. Drools takes many rounds to warm up: the last line gives the medians of the
 * second half of the rounds.
 *
 * <p>{@code java -cp benchmarks.jar org.reconcile.bench.CpuPerCase [ROUNDS]} (default 15)
 */
public final class CpuPerCase {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static long sink;

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Advisor advisor = Advisor.builtIn();
        List<PlainCase> plain = BaselineCheck.generate(4096, 7L);
        List<Situation> cases = plain.stream().map(PlainCase::toSituation).toList();
        List<double[]> late = new ArrayList<>();
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
            if (round > rounds / 2) {
                late.add(new double[] {one, all, base});
            }
        }
        System.out.printf("median of rounds %d to %d: advise %.2f µs/case, adviseAll %.2f µs/case, plain %.3f µs/case%n",
                rounds / 2 + 1, rounds, median(late, 0), median(late, 1), median(late, 2));
    }

    private static double median(List<double[]> rows, int column) {
        double[] values = rows.stream().mapToDouble(row -> row[column]).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static double perCase(int cases, Runnable work) {
        long start = THREADS.getCurrentThreadCpuTime();
        work.run();
        return (THREADS.getCurrentThreadCpuTime() - start) / 1000.0 / cases;
    }
}
