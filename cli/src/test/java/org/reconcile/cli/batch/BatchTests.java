package org.reconcile.cli.batch;

import java.util.List;

import org.reconcile.Advisor;
import org.reconcile.advice.Advice;
import org.reconcile.model.Situation;

/** The batch's engine for tests: an advisor, with the rule sessions it was asked for counted. */
final class BatchTests {
    private BatchTests() {
    }

    /** {@code advisor} as the batch's engine. */
    static CountingEngine engine(Advisor advisor) {
        return new CountingEngine(advisor);
    }

    /** Counts the calls to {@link #adviseAll}, each a rule session for a chunk, and to {@link #advise}. */
    static final class CountingEngine implements ChunkEvaluator.Engine {
        private final Advisor advisor;
        private final java.util.concurrent.atomic.AtomicInteger chunks = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger single = new java.util.concurrent.atomic.AtomicInteger();

        CountingEngine(Advisor advisor) {
            this.advisor = advisor;
        }

        @Override
        public List<Advice> adviseAll(List<Situation> situations) {
            chunks.incrementAndGet();
            return advisor.adviseAll(situations);
        }

        @Override
        public Advice advise(Situation situation) {
            single.incrementAndGet();
            return advisor.advise(situation);
        }

        int chunks() {
            return chunks.get();
        }

        int single() {
            return single.get();
        }
    }
}
