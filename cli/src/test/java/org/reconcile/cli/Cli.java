package org.reconcile.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Runs the command line in-process, as a user would from a shell, and captures what it does. */
final class Cli {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Cli() {
    }

    /**
     * What one run of the command did.
     *
     * @param status the exit status
     * @param out standard output
     * @param err standard error
     */
    record Run(int status, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }

        /** Standard output as JSON Lines, one result per line. */
        List<JsonNode> results() {
            List<JsonNode> results = new ArrayList<>();
            for (String line : outLines()) {
                results.add(json(line));
            }
            return results;
        }

        /** Standard output as one JSON value. */
        JsonNode outJson() {
            return json(out);
        }
    }

    /** Runs {@code reconcile ARGS} with nothing on standard input. */
    static Run run(String... args) {
        return runWithInput("", args);
    }

    /** Runs {@code reconcile ARGS} with {@code input} on standard input, in UTF-8. */
    static Run runWithInput(String input, String... args) {
        return runWithInput(input.getBytes(StandardCharsets.UTF_8), args);
    }

    static Run runWithInput(byte[] input, String... args) {
        return run(input, (in, out, err) -> Main.run(args, in, out, err));
    }

    /** Runs {@code reconcile ARGS} with {@code input} on standard input, timing progress by {@code clock} (in nanoseconds). */
    static Run runWithClock(LongSupplier clock, String input, String... args) {
        return run(input.getBytes(StandardCharsets.UTF_8),
                (in, out, err) -> Main.run(args, new Io(in, Io.failingLoudly(out), err, false, clock)));
    }

    private interface Command {
        int run(InputStream in, PrintStream out, PrintStream err);
    }

    private static Run run(byte[] input, Command command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = command.run(new ByteArrayInputStream(input), outStream, errStream);
        }
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }
}
