package org.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.reconcile.advice.Verdict;

/** The built-in advisor is one shared instance; its methods say what they need. */
class AdvisorBuiltInTest {

    @Test
    void theBuiltInAdvisorIsLoadedOnceAndShared() {
        assertThat(Advisor.builtIn()).isSameAs(Advisor.builtIn());
    }

    @Test
    void aRuleIsFoundByItsId() {
        assertThat(Advisor.builtIn().rule("cooling-off/wait-a-month")).hasValueSatisfying(rule -> {
            assertThat(rule.rule()).isEqualTo("cooling-off/wait-a-month");
            assertThat(rule.verdict()).contains(Verdict.WAIT);
        });
    }

    @Test
    void nullArgumentsAreNamed() {
        assertThatThrownBy(() -> Advisor.builtIn().advise(null)).hasMessage("situation must not be null");
        assertThatThrownBy(() -> Advisor.builtIn().rule(null)).hasMessage("rule must not be null");
        assertThatThrownBy(() -> Advisor.fromDirectory(null)).hasMessage("dir must not be null");
    }
}
