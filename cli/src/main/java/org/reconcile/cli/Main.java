package org.reconcile.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.reconcile.json.Suggestions;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line: {@code reconcile advise}, {@code rules}, {@code ask}, {@code serve}, {@code test}
 * and {@code help}, as docs/cli.md describes them. {@link #run} does everything but exit, so tests
 * run the command in-process.
 */
public final class Main {
    /** Set by {@code bin/reconcile} when standard error is a terminal: Java cannot tell on its own. */
    static final String STDERR_IS_TERMINAL = "RECONCILE_STDERR_IS_TERMINAL";
    /** Set by {@code bin/reconcile} when standard input is a terminal, so 'ask' does not echo what was typed. */
    static final String STDIN_IS_TERMINAL = "RECONCILE_STDIN_IS_TERMINAL";

    private Main() {
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        Logging.configure(args);
        // Standard output unwrapped, so that writing to a closed pipe throws (EPIPE) and the run stops.
        FileOutputStream out = new FileOutputStream(FileDescriptor.out);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(args, new Io(System.in, out, err, "1".equals(System.getenv(STDERR_IS_TERMINAL))));
        err.flush();
        System.exit(status);
    }

    /**
     * Runs the command line on the given streams and returns its exit status: 0 every case
     * evaluated, 1 some cases invalid, 2 usage error, unreadable input, rules that do not compile,
     * or JSON too broken to read on.
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, new Io(in, Io.failingLoudly(out), err, false));
    }

    static int run(String[] args, Io io) {
        PrintWriter err = io.errText();
        CommandLine commandLine = new CommandLine(new ReconcileCommand());
        for (Supplier<Object> command : commands(args, io)) {
            commandLine.addSubcommand(new CommandLine(command.get()));
        }
        commandLine.setOut(io.outText())
                .setErr(err)
                .setParameterExceptionHandler((e, given) -> usageError(e, err))
                .setExecutionExceptionHandler((e, command, parsed) -> internalError(e, err, Logging.verbose(args)));
        int status = commandLine.execute(args);
        err.flush();
        return status;
    }

    /**
     * The commands to build: only the one the arguments start with, when they start with one, as
     * picocli reads every option of a command by reflection when it is added, which was a good
     * part of a one-case run's start. Anything else (help, an option, a word that is no command)
     * gets them all, so that help lists them and a typo finds the closest.
     */
    private static List<Supplier<Object>> commands(String[] args, Io io) {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("advise", () -> new AdviseCommand(io));
        commands.put("rules", () -> new RulesCommand(io));
        commands.put("ask", () -> new AskCommand(io));
        commands.put("serve", () -> new ServeCommand(io));
        commands.put("test", () -> new TestCommand(io));
        commands.put("help", CommandLine.HelpCommand::new);
        if (args.length > 0 && !args[0].equals("help") && commands.containsKey(args[0])) {
            return List.of(commands.get(args[0]));
        }
        return List.copyOf(commands.values());
    }

    // One line: what is wrong, a likely fix, and where to look.
    private static int usageError(ParameterException e, PrintWriter err) {
        Optional<String> command = unknownCommand(e);
        if (command.isPresent()) {
            err.println("reconcile: unknown command '" + command.get() + "'" + likelyCommand(command.get(), e.getCommandLine()));
            return ExitCode.STOPPED;
        }
        String message = e.getMessage().lines().findFirst().orElse("usage error");
        if (e instanceof UnmatchedArgumentException unmatched && unmatched.isUnknownOption()) {
            message += didYouMean(unmatched);
        }
        err.println("reconcile: " + message + "; see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'");
        return ExitCode.STOPPED;
    }

    // A word where a command was expected: "reconcile advice", or "reconcile help advice".
    private static Optional<String> unknownCommand(ParameterException e) {
        if (e.getCommandLine().getSubcommands().isEmpty()) {
            return Optional.empty();
        }
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.isUnknownOption()) {
            return Optional.of(unmatched.getUnmatched().get(0));
        }
        // HelpCommand reports a command it does not know with a message of its own.
        if (e.getValue() != null && e.getMessage().startsWith("Unknown subcommand")) {
            return Optional.of(e.getValue());
        }
        return Optional.empty();
    }

    // "; did you mean 'advise'?", or where to find the commands.
    private static String likelyCommand(String command, CommandLine parent) {
        return Suggestions.closest(command, parent.getSubcommands().keySet())
                .map(known -> "; did you mean '" + known + "'?")
                .orElse("; see '" + parent.getCommandSpec().qualifiedName() + " --help'");
    }

    // Picocli's own suggestions miss transposed letters (--fromat); the case fields' suggestions do not.
    private static String didYouMean(UnmatchedArgumentException e) {
        String option = e.getUnmatched().get(0).split("=", 2)[0];
        List<String> known = new ArrayList<>();
        e.getCommandLine().getCommandSpec().options().forEach(o -> known.addAll(List.of(o.names())));
        return Suggestions.didYouMean(option, known);
    }

    private static int internalError(Exception e, PrintWriter err, boolean verbose) {
        err.println("reconcile: failed: " + e + (verbose ? "" : " (--verbose shows where)"));
        if (verbose) {
            e.printStackTrace(err);
        }
        return ExitCode.STOPPED;
    }
}
