package org.reconcile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reconcile.TestAdvisor;
import org.reconcile.advice.RuleInfo;

/** {@code reconcile rules}, run in-process. */
class RulesCommandTest {
    @TempDir
    Path dir;

    @Test
    void listsEveryRuleWithItsIdVerdictAdviceAndSource() {
        Cli.Run run = Cli.run("rules");

        List<RuleInfo> rules = TestAdvisor.get().rules();
        String out = run.out();
        for (RuleInfo rule : rules) {
            String verdict = rule.verdict().map(Enum::name).orElse(rule.givesAdvice() ? "(no verdict)" : "(derives a fact)");
            String entry = rule.rule() + "  " + verdict + "  " + rule.name() + "\n"
                    + rule.advice().map(advice -> "  advice: " + advice + "\n").orElse("")
                    + "  source: “" + rule.source() + "”\n"
                    + "  file:   " + rule.file() + "\n";
            assertThat(out).as("entry of %s", rule.rule()).contains(entry);
        }
        assertThat(run.outLines().stream().filter(line -> !line.isEmpty() && !line.startsWith(" ")).count())
                .as("one heading line per rule").isEqualTo(rules.size());
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
    }

    @Test
    void printsEveryErrorOfRulesThatDoNotCompileAsFileLineMessage() throws IOException {
        Files.writeString(dir.resolve("a.drl"), """
                package org.reconcile.rules;

                import org.reconcile.model.*;

                rule "Misspelt fact type"
                    @id("test/typo")
                    @source("Think carefully about why you broke up.")
                when
                    Situaton(daysSinceBreakup < 30)
                then
                end
                """);
        Files.writeString(dir.resolve("b.drl"), """
                package org.reconcile.rules;

                import org.reconcile.model.*;

                rule "Misspelt field"
                    @id("test/field")
                    @source("Think carefully about why you broke up.")
                when
                    Situation(daysSinceBrekup < 30)
                then
                end
                """);

        Cli.Run run = Cli.run("rules", "--rules", dir.toString());

        List<String> problems = run.errLines().subList(0, run.errLines().size() - 1);
        assertThat(problems).isNotEmpty().allMatch(line -> line.matches(".+/[ab]\\.drl:\\d+: .+"), "file:line: message");
        assertThat(problems).anyMatch(line -> line.startsWith(dir.resolve("a.drl") + ":"));
        assertThat(problems).anyMatch(line -> line.startsWith(dir.resolve("b.drl") + ":"));
        assertThat(run.out()).isEmpty();
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void aRulesDirectoryThatDoesNotExistIsReportedOnOneLine() {
        Cli.Run run = Cli.run("rules", "--rules", dir.resolve("nowhere").toString());

        assertThat(run.errLines()).singleElement().asString().startsWith("reconcile: the rules directory must exist");
        assertThat(run.status()).isEqualTo(2);
    }
}
