package org.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reconcile.TestRules.HEADER;
import static org.reconcile.TestRules.WAIT_RULE;
import static org.reconcile.TestRules.adviceRule;

import java.io.IOException;
import java.util.Set;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reconcile.advice.Advice;
import org.reconcile.advice.RulesException;
import org.reconcile.advice.Verdict;
import org.reconcile.model.Situation;

/** Rules from a directory: used when they are sound, refused with file:line when they are not. */
class RuleLoadingTest {

    @TempDir
    Path dir;

    @Test
    void soundRulesFromADirectoryReplaceTheBuiltInOnes() throws IOException {
        write("only.drl", HEADER + WAIT_RULE);

        Advisor advisor = Advisor.fromDirectory(dir);

        assertThat(advisor.rules()).extracting(r -> r.rule()).containsExactly("test/always-wait");
        assertThat(advisor.advise(Situation.builder(400).with(org.reconcile.model.Fact.ABUSE, true).build()).verdict()).isEqualTo(Verdict.WAIT);
    }

    @Test
    void aSyntaxErrorIsReportedWithFileAndLine() throws IOException {
        write("broken.drl", HEADER + "rule \"Broken\"\nwhen\n    Situation(\nthen\nend\n");

        assertThatThrownBy(() -> Advisor.fromDirectory(dir)).isInstanceOf(RulesException.class)
                .satisfies(e -> assertThat(((RulesException) e).problems()).isNotEmpty()
                        .allMatch(p -> p.toString().matches(".*broken\\.drl:\\d+: .+"), "file:line: message"));
    }

    @Test
    void aRuleInTheOldOneCaseASessionStyleIsRefusedWithHowToKeyIt() throws IOException {
        write("old.drl", HEADER + WAIT_RULE.replace("$s : Situation()", "Situation()"));

        assertThatThrownBy(() -> Advisor.fromDirectory(dir)).isInstanceOf(RulesException.class)
                .hasMessageContaining("old.drl:4: rule \"Always wait\" must bind the situation it is about as $s")
                .hasMessageContaining("situation == $s");
    }

