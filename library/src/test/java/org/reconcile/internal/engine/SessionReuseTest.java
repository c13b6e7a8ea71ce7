package org.reconcile.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reconcile.SituationGenerator;
import org.reconcile.advice.Advice;
import org.reconcile.model.Situation;

/**
 * Sessions are reset and reused between calls: nothing of one call (a fact, a match, a listener)
 * is left for the next, even when the rules failed in the middle of a call.
 */
class SessionReuseTest {
    private static final String RULES = """
            package org.reconcile.rules;

            import org.reconcile.model.*;

            rule "Wait while it is under a month"
                @id("test/wait")
                @verdict("WAIT")
                @advice("Wait.")
                @source("Think carefully about why you broke up.")
            when
                $s : Situation(daysSinceBreakup < 30)
            then
            end

            rule "Fail on day 13"
                @id("test/fail")
                @source("Think carefully about why you broke up.")
            when
                $s : Situation(daysSinceBreakup == 13)
            then
                throw new IllegalStateException("day 13");
            end
            """;

    @TempDir
    Path dir;

    @Test
    void eachCaseGetsTheSameAdviceWhicheverCasesTheSessionsServedBefore() {
        RuleBase rules = RuleBase.builtIn();
        List<Situation> situations = SituationGenerator.situations(23L, 400).toList();
        List<Advice> forward = situations.stream().map(rules::advise).toList();
        List<Situation> backward = new ArrayList<>(situations);
        Collections.reverse(backward);

        List<Advice> again = new ArrayList<>(backward.stream().map(rules::advise).toList());
        Collections.reverse(again);

        assertThat(again).isEqualTo(forward);
        assertThat(rules.adviseAll(situations)).isEqualTo(forward);
    }

    @Test
    void aCallWhoseRulesFailedLeavesNothingForTheNext() throws IOException {
        Files.writeString(dir.resolve("rules.drl"), RULES);
        RuleBase rules = RuleBase.fromDirectory(dir);
        Advice expected = RuleBase.fromDirectory(dir).advise(Situation.builder(10).build());

        for (int call = 0; call < 4; call++) {
            assertThatThrownBy(() -> rules.adviseAll(List.of(Situation.builder(12).build(), Situation.builder(13).build())))
                    .hasStackTraceContaining("day 13");
            assertThat(rules.advise(Situation.builder(10).build())).isEqualTo(expected);
        }
        assertThat(expected.explanation().firings()).hasSize(1);
    }
}
