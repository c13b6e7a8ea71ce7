package org.reconcile.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.reconcile.model.Answer;
import org.reconcile.model.Fact;
import org.reconcile.model.Situation;

/**
 * A valid case as JSON, written here by hand from a {@link Situation} (not by reconcile's code),
 * as a list of fields that mutations edit before it is rendered.
 */
final class CaseFields {
    /** The fields of a case that hold a yes/no answer. */
    static final Map<String, Function<Situation, Answer>> ANSWERS = answers();

    /** A field as written: its name, and its value as JSON text. */
    record Field(String name, String json) {
    }

    private final List<Field> fields;

    private CaseFields(List<Field> fields) {
        this.fields = fields;
    }

    /** {@code situation} with {@code id}; facts not stated are left out, or at random given as null. */
    static CaseFields of(Situation situation, Optional<String> id, Random random) {
        List<Field> fields = new ArrayList<>();
        id.ifPresent(i -> fields.add(new Field("id", Strings.quote(i, random))));
        fields.add(new Field("daysSinceBreakup", Integer.toString(situation.daysSinceBreakup())));
        if (situation.isStated(Fact.STAGE)) {
            fields.add(new Field("stage", "\"" + situation.stage() + "\""));
        } else if (random.nextInt(4) == 0) {
            fields.add(new Field("stage", "null"));
        }
        addSet(fields, situation, Fact.BREAKUP_REASONS, random);
        addSet(fields, situation, Fact.MOTIVES, random);
        ANSWERS.forEach((name, answer) -> {
            Answer value = answer.apply(situation);
            if (value != Answer.UNKNOWN) {
                fields.add(new Field(name, Boolean.toString(value.isYes())));
            } else if (random.nextInt(5) == 0) {
                fields.add(new Field(name, "null"));
            }
        });
        CaseFields result = new CaseFields(fields);
        if (random.nextInt(3) == 0) {
            Collections.shuffle(fields, random);
        }
        return result;
    }

    // An empty list stated is [], a list not stated is left out or at random null.
    private static void addSet(List<Field> fields, Situation situation, Fact fact, Random random) {
        if (situation.isStated(fact)) {
            fields.add(new Field(fact.jsonName(), situation.chosen(fact).stream().map(v -> "\"" + v.name() + "\"")
                    .collect(Collectors.joining(",", "[", "]"))));
        } else if (random.nextInt(3) == 0) {
            fields.add(new Field(fact.jsonName(), "null"));
        }
    }

    List<Field> fields() {
        return fields;
    }

    boolean has(String name) {
        return fields.stream().anyMatch(f -> f.name().equals(name));
    }

    /** Sets {@code name} to {@code json}, in its place, or at a random place if it was not there. */
    CaseFields set(String name, String json, Random random) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                fields.set(i, new Field(name, json));
                return this;
            }
        }
        fields.add(random.nextInt(fields.size() + 1), new Field(name, json));
        return this;
    }

    CaseFields remove(String name) {
        fields.removeIf(f -> f.name().equals(name));
        return this;
    }

    /** Adds a field at a random place; {@code quotedName} is the name as JSON text, quotes included. */
    CaseFields insertRaw(String quotedName, String json, Random random) {
        fields.add(random.nextInt(fields.size() + 1), new Field(quotedName, json));
        return this;
    }

    /** The case on one line, without white space. */
    byte[] compact() {
        return render(random -> "", null);
    }

    /** The case on one line with random white space (never a line end) between its tokens. */
    byte[] spaced(Random random) {
        return render(r -> Strings.blanks(r), random);
    }

    private byte[] render(Function<Random, String> blank, Random random) {
        StringBuilder json = new StringBuilder(blank.apply(random)).append('{');
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            String name = field.name().startsWith("\"") ? field.name() : "\"" + field.name() + "\"";
            json.append(i == 0 ? "" : ",").append(blank.apply(random)).append(name).append(blank.apply(random)).append(':')
                    .append(blank.apply(random)).append(field.json()).append(blank.apply(random));
        }
        return json.append('}').append(blank.apply(random)).toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Function<Situation, Answer>> answers() {
        Map<String, Function<Situation, Answer>> answers = new LinkedHashMap<>();
        for (Fact fact : Fact.values()) {
            if (fact.type() == Fact.Type.BOOLEAN) {
                answers.put(fact.jsonName(), situation -> situation.answer(fact));
            }
        }
        return Collections.unmodifiableMap(answers); // in this order every run, so a seed replays
    }
}
