package org.reconcile.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reconcile.TestRules.HEADER;
import static org.reconcile.TestRules.WAIT_RULE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code advise --rules DIR} with rules that are broken in each way the loader checks: every
 * problem on standard error as {@code file:line: message}, exit status 2, and nothing evaluated,
 * so nothing on standard output. (The facade's side is {@code RuleLoadingTest}.)
 */
class BrokenRulesTest {
    private static final String SECOND_RULE = WAIT_RULE.replace("Always wait", "Wait again").replace("test/always-wait", "test/wait-again");

    @TempDir
    Path dir;

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                Arguments.of("a syntax error", Map.of("a.drl", HEADER + WAIT_RULE.replace("    $s : Situation()\n", "    $s : Situation(\n")),
                        // Drools notices the missing ) only at the end of the rule.
                        "a.drl:13: ", "mismatched input"),
                Arguments.of("a then-block that does not compile",
                        Map.of("a.drl", HEADER + WAIT_RULE.replace("then\n", "then\n    insert(new NoSuchFact());\n")),
                        "a.drl:4: ", "NoSuchFact"),
                Arguments.of("two rules with the same name", Map.of("a.drl", HEADER + WAIT_RULE, "b.drl", HEADER + WAIT_RULE
                        .replace("test/always-wait", "test/other")), "b.drl:4: ", "rule \"Always wait\" must have a unique name"),
                Arguments.of("two rules with the same @id", Map.of("a.drl", HEADER + WAIT_RULE + SECOND_RULE
                        .replace("test/wait-again", "test/always-wait")), "a.drl:14: ", "must have a unique @id"),
                Arguments.of("a rule without @source", Map.of("a.drl", HEADER + WAIT_RULE + SECOND_RULE
                        .replace("    @source(\"Don’t force it.\")\n", "")), "a.drl:14: ", "must have a @source quoting the guidance, found none"),
                Arguments.of("a @source not found verbatim in the guidance", Map.of("a.drl", HEADER + WAIT_RULE
                        .replace("Don’t force it.", "Don't force it.")), "a.drl:4: ", "not found verbatim in the guidance"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void brokenRulesAreRefusedWithFileLineAndMessageAndNothingIsEvaluated(String broken, Map<String, String> files,
            String expectedPlace, String expectedMessage) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }

        Cli.Run run = Cli.runWithInput("{\"daysSinceBreakup\": 10}\n", "advise", "--rules", dir.toString());

        List<String> problems = run.errLines().subList(0, run.errLines().size() - 1);
        assertThat(problems).as(broken).isNotEmpty().allMatch(line -> line.matches("\\Q" + dir + "/\\E[ab]\\.drl:\\d+: .+"),
                "file:line: message");
        assertThat(problems).as(broken).anyMatch(line -> line.startsWith(dir + "/" + expectedPlace) && line.contains(expectedMessage));
        assertThat(run.errLines().get(run.errLines().size() - 1)).as(broken)
                .matches("reconcile: the rules in \\Q" + dir + "\\E must compile and pass the checks, found \\d+ problems?; nothing was evaluated");
        assertThat(run.out()).as(broken).isEmpty();
        assertThat(run.status()).as(broken).isEqualTo(2);
    }
}
