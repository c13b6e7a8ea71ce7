package org.reconcile.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.reconcile.Advisor;
import org.reconcile.advice.Advice;
import org.reconcile.advice.Verdict;
import org.reconcile.model.Situation;

/**
 * Per case, embedded, on a realistic mix of cases: {@code Advisor.advise} one case a call, and
 * {@code Advisor.adviseAll} on chunks of {@value #CHUNK} cases (timed per case), each against the
 * same work written as plain Java. Run on one thread ({@code -t 1}) and on all ({@code -t max}).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 4) // Drools needs many thousand cases to warm up, more on a busy machine
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AdviseBenchmark {
    /** Cases per {@code adviseAll} call: one rule session's worth. */
    static final int CHUNK = 256;
    private static final int CASES = 4096;

    /** The advisor, built once and shared by every benchmark thread, as embedders use it. */
    @State(Scope.Benchmark)
    public static class Shared {
        Advisor advisor;
        List<PlainCase> plain;
        List<Situation> cases;

        @Setup
        public void setUp() {
            advisor = Advisor.builtIn();
            plain = BaselineCheck.generate(CASES, 7L);
            cases = plain.stream().map(PlainCase::toSituation).toList();
        }
    }

    /** Each thread walks the cases from its own position. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int next() {
            next = (next + 1) & (CASES - 1);
            return next;
        }

        int nextChunk() {
            next = (next + CHUNK) & (CASES - 1);
            return next;
        }
    }

    /** One case a call: the full advice. */
    @Benchmark
    public Advice advisor(Shared shared, Cursor cursor) {
        return shared.advisor.advise(shared.cases.get(cursor.next()));
    }

    /** Its baseline: the verdict only. */
    @Benchmark
    public Verdict plainJava(Shared shared, Cursor cursor) {
        return shared.plain.get(cursor.next()).verdict();
    }

    /** {@value #CHUNK} cases a call, timed per case: the full advice (explanation and questions included). */
    @Benchmark
    @OperationsPerInvocation(CHUNK)
    public List<Advice> adviseAll(Shared shared, Cursor cursor) {
        int from = cursor.nextChunk();
        return shared.advisor.adviseAll(shared.cases.subList(from, from + CHUNK));
    }

    /** Its baseline: verdict, questions and days to wait of each case, in plain Java. */
    @Benchmark
    @OperationsPerInvocation(CHUNK)
    public void plainAll(Shared shared, Cursor cursor, Blackhole out) {
        int from = cursor.nextChunk();
        for (PlainCase c : shared.plain.subList(from, from + CHUNK)) {
            Verdict verdict = c.verdict();
            out.consume(verdict);
            out.consume(c.questions(verdict));
            out.consume(c.daysToWait(verdict));
        }
    }
}
