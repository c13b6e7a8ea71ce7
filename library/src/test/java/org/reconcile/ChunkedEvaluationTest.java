package org.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reconcile.advice.Advice;
import org.reconcile.advice.Verdict;
import org.reconcile.model.Situation;

/**
 * Many cases in one rule session give exactly the advice of one case at a time: verdict,
 * recommendations and their order, explanation (which rule fired on which facts, what was
 * overridden), questions, days to wait, safety. A derived fact that forgot its case, or a
 * {@code not} that does not name it, passes with one case per session and fails here.
 */
class ChunkedEvaluationTest {
    private static final long SEED = 9L;
    private static final int CASES = 2_000;

    private static List<Situation> situations;
    private static List<Advice> oneAtATime;

    @BeforeAll
    static void adviseEachCaseOnItsOwn() {
        situations = SituationGenerator.situations(SEED, CASES).toList();
        oneAtATime = situations.stream().map(TestAdvisor.get()::advise).toList();
    }

    @Test
    void theGeneratedCasesMixEveryStageAndVerdict() {
        assertThat(oneAtATime.stream().map(Advice::verdict).distinct()).containsExactlyInAnyOrder(Verdict.values());
    }

    @ParameterizedTest(name = "{0} cases to a call")
    @ValueSource(ints = {2, 16, 255, 256, 257, 2_000})
    void chunkedEvaluationGivesTheAdviceOfOneCaseAtATime(int size) {
        List<Advice> chunked = new ArrayList<>(CASES);
        for (int from = 0; from < CASES; from += size) {
            chunked.addAll(TestAdvisor.get().adviseAll(situations.subList(from, Math.min(CASES, from + size))));
        }

        for (int i = 0; i < CASES; i++) {
            assertThat(chunked.get(i)).as("case %d of seed %d: %s", i, SEED, situations.get(i)).isEqualTo(oneAtATime.get(i));
        }
    }

    @Test
    void theSameCaseTwiceInOneCallGetsTheSameAdviceTwice() {
        List<Situation> twice = Stream.concat(situations.subList(0, 300).stream(), situations.subList(0, 300).stream()).toList();

        List<Advice> advice = TestAdvisor.get().adviseAll(twice);

        assertThat(advice.subList(300, 600)).isEqualTo(oneAtATime.subList(0, 300)).isEqualTo(advice.subList(0, 300));
    }
}
