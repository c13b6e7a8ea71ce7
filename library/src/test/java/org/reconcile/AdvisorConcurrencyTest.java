package org.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.reconcile.advice.Advice;
import org.reconcile.model.Situation;

/** One advisor shared by many threads gives exactly the single-threaded answers. */
class AdvisorConcurrencyTest {
    private static final int THREADS = 8;
    private static final int CASES = 10_000;

    @Test
    void eightThreadsSharingOneAdvisorGetTheSingleThreadedResults() throws Exception {
        Advisor advisor = TestAdvisor.get();
        List<Situation> situations = SituationGenerator.situations(7L, CASES).toList();
        List<Advice> expected = situations.stream().map(advisor::advise).toList();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> mismatches = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                mismatches.add(pool.submit(adviseAllInShuffledOrder(advisor, situations, expected, t, start)));
            }
            start.countDown();
            for (Future<List<String>> thread : mismatches) {
                assertThat(thread.get(2, TimeUnit.MINUTES)).as("cases whose advice differed from the single-threaded run").isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<List<String>> adviseAllInShuffledOrder(Advisor advisor, List<Situation> situations,
            List<Advice> expected, long seed, CountDownLatch start) {
        return () -> {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < situations.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, new Random(seed));
            start.await();
            List<String> mismatches = new ArrayList<>();
            for (int i : order) {
                Advice advice = advisor.advise(situations.get(i));
                if (!advice.equals(expected.get(i))) {
                    mismatches.add("case " + i + ": " + situations.get(i));
                }
            }
            return mismatches;
        };
    }
}
