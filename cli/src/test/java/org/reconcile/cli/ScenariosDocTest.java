package org.reconcile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reconcile.ProjectFiles;
import org.reconcile.cli.scenario.ScenarioFiles;

/**
 * {@code docs/scenarios.md} shows what {@code reconcile test} does: every command of the page is
 * run, in the page's order, as if in a folder of its own that holds copies of {@code rules/} and
 * {@code scenarios/}; each must show what the page shows. The shell's commands run there in bash;
 * {@code bin/reconcile} runs in-process, its paths taken in that folder (compiling rules in a warm
 * JVM costs a tenth of a new one's processor time).
 */
class ScenariosDocTest {
    private static final Path PAGE = ProjectFiles.of("docs", "scenarios.md");
    private static final Pattern BLOCK = Pattern.compile("(?m)^```([^\\n]*)\\n(.*?)^```$", Pattern.DOTALL);
    private static final Pattern RULE = Pattern.compile("(?ms)^rule \"[^\\n]*\\n    @id\\(\"([^\"]+)\"\\).*?^end$");
    // The page elides long output with a line of its own: "..." stands for any number of lines.
    private static final String ELIDED = "...";
    private static final String RECONCILE = "bin/reconcile ";

    @TempDir
    Path folder;

    private int lastStatus;

    @Test
    void everyCommandOfThePageShowsWhatThePageShows() throws IOException, InterruptedException {
        copy(ProjectFiles.of("rules"), folder.resolve("rules"));
        copy(ProjectFiles.of("scenarios"), folder.resolve("scenarios"));
        List<String> done = new ArrayList<>();

        Matcher block = BLOCK.matcher(Files.readString(PAGE));
        while (block.find()) {
            String[] info = block.group(1).split(" ", 2);
            String text = block.group(2);
            switch (info[0]) {
                case "console" -> done.addAll(runCommands(text));
                case "jsonl" -> {
                    Files.writeString(folder.resolve(info[1]), text, StandardCharsets.UTF_8);
                    done.add("wrote " + info[1]);
                }
                case "drl" -> {
                    replaceRule(folder.resolve(info[1]), text);
                    done.add("changed " + info[1]);
                }
                default -> {
                    // Other blocks are not files or commands: a synopsis, a JSON example.
                }
            }
        }

        assertThat(done).as("what the page did").contains("wrote typos.jsonl", "changed my-rules/motives-and-safety.drl",
                "wrote my-scenarios/stricter-resentment.jsonl", "bin/reconcile test --rules my-rules scenarios",
                "bin/reconcile test --rules my-rules my-scenarios");
    }

    @Test
    void thePageListsEveryKeyAScenarioMayHave() throws IOException {
        List<String> keys = new ArrayList<>();
        Matcher row = Pattern.compile("(?m)^\\| `(\\w+)` \\| (required|optional) \\|").matcher(Files.readString(PAGE));
        while (row.find()) {
            keys.add(row.group(1));
        }

        assertThat(keys).isEqualTo(ScenarioFiles.KEYS);
    }

    // "$ command" lines, each followed by what it shows; "$ echo $?" shows the status of the command before.
    private List<String> runCommands(String block) throws IOException, InterruptedException {
        List<String> commands = new ArrayList<>();
        String command = null;
        List<String> expected = new ArrayList<>();
        for (String line : block.lines().toList()) {
            if (line.startsWith("$ ")) {
                if (command != null) {
                    check(command, expected);
                    commands.add(command);
                }
                command = line.substring(2);
                expected = new ArrayList<>();
            } else {
                expected.add(line);
            }
        }
        check(command, expected);
        commands.add(command);
        return commands;
    }

    private void check(String command, List<String> expected) throws IOException, InterruptedException {
        List<String> shown = command.equals("echo $?") ? List.of(String.valueOf(lastStatus)) : run(command);
        assertThat(matches(expected, shown)).as("$ %s%nshows:%n%s%nthe page shows:%n%s", command,
                String.join("\n", shown), String.join("\n", expected)).isTrue();
    }

    // What a terminal shows: standard output and standard error together.
    private List<String> run(String command) throws IOException, InterruptedException {
        if (command.startsWith(RECONCILE)) {
            return reconcile(command.substring(RECONCILE.length()).split(" "));
        }
        Process process = new ProcessBuilder("bash", "-c", command).directory(folder.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String shown = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("'" + command + "' did not end");
        }
        lastStatus = process.exitValue();
        return shown.lines().toList();
    }

    // Paths that name something in the folder are given whole, and the folder is taken out of what
    // is shown, as if the command ran there.
    private List<String> reconcile(String... args) {
        String[] inFolder = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            inFolder[i] = Files.exists(folder.resolve(args[i])) ? folder.resolve(args[i]).toString() : args[i];
        }
        Cli.Run run = Cli.run(inFolder);
        lastStatus = run.status();
        return (run.out() + run.err()).replace(folder + "/", "").lines().toList();
    }

    private static boolean matches(List<String> expected, List<String> shown) {
        if (expected.isEmpty()) {
            return shown.isEmpty();
        }
        if (expected.get(0).equals(ELIDED)) {
            for (int skip = 0; skip <= shown.size(); skip++) {
                if (matches(expected.subList(1, expected.size()), shown.subList(skip, shown.size()))) {
                    return true;
                }
            }
            return false;
        }
        return !shown.isEmpty() && expected.get(0).equals(shown.get(0))
                && matches(expected.subList(1, expected.size()), shown.subList(1, shown.size()));
    }

    // The page shows a rule as it is after the change: it takes the place of the rule with its @id.
    private static void replaceRule(Path file, String rule) throws IOException {
        Matcher changed = RULE.matcher(rule);
        assertThat(changed.find()).as("the page's rule has an @id: %s", rule).isTrue();
        String drl = Files.readString(file);
        Matcher existing = RULE.matcher(drl);
        while (existing.find()) {
            if (existing.group(1).equals(changed.group(1))) {
                Files.writeString(file, drl.substring(0, existing.start()) + rule.strip() + drl.substring(existing.end()));
                return;
            }
        }
        throw new AssertionError(file + " has no rule " + changed.group(1) + " for the page to change");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(file -> {
                try {
                    Files.copy(file, to.resolve(from.relativize(file).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
