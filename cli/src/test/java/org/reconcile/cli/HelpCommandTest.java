package org.reconcile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code reconcile help}, {@code --help}, and a command that does not exist, run in-process. */
class HelpCommandTest {
    @Test
    void helpListsEveryCommand() {
        Cli.Run run = Cli.run("help");

        assertThat(run.outLines().get(0)).isEqualTo("Usage: reconcile [-hV] COMMAND");
        assertThat(commands(run)).extracting(line -> line.trim().split(" +")[0]).containsExactly("advise", "rules", "ask", "serve", "test", "help");
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
    }

    @Test
    void helpWithACommandShowsThatCommandsOwnHelp() {
        Cli.Run help = Cli.run("help", "advise");
        Cli.Run option = Cli.run("advise", "--help");

        assertThat(help.outLines().get(0)).startsWith("Usage: reconcile advise ");
        assertThat(help.out()).contains("--format=json|jsonl|text").contains("--threads=N");
        assertThat(help.out()).isEqualTo(option.out());
        assertThat(help.status()).isZero();
    }

    @Test
    void theTopLevelHelpGivesEachCommandAWholeSentenceOnOneLine() {
        Cli.Run run = Cli.run("--help");

        assertThat(commands(run)).hasSize(6).allSatisfy(line -> assertThat(line).matches("  [a-z]+ +[A-Z].*\\.$"));
        assertThat(commands(run).get(0)).matches("  advise +Advise on every case of the FILEs or standard input\\.");
    }

    @Test
    void aMisspeltCommandIsAUsageErrorThatSuggestsTheCommandMeant() {
        Cli.Run run = Cli.run("advice", "examples/cases.jsonl");

        assertThat(run.errLines()).containsExactly("reconcile: unknown command 'advice'; did you mean 'advise'?");
        assertThat(run.out()).isEmpty();
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void helpForAMisspeltCommandSuggestsTheCommandMeant() {
        Cli.Run run = Cli.run("help", "rulse");

        assertThat(run.errLines()).containsExactly("reconcile: unknown command 'rulse'; did you mean 'rules'?");
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void aCommandLikeNoneKnownPointsToTheHelp() {
        Cli.Run run = Cli.run("frobnicate");

        assertThat(run.errLines()).containsExactly("reconcile: unknown command 'frobnicate'; see 'reconcile --help'");
        assertThat(run.status()).isEqualTo(2);
    }

    // The lines of the "Commands:" section of the top-level help.
    private static List<String> commands(Cli.Run run) {
        List<String> lines = run.outLines();
        return lines.subList(lines.indexOf("Commands:") + 1, lines.size()).stream().filter(line -> !line.isBlank()).toList();
    }
}
