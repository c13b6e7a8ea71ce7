package org.reconcile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A scenario stored as data in {@code scenarios/*.jsonl} (at the project's root): a case, the verdict it
 * must get, and the rules that must (or must not) fire on it.
 */
record Scenario(String where, String name, JsonNode input, String verdict, List<String> recommends,
        List<String> overrides, List<String> fires, List<String> silent) {

    static final List<String> FILES = List.of("cooling-off", "reconnecting", "rebuilding", "motives-and-safety", "moving-on",
            "questions", "follow-ups");

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Scenario> all() {
        List<Scenario> all = new ArrayList<>();
        for (String file : FILES) {
            all.addAll(load("scenarios/" + file + ".jsonl"));
        }
        return all;
    }

    private static List<Scenario> load(String resource) {
        try (InputStream in = Scenario.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing scenario file " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Scenario> scenarios = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    scenarios.add(of(resource + ":" + number, JSON.readTree(line)));
                }
            }
            return scenarios;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Scenario of(String where, JsonNode node) {
        return new Scenario(where, node.get("scenario").asText(), node.get("case"), node.get("verdict").asText(),
                ids(node, "recommends"), ids(node, "overrides"), ids(node, "fires"), ids(node, "silent"));
    }

    private static List<String> ids(JsonNode node, String key) {
        List<String> ids = new ArrayList<>();
        node.path(key).forEach(id -> ids.add(id.asText()));
        return ids;
    }

    @Override
    public String toString() {
        return where + " " + name;
    }
}
