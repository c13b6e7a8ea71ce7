package org.reconcile.cli.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.reconcile.advice.Verdict;
import org.reconcile.json.Case;
import org.reconcile.json.CaseJson;
import org.reconcile.json.Suggestions;
import org.reconcile.model.Fact;

/**
 * Reads scenario files: JSON Lines, one scenario a line, blank lines skipped. Every problem of
 * every file is found before anything runs, each as a value with its file and line.
 */
public final class ScenarioFiles {
    /** Every key a scenario may have, in the order the docs give them. */
    public static final List<String> KEYS = List.of("scenario", "case", "verdict", "recommends", "overridden", "fires",
            "silent", "questions", "followUps", "daysToWait");

    private static final List<String> VERDICTS = Arrays.stream(Verdict.values()).map(Enum::name).toList();
    private static final List<String> QUESTION_FACTS = Arrays.stream(Fact.values()).filter(Fact::isQuestion)
            .map(Fact::jsonName).toList();
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private ScenarioFiles() {
    }

    /**
     * What the files held.
     *
     * @param scenarios the scenarios, in the order of the files and their lines
     * @param problems what is wrong, one per broken line; when there is any, nothing should run
     */
    public record Read(List<Scenario> scenarios, List<Problem> problems) {
        /** Copies the lists. */
        public Read {
            scenarios = List.copyOf(scenarios);
            problems = List.copyOf(problems);
        }
    }

    /**
     * A line that is not a scenario.
     *
     * @param file the file, as given
     * @param line the 1-based line
     * @param message what must hold and what was found
     */
    public record Problem(String file, int line, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }

    /**
     * The files a path on the command line stands for: a file itself, or the {@code *.jsonl} files
     * of a directory (not of its subdirectories), by name.
     *
     * @param path a file or a directory
     * @return the files; empty for a directory without {@code .jsonl} files
     * @throws UncheckedIOException if the directory cannot be listed; its message says which and why
     */
    public static List<Path> files(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> listed = Files.list(path)) {
            return listed.filter(p -> p.getFileName().toString().endsWith(".jsonl") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads every scenario of {@code files}, in UTF-8 (a byte-order mark at the start is skipped).
     *
     * @param files scenario files
     * @return their scenarios and problems
     * @throws UncheckedIOException if a file cannot be read; its message says which and why
     */
    public static Read read(List<Path> files) {
        List<Scenario> scenarios = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            List<byte[]> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                Line line = new Line(file.toString(), i + 1);
                line.read(lines.get(i)).ifPresent(scenarios::add);
                if (line.problem != null) {
                    problems.add(line.problem);
                }
            }
        }
        return new Read(scenarios, problems);
    }

