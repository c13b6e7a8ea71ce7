package org.reconcile.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.reconcile.Advisor;
import org.reconcile.advice.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code reconcile rules}: every rule with its id, verdict, advice and source. */
@Command(name = "rules", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "List the rules, or check the rules of a directory.",
            "Each rule: id, verdict, name, advice, and the words of the guidance it encodes.",
            "With --rules DIR, compile DIR instead; if it does not compile, print every",
            "error as file:line: message and exit with status 2."})
final class RulesCommand implements Callable<Integer> {
    @Option(names = "--rules", paramLabel = "DIR", description = "List the rules of the DRL files of DIR instead of the built-in ones.")
    private Path rules;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces.")
    private boolean verbose;

    private final Io io;

    RulesCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        Optional<Advisor> advisor = Rules.load(rules, io.errText());
        if (advisor.isEmpty()) {
            return ExitCode.STOPPED;
        }
        PrintWriter out = io.outText();
        for (RuleInfo rule : advisor.get().rules()) {
            print(out, rule);
        }
        out.flush();
        return ExitCode.ALL_EVALUATED;
    }

    // cooling-off/wait-a-month  WAIT  Wait a month before reaching out
    //   advice: Give it at least a month ...
    //   source: “Allow both him and yourself time—...”   (rules/cooling-off.drl)
    private static void print(PrintWriter out, RuleInfo rule) {
        String verdict = rule.verdict().map(Enum::name).orElse(rule.givesAdvice() ? "(no verdict)" : "(derives a fact)");
        out.println(rule.rule() + "  " + verdict + "  " + rule.name());
        rule.advice().ifPresent(advice -> out.println("  advice: " + advice));
        out.println("  source: “" + rule.source() + "”");
        out.println("  file:   " + rule.file());
        out.println();
    }
}
