package org.reconcile.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.reconcile.Advisor;
import org.reconcile.advice.Advice;
import org.reconcile.cli.batch.Batch;
import org.reconcile.cli.batch.read.Input;
import org.reconcile.cli.batch.read.InputReader;
import org.reconcile.cli.batch.read.RawCase;
import org.reconcile.cli.batch.write.JsonResultRenderer;
import org.reconcile.json.AdviceJson;
import org.reconcile.json.Case;
import org.reconcile.model.Situation;

/**
 * Where the batch's processor time goes, stage by stage, in processor time per case (which, unlike
 * wall time, hardly grows when other programs share the processors): reading and cutting the
 * input, parsing each case, the rules ({@code Advisor.adviseAll} in chunks of 256), writing each
 * result; then the whole batch on one worker thread, all of the process's threads counted (the
 * reader, the writer, the collector, the compiler), and its collections. What the whole batch takes
 * beyond the sum of the stages is the hand-off between threads, the collector and the compiler.
 *
 * <p>{@code java -Xmx256m -cp benchmarks.jar org.reconcile.bench.BatchCpu [CASES [ROUNDS [brief|full]]]}
 * (default 50000 cases, 8 rounds, brief); the last line gives the medians of the second half of the rounds.
 */
public final class BatchCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final int CHUNK = 256;
    private static final String[] STAGES = {"read", "parse", "rules", "write", "stages", "batch", "gc ms"};
    private static long sink;

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        AdviceJson.Detail detail = args.length > 2 && args[2].equals("full") ? AdviceJson.Detail.FULL : AdviceJson.Detail.BRIEF;
        CaseGenerator generator = new CaseGenerator(42, 1000);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        for (long n = 1; n <= cases; n++) {
            text.write((generator.json(n) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        byte[] input = text.toByteArray();
        Advisor advisor = Advisor.builtIn();
        JsonResultRenderer renderer = new JsonResultRenderer(false, detail);
        System.out.printf("%d cases of JSON Lines (%d bytes), %s results; processor time per case, in µs%n", cases, input.length,
                detail.name().toLowerCase());
        List<double[]> late = new ArrayList<>();
        for (int round = 0; round <= rounds; round++) {
            double[] row = round(input, cases, advisor, renderer, detail);
            System.out.printf("%-8s %s%n", round == 0 ? "warm-up" : "round " + round, format(row));
            if (round > rounds / 2) {
                late.add(row);
            }
        }
        double[] medians = new double[STAGES.length];
        for (int i = 0; i < STAGES.length; i++) {
            medians[i] = median(late, i);
        }
        System.out.printf("median of rounds %d to %d: %s%n", rounds / 2 + 1, rounds, format(medians));
    }

    private static double[] round(byte[] input, int cases, Advisor advisor, JsonResultRenderer renderer, AdviceJson.Detail detail)
            throws Exception {
        List<RawCase> raw = new ArrayList<>(cases);
        double read = perCase(cases, () -> new InputReader(List.of(input(input))).read(new InputReader.Handler() {
            @Override
            public void accept(RawCase c) {
                raw.add(c);
            }

            @Override
            public void waiting() {
            }
        }));
        List<Case> parsed = new ArrayList<>(cases);
        double parse = perCase(cases, () -> raw.forEach(c -> parsed.add(c.parse())));
        List<Situation> situations = new ArrayList<>(cases);
        List<Long> indexes = new ArrayList<>(cases);
        for (int i = 0; i < parsed.size(); i++) {
            if (parsed.get(i) instanceof Case.Valid valid) {
                situations.add(valid.situation());
                indexes.add(raw.get(i).index());
            }
        }
        List<Advice> advice = new ArrayList<>(situations.size());
        double rules = perCase(cases, () -> {
            for (int from = 0; from < situations.size(); from += CHUNK) {
                advice.addAll(advisor.adviseAll(situations.subList(from, Math.min(situations.size(), from + CHUNK))));
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        double write = perCase(cases, () -> {
            for (int i = 0; i < advice.size(); i++) {
                if (i % CHUNK == 0) {
                    sink += out.size();
                    out.reset();
                }
                renderer.advised(indexes.get(i), Optional.empty(), situations.get(i), advice.get(i), out);
            }
        });
        long gcBefore = gcMillis();
        long start = PROCESS.getProcessCpuTime();
        Optional<?> failure = new Batch(advisor, 1, Optional.empty(), detail).run(List.of(input(input)), NOWHERE, outcome -> { });
        double batch = (PROCESS.getProcessCpuTime() - start) / 1000.0 / cases;
        if (failure.isPresent()) {
            throw new IllegalStateException("the batch failed: " + failure.get());
        }
        return new double[] {read, parse, rules, write, read + parse + rules + write, batch, gcMillis() - gcBefore};
    }

    private static final OutputStream NOWHERE = new OutputStream() {
        @Override
        public void write(int b) {
            sink += b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            sink += length;
        }
    };

    private static Input input(byte[] bytes) {
        return new Input("cases.jsonl", () -> new ByteArrayInputStream(bytes));
    }

    private static long gcMillis() {
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            millis += Math.max(0, gc.getCollectionTime());
        }
        return millis;
    }

    private static String format(double[] row) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < STAGES.length; i++) {
            text.append(String.format(i == STAGES.length - 1 ? "  %s %.0f" : "  %s %.2f", STAGES[i], row[i]));
        }
        return text.toString().strip();
    }

    private static double median(List<double[]> rows, int column) {
        double[] values = rows.stream().mapToDouble(row -> row[column]).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    /** Work that may throw. */
    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private static double perCase(int cases, Work work) throws Exception {
        long start = THREADS.getCurrentThreadCpuTime();
        work.run();
        return (THREADS.getCurrentThreadCpuTime() - start) / 1000.0 / cases;
    }
}
