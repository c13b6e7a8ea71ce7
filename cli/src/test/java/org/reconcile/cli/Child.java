package org.reconcile.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the command line in a JVM of its own, as {@code java -cp <test classpath> org.reconcile.cli.Main}. */
final class Child {
    private Child() {
    }

    /** A started {@code reconcile ARGS} with {@code jvmOptions}, its standard error going to {@code err}. */
    static Process start(List<String> jvmOptions, Path err, String... args) throws IOException {
        return builder(jvmOptions, err, args).redirectInput(new File("/dev/null")).start();
    }

    /** As {@link #start}, with standard input a pipe from {@link Process#getOutputStream()}. */
    static Process startReadingStandardInput(List<String> jvmOptions, Path err, String... args) throws IOException {
        return builder(jvmOptions, err, args).start();
    }

    private static ProcessBuilder builder(List<String> jvmOptions, Path err, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(err.toFile());
        builder.environment().remove(Main.STDERR_IS_TERMINAL);
        return builder;
    }

    /** Waits for {@code process} to end, at most {@code seconds}; its exit status. */
    static int exitStatus(Process process, int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("reconcile did not end within " + seconds + " s");
        }
        return process.exitValue();
    }

    /**
     * Waits up to {@code seconds} for a started {@code serve} to say "serving on http://HOST:PORT/"
     * on standard error ({@code err}); its port.
     */
    static int servingPort(Process serve, Path err, int seconds) throws IOException, InterruptedException {
        Pattern serving = Pattern.compile("serving on http://[^ ]+:(\\d+)/");
        for (int tenths = 0; tenths < seconds * 10; tenths++) {
            Matcher matcher = serving.matcher(Files.readString(err, StandardCharsets.UTF_8));
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            if (!serve.isAlive()) {
                throw new AssertionError("serve ended: " + Files.readString(err, StandardCharsets.UTF_8));
            }
            Thread.sleep(100);
        }
        serve.destroyForcibly();
        throw new AssertionError("serve did not start within " + seconds + " s");
    }

    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }
}