    @Test
    void eachProblemCarriesItsFileLineAndMessage() throws IOException {
        write("a.drl", HEADER + WAIT_RULE + WAIT_RULE.replace("Always wait", "Wait again"));

        assertThatThrownBy(() -> Advisor.fromDirectory(dir)).isInstanceOf(RulesException.class)
                .satisfies(e -> assertThat(((RulesException) e).problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.file()).endsWith("a.drl");
                    assertThat(problem.line()).isEqualTo(14);
                    assertThat(problem.message()).startsWith("rule \"Wait again\" must have a unique @id");
                    assertThat(e.getMessage()).isEqualTo(problem.file() + ":14: " + problem.message());
                }));
    }

    @Test
    // Drools wires 100 or more compiled rules of a package on its own shared pool of daemon threads,
    // which a host that uses Drools may have tuned: the advisor leaves that pool as it is. What
    // would hold an application's JVM open is a thread that is not a daemon.
    void loadingRulesFromADirectoryLeavesNoThreadHoldingTheJvm() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();

        Advisor.fromDirectory(ProjectFiles.of("rules")).advise(Situation.builder(10).build());

        List<String> left = List.of();
        for (long end = System.nanoTime() + 10_000_000_000L; System.nanoTime() < end; Thread.sleep(50)) {
            left = Thread.getAllStackTraces().keySet().stream().filter(t -> !before.contains(t) && t.isAlive() && !t.isDaemon())
                    .map(Thread::getName).toList();
            if (left.isEmpty()) {
                break;
            }
        }
        assertThat(left).as("threads (not daemons) started by loading the rules, still running 10 s later").isEmpty();
    }

    @Test
    void anUnknownFactTypeIsReportedOnItsLine() throws IOException {
        write("typo.drl", HEADER + WAIT_RULE.replace("Situation()", "Situaton()"));

        assertThatThrownBy(() -> Advisor.fromDirectory(dir)).isInstanceOf(RulesException.class)
                .hasMessageContaining("typo.drl:10:").hasMessageContaining("Situaton");
    }

    @Test
    void aThenBlockThatDoesNotCompileIsRefused() throws IOException {
        write("then.drl", HEADER + WAIT_RULE.replace("then\n", "then\n    insert(new NoSuchFact());\n"));

        assertThatThrownBy(() -> Advisor.fromDirectory(dir)).isInstanceOf(RulesException.class)
                .hasMessageContaining("then.drl:").hasMessageContaining("NoSuchFact");
    }

    @Test
    void twoRulesWithTheSameNameAreAnErrorNotASilentReplacement() throws IOException {
        write("a.drl", HEADER + WAIT_RULE);
        write("b.drl", HEADER + WAIT_RULE.replace("test/always-wait", "test/other-id"));

        assertThatThrownBy(() -> Advisor.fromDirectory(dir)).isInstanceOf(RulesException.class)
                .hasMessageContaining("Always wait").hasMessageContaining(".drl:");
    }

    @Test
    void twoRulesWithTheSameIdAreRefused() throws IOException {
        write("a.drl", HEADER + WAIT_RULE + WAIT_RULE.replace("Always wait", "Always wait too"));

        assertThatThrownBy(() -> Advisor.fromDirectory(dir)).isInstanceOf(RulesException.class)
                .hasMessageContaining("a.drl:14:").hasMessageContaining("must have a unique @id")
                .hasMessageContaining("a.drl:4");
    }

    @Test
    void aRuleWithoutASourceIsRefused() throws IOException {
        write("a.drl", HEADER + WAIT_RULE.replace("    @source(\"Don’t force it.\")\n", ""));

        assertThatThrownBy(() -> Advisor.fromDirectory(dir)).isInstanceOf(RulesException.class)
                .hasMessage(dir.resolve("a.drl") + ":4: rule \"Always wait\" must have a @source quoting the guidance, found none");
    }

    @Test
    void aSourceThatIsNotVerbatimIsRefused() throws IOException {
        // A straight apostrophe where the guidance has a typographic one.
        write("a.drl", HEADER + WAIT_RULE.replace("Don’t force it.", "Don't force it."));

        assertThatThrownBy(() -> Advisor.fromDirectory(dir)).isInstanceOf(RulesException.class)
                .hasMessageContaining("a.drl:4:").hasMessageContaining("not found verbatim in the guidance");
    }

    @Test
    void anUnknownVerdictIsRefused() throws IOException {
        write("a.drl", HEADER + WAIT_RULE.replace("@verdict(\"WAIT\")", "@verdict(\"PAUSE\")"));

        assertThatThrownBy(() -> Advisor.fromDirectory(dir)).isInstanceOf(RulesException.class)
                .hasMessageContaining("a.drl:4:").hasMessageContaining("PAUSE").hasMessageContaining("must be one of");
    }

    @Test
    void aRuleWithAVerdictButNoAdviceIsRefused() throws IOException {
        write("a.drl", HEADER + WAIT_RULE.replace("    @advice(\"Wait.\")\n", ""));

        assertThatThrownBy(() -> Advisor.fromDirectory(dir)).isInstanceOf(RulesException.class)
                .hasMessageContaining("a.drl:4:").hasMessageContaining("Always wait")
                .hasMessageContaining("@verdict").hasMessageContaining("@advice");
    }

    @Test
    void twoStageVerdictsForOneCaseAreRefusedNamingBothRules() throws IOException {
        write("a.drl", HEADER + WAIT_RULE + adviceRule("Always reach out", "test/always-reach-out", "REACH_OUT", "$s : Situation()"));
        Advisor advisor = Advisor.fromDirectory(dir);

        assertThatThrownBy(() -> advisor.advise(Situation.builder(40).build())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("WAIT").hasMessageContaining("REACH_OUT")
                .hasMessageContaining("test/always-wait").hasMessageContaining("test/always-reach-out");
    }

    @Test
    void aStageVerdictBelowAReasonToLetGoIsOverriddenNotRefused() throws IOException {
        write("a.drl", HEADER + WAIT_RULE + adviceRule("Always move on", "test/always-move-on", "MOVE_ON", "$s : Situation()"));

        Advice advice = Advisor.fromDirectory(dir).advise(Situation.builder(40).build());

        assertThat(advice.verdict()).isEqualTo(Verdict.MOVE_ON);
        assertThat(advice.explanation().overridden()).extracting(r -> r.rule()).containsExactly("test/always-wait");
    }

    @Test
    void aDirectoryWithoutRulesIsRefused() {
        assertThatThrownBy(() -> Advisor.fromDirectory(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one .drl file");
        assertThatThrownBy(() -> Advisor.fromDirectory(dir.resolve("missing"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must exist");
    }

    @Test
    void aFollowUpRuleMustNameAFactACaseMayLeaveUnstatedAndAdviceRulesThatExist() throws IOException {
        write("a.drl", HEADER + WAIT_RULE + followUpRule("Follow up on the days", "daysSinceBreakup", "test/always-wait")
                + followUpRule("Follow up on a missing rule", "brokenPromises", "test/always-wait, test/no-such-rule")
                + followUpRule("Follow up on a rule without advice", "brokenPromises", "test/ask-first")
                + followUpRule("Ask first", "brokenPromises", "test/always-wait").replace("@followUp(\"brokenPromises\")", "")
                        .replace("@couldAdd(\"test/always-wait\")", "").replace("test/follow-up-ask-first", "test/ask-first"));

        assertThatThrownBy(() -> Advisor.fromDirectory(dir)).isInstanceOf(RulesException.class)
                .satisfies(e -> assertThat(((RulesException) e).problems()).extracting(p -> p.line() + ": " + p.message()).containsExactly(
                        "14: rule \"Follow up on the days\" has @followUp(\"daysSinceBreakup\"), which must name a fact a case may leave"
                                + " unstated: abuse, breakupReasons, motives, urgeToPleadOrRant, resentment, planToResolvePastIssues, exReady,"
                                + " bothWantToTryAgain, oldHabitsReturning, breakupReasonAddressed, oldGrievancesRaised, brokenPromises,"
                                + " pryingIntoTimeApart, resumingIntimacy, stdTested",
                        "24: rule \"Follow up on a missing rule\" has @couldAdd naming \"test/no-such-rule\", which must be the @id of a"
                                + " rule, found none",
                        "34: rule \"Follow up on a rule without advice\" has @couldAdd naming \"test/ask-first\", which must be a rule"
                                + " that gives advice, but it has no @advice"));
    }

    @Test
    void aFollowUpRuleGivesNoVerdictAndNamesWhatItCouldAdd() throws IOException {
        write("a.drl", HEADER + WAIT_RULE + followUpRule("Follow up with a verdict", "brokenPromises", "test/always-wait")
                .replace("@followUp", "@verdict(\"WAIT\")\n    @advice(\"Wait.\")\n    @followUp")
                + followUpRule("Follow up on nothing", "brokenPromises", "test/always-wait").replace("@couldAdd(\"test/always-wait\")", ""));

        assertThatThrownBy(() -> Advisor.fromDirectory(dir)).isInstanceOf(RulesException.class)
                .hasMessageContaining("a.drl:14: rule \"Follow up with a verdict\" is a follow-up, so it must not have a @verdict")
                .hasMessageContaining("a.drl:26: rule \"Follow up on nothing\" has a @followUp but no @couldAdd");
    }

    // A follow-up rule of ten lines: an answer to `fact`, not stated, could add the rules `couldAdd`.
    private static String followUpRule(String name, String fact, String couldAdd) {
        return """
                rule "%s"
                    @id("test/follow-up-%s")
                    @followUp("%s")
                    @couldAdd("%s")
                    @source("Don’t force it.")
                when
                    $s : Situation()
                then
                end

                """.formatted(name, name.toLowerCase().replace(' ', '-'), fact, couldAdd);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
