package org.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reconcile.advice.Advice;
import org.reconcile.advice.Firing;
import org.reconcile.advice.Recommendation;
import org.reconcile.advice.RuleInfo;

/** Runs every scenario stored as data, and checks that together they exercise every rule both ways. */
class ScenarioTest {

    static List<Scenario> scenarios() {
        return Scenario.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void givesTheExpectedVerdictAndRules(Scenario scenario) {
        Advice advice = TestAdvisor.get().advise(TestAdvisor.situation(scenario.input()));

        Set<String> fired = advice.explanation().firings().stream().map(Firing::rule).collect(Collectors.toSet());
        List<String> overridden = advice.explanation().overridden().stream().map(Recommendation::rule).toList();
        assertThat(advice.verdict().name()).as("verdict").isEqualTo(scenario.verdict());
        assertThat(advice.ruleIds()).as("recommendations").containsAll(scenario.recommends());
        assertThat(overridden).as("overridden recommendations").containsAll(scenario.overrides());
        assertThat(fired).as("rules fired").containsAll(scenario.fires());
        for (String rule : scenario.silent()) {
            assertThat(fired).as("rules fired, which must not include " + rule).doesNotContain(rule);
        }
    }

    @Test
    void everyRuleFiresInSomeScenarioAndStaysSilentInAnother() {
        List<Scenario> all = Scenario.all();
        Set<String> shownFiring = all.stream()
                .flatMap(s -> Stream.of(s.recommends(), s.overrides(), s.fires()).flatMap(List::stream))
                .collect(Collectors.toSet());
        Set<String> shownSilent = all.stream().flatMap(s -> s.silent().stream()).collect(Collectors.toSet());
        List<String> ids = TestAdvisor.get().rules().stream().map(RuleInfo::id).toList();

        assertThat(ids).as("rules with no scenario where they fire").allMatch(shownFiring::contains);
        assertThat(ids).as("rules with no scenario where they stay silent").allMatch(shownSilent::contains);
    }

    @Test
    void scenariosNameOnlyRulesThatExist() {
        Set<String> ids = TestAdvisor.get().rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
        for (Scenario s : Scenario.all()) {
            Stream.of(s.recommends(), s.overrides(), s.fires(), s.silent()).flatMap(List::stream)
                    .forEach(id -> assertThat(ids).as(s + " names rule " + id).contains(id));
        }
    }
}
