package org.reconcile.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.reconcile.Advisor;
import org.reconcile.cli.batch.write.OutputFormat;
import org.reconcile.cli.scenario.Scenario;
import org.reconcile.cli.scenario.ScenarioFiles;
import org.reconcile.cli.scenario.ScenarioReport;
import org.reconcile.cli.scenario.ScenarioRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reconcile test}: scenario files run against the rules, for people who adapt the rules. */
@Command(name = "test", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Run scenario files against the rules, and show what differs.",
            "Each line of a scenario file is a case and what its result must be (docs/scenarios.md).",
            "Shows each failing scenario with what differs, then the counts, the rules that no",
            "scenario fired and the rules that fired in every scenario.",
            "Exit status: 0 every scenario passed; 1 some failed; 2 usage error, a file that",
            "cannot be read, a line that is not a scenario, or rules that do not compile."})
final class TestCommand implements Callable<Integer> {
    @Option(names = "--rules", paramLabel = "DIR", description = "Use the DRL files of DIR instead of the built-in rules.")
    private Path rules;

    @Option(names = "--format", paramLabel = "text|json", converter = AskCommand.FormatConverter.class,
            description = "text (default): the failures and a summary; json: an object per scenario and a summary.")
    private OutputFormat format = OutputFormat.TEXT;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces.")
    private boolean verbose;

    @Parameters(paramLabel = "SCENARIOS", arity = "1..*",
            description = "Scenario files (JSON Lines), or directories whose *.jsonl files to run.")
    private List<Path> scenarios = new ArrayList<>();

    private final Io io;

    TestCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = io.errText();
        Optional<List<Scenario>> read = read(err);
        if (read.isEmpty()) {
            return ExitCode.STOPPED;
        }
        Optional<Advisor> advisor = Rules.load(rules, err);
        if (advisor.isEmpty()) {
            return ExitCode.STOPPED;
        }
        ScenarioRun run = ScenarioRun.of(advisor.get(), read.get());
        if (format == OutputFormat.JSON) {
            ScenarioReport.json(run, io.out());
        } else {
            ScenarioReport.text(run, io.outText());
        }
        return run.failed() == 0 ? ExitCode.ALL_PASSED : ExitCode.SOME_FAILED;
    }

    // The scenarios of every file, or, printing why, none at all: nothing runs unless every line is a scenario.
    private Optional<List<Scenario>> read(PrintWriter err) {
        ScenarioFiles.Read read;
        try {
            Optional<List<Path>> files = files(err);
            if (files.isEmpty()) {
                return Optional.empty();
            }
            read = ScenarioFiles.read(files.get());
            if (read.problems().isEmpty() && read.scenarios().isEmpty()) {
                err.println("reconcile: no scenario in " + String.join(", ", files.get().stream().map(Path::toString).toList())
                        + "; nothing was run");
                return Optional.empty();
            }
        } catch (UncheckedIOException e) {
            err.println("reconcile: " + e.getMessage() + "; nothing was run");
            return Optional.empty();
        }
        read.problems().forEach(err::println);
        int count = read.problems().size();
        if (count > 0) {
            err.println("reconcile: each line of a scenario file must be one scenario, found " + count
                    + (count == 1 ? " line that is not" : " lines that are not") + "; nothing was run");
            return Optional.empty();
        }
        return Optional.of(read.scenarios());
    }

    // Every file is checked before anything is run; a directory stands for its *.jsonl files.
    private Optional<List<Path>> files(PrintWriter err) {
        List<Path> files = new ArrayList<>();
        for (Path given : scenarios) {
            List<Path> found = ScenarioFiles.files(given);
            if (found.isEmpty()) {
                err.println("reconcile: cannot read " + given + ": a directory of scenarios must hold .jsonl files, found none"
                        + "; nothing was run");
                return Optional.empty();
            }
            for (Path file : found) {
                Optional<String> problem = AdviseCommand.unreadable(file);
                if (problem.isPresent()) {
                    err.println("reconcile: cannot read " + file + ": " + problem.get() + "; nothing was run");
                    return Optional.empty();
                }
            }
            files.addAll(found);
        }
        return Optional.of(files);
    }
}