    // The bytes of each line, without its line end: decoded line by line, so that a line which
    // is not UTF-8 is found where it is.
    private static List<byte[]> lines(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<byte[]> lines = new ArrayList<>();
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int last = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
            lines.add(Arrays.copyOfRange(bytes, start, last));
            start = end + 1;
        }
        return lines;
    }

    /** One line being read: a scenario, or the first problem found. */
    private static final class Line {
        private final String file;
        private final int number;
        private Problem problem;

        Line(String file, int number) {
            this.file = file;
            this.number = number;
        }

        Optional<Scenario> read(byte[] bytes) {
            Optional<String> text = utf8(bytes);
            if (text.isEmpty() || text.get().isBlank()) {
                return Optional.empty();
            }
            return parse(text.get());
        }

        private Optional<String> utf8(byte[] bytes) {
            try {
                return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
            } catch (CharacterCodingException e) {
                return fail("a scenario file must be UTF-8, this line is not");
            }
        }

        private Optional<Scenario> parse(String text) {
            Optional<JsonNode> json = json(text);
            if (json.isEmpty() || !knownKeys(json.get())) {
                return Optional.empty();
            }
            JsonNode node = json.get();
            Optional<String> name = name(node.get("scenario"));
            Optional<Case.Valid> theCase = situation(node.get("case"));
            Optional<Verdict> verdict = verdict(node.get("verdict"));
            List<String> recommends = ruleIds("recommends", node.get("recommends"));
            List<String> overridden = ruleIds("overridden", node.get("overridden"));
            List<String> fires = ruleIds("fires", node.get("fires"));
            List<String> silent = ruleIds("silent", node.get("silent"));
            Optional<List<Fact>> questions = facts("questions", node.get("questions"));
            Optional<List<Fact>> followUps = facts("followUps", node.get("followUps"));
            Optional<OptionalInt> daysToWait = days(node);
            if (problem != null) {
                return Optional.empty();
            }
            return Optional.of(new Scenario(file, number, name.orElseThrow(), theCase.orElseThrow().situation(), verdict.orElseThrow(),
                    recommends, overridden, fires, silent, questions, followUps, daysToWait));
        }

        // The case reader's own words for broken JSON, so that 'test' and 'advise' say it alike.
        private Optional<JsonNode> json(String text) {
            Case asCase = CaseJson.readLine(text.getBytes(StandardCharsets.UTF_8));
            if (asCase instanceof Case.Invalid invalid && invalid.error().brokenJson().isPresent()) {
                return fail(invalid.error().message());
            }
            try {
                JsonNode node = JSON.readTree(text);
                return node.isObject() ? Optional.of(node)
                        : fail("a scenario must be a JSON object, was " + kind(node));
            } catch (JsonProcessingException e) {
                return fail("the line is not a valid scenario: " + e.getOriginalMessage());
            }
        }

        private boolean knownKeys(JsonNode node) {
            for (Iterator<String> keys = node.fieldNames(); keys.hasNext();) {
                String key = keys.next();
                if (!KEYS.contains(key)) {
                    fail(key + " is not a known key" + Suggestions.didYouMean(key, KEYS) + "; a scenario may have only "
                            + String.join(", ", KEYS));
                    return false;
                }
            }
            return true;
        }

        private Optional<String> name(JsonNode node) {
            if (node == null || !node.isTextual() || node.asText().isBlank()) {
                return fail("scenario must be a name (a string that is not blank), was " + kind(node));
            }
            return Optional.of(node.asText());
        }

        private Optional<Case.Valid> situation(JsonNode node) {
            if (node == null) {
                return fail("case must be given: the facts of the case, as 'advise' reads them");
            }
            Case read = CaseJson.read(node.toString());
            if (read instanceof Case.Invalid invalid) {
                return fail("case: " + invalid.error().describe());
            }
            return Optional.of((Case.Valid) read);
        }

        private Optional<Verdict> verdict(JsonNode node) {
            if (node == null || !node.isTextual() || !VERDICTS.contains(node.asText())) {
                String found = node != null && node.isTextual() ? "\"" + node.asText() + "\"" + Suggestions.didYouMean(node.asText(), VERDICTS)
                        : kind(node);
                return fail("verdict must be one of " + String.join(", ", VERDICTS) + ", was " + found);
            }
            return Optional.of(Verdict.valueOf(node.asText()));
        }

        private List<String> ruleIds(String key, JsonNode node) {
            List<String> ids = new ArrayList<>();
            if (node == null) {
                return ids;
            }
            if (!node.isArray()) {
                fail(key + " must be an array of rule ids, was " + kind(node));
                return ids;
            }
            for (JsonNode id : node) {
                if (!id.isTextual()) {
                    fail(key + " must be an array of rule ids (strings), held " + kind(id));
                    return ids;
                }
                ids.add(id.asText());
            }
            return ids;
        }

        private Optional<List<Fact>> facts(String key, JsonNode node) {
            if (node == null) {
                return Optional.empty();
            }
            String rule = key + " must be an array of facts that can be asked about (" + String.join(", ", QUESTION_FACTS) + ")";
            if (!node.isArray()) {
                return fail(rule + ", was " + kind(node));
            }
            List<Fact> facts = new ArrayList<>();
            for (JsonNode name : node) {
                Optional<Fact> fact = name.isTextual() ? Fact.byJsonName(name.asText()).filter(Fact::isQuestion) : Optional.empty();
                if (fact.isEmpty()) {
                    String found = name.isTextual() ? "\"" + name.asText() + "\"" + Suggestions.didYouMean(name.asText(), QUESTION_FACTS)
                            : kind(name);
                    return fail(rule + ", held " + found);
                }
                facts.add(fact.get());
            }
            return Optional.of(facts);
        }

        private Optional<OptionalInt> days(JsonNode node) {
            if (!node.has("daysToWait")) {
                return Optional.empty();
            }
            JsonNode days = node.get("daysToWait");
            if (days.isNull()) {
                return Optional.of(OptionalInt.empty());
            }
            if (!days.canConvertToInt() || !days.isIntegralNumber() || days.asInt() < 1) {
                return fail("daysToWait must be a number of days (a whole number from 1) or null for none, was " + kind(days));
            }
            return Optional.of(OptionalInt.of(days.asInt()));
        }

        // Only the first problem of a line is kept: one message a line is enough to mend it.
        private <T> Optional<T> fail(String message) {
            if (problem == null) {
                problem = new Problem(file, number, message);
            }
            return Optional.empty();
        }
    }

    // What a value was, for messages: "an array", "null", "\"WAT\"", "12".
    private static String kind(JsonNode node) {
        if (node == null) {
            return "missing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
            case STRING -> "\"" + node.asText() + "\"";
            default -> node.toString();
        };
    }
}
