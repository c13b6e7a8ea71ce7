package org.reconcile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reconcile.advice.Verdict;

/** The summary line that {@code advise} writes on standard error at the end of a run. */
class SummaryTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aOneCaseRunSaysOneCaseAndGivesNoRate() {
        Cli.Run run = Cli.runWithInput("{\"daysSinceBreakup\": 10}\n", "advise");

        assertThat(run.errLines()).singleElement().asString().matches("reconcile: 1 case \\(WAIT 1\\), 0 invalid, \\d+\\.\\d\\d s");
    }

    @Test
    void aTwoCaseRunWithOneInvalidCaseSaysTwoCasesAndOneInvalid() {
        Cli.Run run = Cli.runWithInput("{\"daysSinceBreakup\": 10}\n{\"daysSinceBreakup\": -3}\n", "advise");

        assertThat(run.errLines()).singleElement().asString().matches("reconcile: 2 cases \\(WAIT 1\\), 1 invalid, \\d+\\.\\d\\d s");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void aRunOfManyCasesInUnderASecondGivesNoRate() {
        assertThat(Report.summary(waits(50_000), 50_000, 0, SECOND - 1))
                .isEqualTo("reconcile: 50000 cases (WAIT 50000), 0 invalid, 1.00 s");
    }

    @Test
    void aLongRunOfFewCasesGivesNoRate() {
        assertThat(Report.summary(waits(999), 999, 0, 30 * SECOND)).isEqualTo("reconcile: 999 cases (WAIT 999), 0 invalid, 30.00 s");
    }

    @Test
    void aRunOfAThousandCasesOverASecondGivesItsRate() {
        assertThat(Report.summary(waits(2_990), 3_000, 10, 2 * SECOND))
                .isEqualTo("reconcile: 3000 cases (WAIT 2990), 10 invalid, 2.00 s, 1500 cases/s");
    }

    private static Map<Verdict, Long> waits(long count) {
        Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
        verdicts.put(Verdict.WAIT, count);
        return verdicts;
    }
}
