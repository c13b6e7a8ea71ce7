package org.reconcile.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.reconcile.Advisor;
import org.reconcile.advice.Advice;
import org.reconcile.advice.Verdict;
import org.reconcile.batch.CaseParser;
import org.reconcile.model.Situation;

/**
 * Per case, embedded: {@code Advisor.advise} on a realistic mix of cases, against the same verdict
 * precedence written as plain Java. Run on one thread ({@code -t 1}) and on all ({@code -t max}).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AdviseBenchmark {

    /** The advisor, built once and shared by every benchmark thread, as embedders use it. */
    @State(Scope.Benchmark)
    public static class Shared {
        Advisor advisor;
        List<Situation> cases;

        @Setup
        public void setUp() throws Exception {
            advisor = Advisor.builtIn();
            cases = new ArrayList<>();
            CaseGenerator generator = new CaseGenerator(7L, 0);
            ObjectMapper json = new ObjectMapper();
            for (int i = 1; i <= 4096; i++) {
                cases.add(CaseParser.parse(json.readTree(generator.json(i))).situation().orElseThrow());
            }
        }
    }

    /** Each thread walks the cases from its own position. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        Situation next(Shared shared) {
            next = (next + 1) & (shared.cases.size() - 1);
            return shared.cases.get(next);
        }
    }

    @Benchmark
    public Advice advisor(Shared shared, Cursor cursor) {
        return shared.advisor.advise(cursor.next(shared));
    }

    @Benchmark
    public Verdict plainJava(Shared shared, Cursor cursor) {
        return PlainVerdict.of(cursor.next(shared));
    }
}
