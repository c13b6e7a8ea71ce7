package org.reconcile.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.reconcile.Advisor;
import org.reconcile.cli.batch.Batch;
import org.reconcile.cli.batch.BatchFailure;
import org.reconcile.cli.batch.read.Input;
import org.reconcile.cli.batch.write.OutputFormat;
import org.reconcile.json.AdviceJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code reconcile advise}: one result per case, in input order, as the contract describes. */
@Command(name = "advise", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            // One line each, as picocli wraps each line on its own; the first is the summary that
            // the top command's list of commands shows.
            "Advise on every case of the FILEs or standard input.",
            "The input is a JSON object, a JSON array of objects, or JSON Lines, told",
            "apart by the content. Writes one result per case, in input order.",
            "Exit status: 0 every case evaluated; 1 some cases invalid (the others still",
            "evaluated); 2 usage error, unreadable input, rules that do not compile, or",
            "JSON too broken to read on."})
final class AdviseCommand implements Callable<Integer> {
    private static final int OUTPUT_BUFFER = 64 * 1024;

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", paramLabel = "json|jsonl|text", converter = FormatConverter.class,
            description = "Output format; by default it follows the input (several inputs: jsonl).")
    private OutputFormat format;

    @Option(names = "--brief", description = "Write only index, id, verdict, rules (the ids of the recommended rules), "
            + "questions, daysToWait and safety (or the error) per case; JSON formats only.")
    private boolean brief;

    @Option(names = "--rules", paramLabel = "DIR", description = "Use the DRL files of DIR instead of the built-in rules.")
    private Path rules;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the results to FILE instead of standard output: through a temporary file renamed at the end, "
                    + "so a run that stops early (exit status 2) leaves FILE as it was.")
    private Path output;

    @Option(names = "--threads", paramLabel = "N", description = "Evaluate on N threads (default: all processors).")
    private Integer threads;

    @Option(names = "--progress", negatable = true,
            description = "Show progress on standard error (default: when it is a terminal).")
    private Boolean progress;

    @Option(names = {"-v", "--verbose"}, description = "Name each invalid case on standard error; show stack traces.")
    private boolean verbose;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files of cases; - or none for standard input.")
    private List<String> files = new ArrayList<>();

    private final Io io;

    AdviseCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + workers);
        }
        if (brief && format == OutputFormat.TEXT) {
            throw new ParameterException(spec.commandLine(), "--brief applies to the JSON formats, not to --format text");
        }
        PrintWriter err = io.errText();
        Optional<List<Input>> inputs = inputs(err);
        if (inputs.isEmpty()) {
            return ExitCode.STOPPED;
        }
        if (output != null && OutputFile.problem(output).isPresent()) {
            err.println("reconcile: cannot write " + output + ": " + OutputFile.problem(output).get() + "; nothing was evaluated");
            return ExitCode.STOPPED;
        }
        Optional<Advisor> advisor = Rules.load(rules, err);
        if (advisor.isEmpty()) {
            return ExitCode.STOPPED;
        }
        if (output == null) {
            return advise(advisor.get(), workers, inputs.get(), new BufferedOutputStream(io.out(), OUTPUT_BUFFER), err);
        }
        // Results are complete with exit status 1 too (the invalid cases have their error results): FILE gets them.
        try (OutputFile file = OutputFile.open(output)) {
            int status = advise(advisor.get(), workers, inputs.get(), file.stream(), err);
            if (status != ExitCode.STOPPED) {
                file.commit();
            }
            return status;
        } catch (IOException e) {
            err.println("reconcile: cannot write " + output + ": " + e.getMessage());
            return ExitCode.STOPPED;
        }
    }

    private int advise(Advisor advisor, int workers, List<Input> inputs, OutputStream out, PrintWriter err) {
        boolean showProgress = progress == null ? io.errIsTerminal() : progress;
        Report report = new Report(err, verbose,
                showProgress ? Optional.of(new Progress(err, io.errIsTerminal(), io.clock())) : Optional.empty());
        long start = System.nanoTime();
        Optional<BatchFailure> failure = new Batch(advisor, workers, Optional.ofNullable(format),
                brief ? AdviceJson.Detail.BRIEF : AdviceJson.Detail.FULL).run(inputs, out, report);
        report.finish(failure, System.nanoTime() - start);
        if (failure.isPresent()) {
            return ExitCode.STOPPED;
        }
        return report.invalid() > 0 ? ExitCode.SOME_INVALID : ExitCode.ALL_EVALUATED;
    }

    // Every file is checked before any case is read: a typo in the last file name must not
    // surface after an hour of work.
    private Optional<List<Input>> inputs(PrintWriter err) {
        if (files.isEmpty()) {
            return Optional.of(List.of(Input.stdin(io.in())));
        }
        if (Collections.frequency(files, "-") > 1) {
            throw new ParameterException(spec.commandLine(), "standard input (-) can be read only once, was given "
                    + Collections.frequency(files, "-") + " times");
        }
        List<Input> inputs = new ArrayList<>();
        for (String file : files) {
            if (file.equals("-")) {
                inputs.add(Input.stdin(io.in()));
                continue;
            }
            Path path = Path.of(file);
            Optional<String> problem = unreadable(path);
            if (problem.isPresent()) {
                err.println("reconcile: cannot read " + file + ": " + problem.get() + "; nothing was evaluated");
                return Optional.empty();
            }
            inputs.add(Input.file(path));
        }
        return Optional.of(inputs);
    }

    /** Why {@code path} cannot be read as an input file, if it cannot: missing, a directory, permission denied. */
    static Optional<String> unreadable(Path path) {
        if (!Files.exists(path)) {
            return Optional.of("no such file");
        }
        if (Files.isDirectory(path)) {
            return Optional.of("it is a directory, not a file");
        }
        if (!Files.isReadable(path)) {
            return Optional.of("permission denied");
        }
        return Files.isRegularFile(path) ? firstByteUnreadable(path) : Optional.empty();
    }

    // Reading a byte finds what permissions cannot tell, such as an I/O error. Only regular files:
    // a byte read from a pipe would be lost.
    private static Optional<String> firstByteUnreadable(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            in.read();
            return Optional.empty();
        } catch (AccessDeniedException e) {
            return Optional.of("permission denied");
        } catch (IOException e) {
            return Optional.of(e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
        }
    }

    /** {@code json}, {@code jsonl} or {@code text}, in any case. */
    static final class FormatConverter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("must be json, jsonl or text, was '" + value + "'");
            }
        }
    }
}
