package org.reconcile.cli.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reconcile.ProjectFiles;
import org.reconcile.TestAdvisor;
import org.reconcile.advice.RuleInfo;

/**
 * The built-in scenarios ({@code scenarios/*.jsonl}), run by the code of {@code reconcile test}:
 * each passes, and together they fire every rule and leave every rule silent somewhere.
 */
class ScenarioTest {
    private static final Set<String> RULE_IDS = TestAdvisor.get().rules().stream().map(RuleInfo::rule).collect(Collectors.toSet());

    static List<Scenario> scenarios() {
        ScenarioFiles.Read read = ScenarioFiles.read(ScenarioFiles.files(ProjectFiles.of("scenarios")));
        assertThat(read.problems()).as("lines of scenarios/ that are not scenarios").isEmpty();
        return read.scenarios();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void getsWhatItExpects(Scenario scenario) {
        Outcome outcome = ScenarioCheck.check(TestAdvisor.get(), RULE_IDS, scenario);

        assertThat(outcome.differences()).isEmpty();
    }

    @Test
    void everyRuleFiresInSomeScenarioAndStaysSilentInAnother() {
        ScenarioRun run = ScenarioRun.of(TestAdvisor.get(), scenarios());

        assertThat(run.neverFired()).as("rules that no scenario fired").isEmpty();
        assertThat(run.alwaysFired()).as("rules that fired in every scenario").isEmpty();
    }

    // Firing somewhere is not yet being tested: a scenario must say that the rule fires, or that it stays silent.
    @Test
    void everyRuleIsNamedAsFiringInSomeScenarioAndAsSilentInAnother() {
        List<Scenario> all = scenarios();
        Set<String> namedFiring = all.stream()
                .flatMap(s -> Stream.of(s.recommends(), s.overridden(), s.fires()).flatMap(List::stream))
                .collect(Collectors.toSet());
        Set<String> namedSilent = all.stream().flatMap(s -> s.silent().stream()).collect(Collectors.toSet());

        assertThat(RULE_IDS).as("rules that no scenario names as firing").allMatch(namedFiring::contains);
        assertThat(RULE_IDS).as("rules that no scenario names as silent").allMatch(namedSilent::contains);
    }
}
