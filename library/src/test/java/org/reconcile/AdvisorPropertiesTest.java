package org.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reconcile.advice.Advice;
import org.reconcile.advice.Recommendation;
import org.reconcile.advice.Verdict;
import org.reconcile.model.Answer;
import org.reconcile.model.Fact;
import org.reconcile.model.Situation;

/**
 * Properties that hold for every situation, checked on thousands of generated ones. The generator
 * is seeded, so a failure names the situation and replays the same way every run.
 */
class AdvisorPropertiesTest {
    private static final List<Situation> SITUATIONS = SituationGenerator.situations(20261126L, 3000).toList();

    private final Advisor advisor = TestAdvisor.get();

    @Test
    void abuseAlwaysMeansDoNotGoBack() {
        for (Situation situation : SITUATIONS) {
            Situation abusive = withAbuse(situation);

            assertThat(advisor.advise(abusive).verdict()).as(abusive.toString()).isEqualTo(Verdict.DO_NOT_GO_BACK);
        }
    }

    @Test
    void everySituationGetsExactlyTheContractsVerdict() {
        for (Situation situation : SITUATIONS) {
            assertThat(advisor.advise(situation).verdict()).as(situation.toString()).isEqualTo(ContractVerdict.of(situation));
        }
    }

    @Test
    void everyRecommendationQuotesTheGuidanceAndAgreesWithTheVerdict() throws IOException {
        String guidance = Files.readString(ProjectFiles.of("seeds", "getting-back-together.txt"), StandardCharsets.UTF_8);
        for (Situation situation : SITUATIONS) {
            Advice advice = advisor.advise(situation);

            assertThat(advice.recommendations()).as(situation.toString()).isNotEmpty()
                    .extracting(Recommendation::rule).doesNotHaveDuplicates();
            for (Recommendation r : advice.recommendations()) {
                assertThat(guidance).as(r.rule()).contains(r.source());
            }
            RuleVerdicts.checkAgreement(advice, situation.toString());
        }
    }

    @Test
    void aCaseIsAskedToCheckItsMotivesExactlyWhenItStatesNoneAndIsStillTrying() {
        for (Situation situation : SITUATIONS) {
            boolean asked = advisor.advise(situation).ruleIds().contains("motives/check-your-motives");

            assertThat(asked).as(situation.toString())
                    .isEqualTo(situation.motives().isEmpty() && !ContractVerdict.hasReasonToLetGo(situation)
                            && situation.answer(Fact.ABUSE) != Answer.YES);
        }
    }

    @Test
    void theSameSituationAlwaysGetsTheSameAdvice() {
        for (Situation situation : SITUATIONS.subList(0, 500)) {
            assertThat(advisor.advise(situation)).as(situation.toString()).isEqualTo(advisor.advise(situation));
        }
    }

    @Test
    void theGeneratorCoversEveryVerdict() {
        assertThat(SITUATIONS.stream().map(ContractVerdict::of).distinct()).containsExactlyInAnyOrder(Verdict.values());
    }

    private static Situation withAbuse(Situation s) {
        return s.toBuilder().with(Fact.ABUSE, Answer.YES).build();
    }
}
