package org.reconcile.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.reconcile.model.Answer;
import org.reconcile.model.Choice;
import org.reconcile.model.Fact;
import org.reconcile.model.Situation;

/**
 * The quick way to read a case: one pass of Jackson's streaming parser, from the bytes straight
 * into a {@link Situation}, with no tree. It reads only a case with nothing wrong: each field known
 * and given once, each value of its field's type and within its range, the case alone in its
 * bytes. At the first thing that is not so it gives up, and the case is read again the thorough
 * way ({@link TreeReader}, {@link CaseParser}), which finds what is wrong and says it. So a sound
 * case comes out the same either way, and every message about an unsound one is the thorough
 * way's, unchanged.
 */
final class SoundCase {
    private static final int ID = 0;
    /** Each field's number: 0 for {@code id}, then each fact's ordinal plus one. */
    private static final Map<String, Integer> FIELD_NUMBERS = new HashMap<>();
    private static final Map<Fact, Map<String, Choice>> CHOICES = new EnumMap<>(Fact.class);
    private static final Fact[] FACTS = Fact.values();

    static {
        List<String> fields = CaseParser.FIELDS;
        for (int i = 0; i < fields.size(); i++) {
            FIELD_NUMBERS.put(fields.get(i), i);
        }
        for (Fact fact : FACTS) {
            if (fact.type() == Fact.Type.CHOICE || fact.type() == Fact.Type.CHOICES) {
                Map<String, Choice> byName = new HashMap<>();
                fact.choices().forEach(choice -> byName.put(choice.name(), choice));
                CHOICES.put(fact, byName);
            }
        }
    }

    private SoundCase() {
    }

    /** The case {@code parser} holds, from its first token, if nothing is wrong with it; otherwise null. */
    static Case.Valid read(JsonParser parser) {
        try {
            return parser.nextToken() == JsonToken.START_OBJECT ? object(parser) : null;
        } catch (IOException | RuntimeException e) {
            return null; // whatever it is, the thorough way says it
        }
    }

    private static Case.Valid object(JsonParser parser) throws IOException {
        boolean[] given = new boolean[FACTS.length + 1];
        String id = null;
        int days = -1;
        Situation.Builder builder = Situation.builder(0);
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            Integer number = FIELD_NUMBERS.get(name);
            if (number == null || given[number]) {
                return null;
            }
            given[number] = true;
            JsonToken value = parser.nextToken();
            if (number == ID) {
                if (value == JsonToken.VALUE_STRING) {
                    id = parser.getText();
                } else if (value != JsonToken.VALUE_NULL) {
                    return null;
                }
                continue;
            }
            Fact fact = FACTS[number - 1];
            boolean sound = switch (fact.type()) {
                case INTEGER -> (days = days(parser, value)) >= 0;
                case CHOICE -> choice(parser, value, fact, builder);
                case CHOICES -> choices(parser, value, fact, builder);
                case BOOLEAN -> answer(value, fact, builder);
            };
            if (!sound) {
                return null;
            }
        }
        // The object is closed: nothing may follow it, and the days are required.
        if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null || days < 0) {
            return null;
        }
        return new Case.Valid(Optional.ofNullable(id), builder.daysSinceBreakup(days).build());
    }

    // Only a plain integer in range; 10.0 and the like are left to the thorough way.
    private static int days(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
            return -1;
        }
        int days = parser.getIntValue();
        return days <= Situation.MAX_DAYS ? days : -1;
    }

    private static boolean choice(JsonParser parser, JsonToken value, Fact fact, Situation.Builder builder) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return true; // not stated
        }
        Choice choice = value == JsonToken.VALUE_STRING ? CHOICES.get(fact).get(parser.getText()) : null;
        if (choice == null) {
            return false;
        }
        builder.choice(fact, choice);
        return true;
    }

    private static boolean choices(JsonParser parser, JsonToken value, Fact fact, Situation.Builder builder) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return true; // not stated; an empty array states "none of these"
        }
        if (value != JsonToken.START_ARRAY) {
            return false;
        }
        Map<String, Choice> byName = CHOICES.get(fact);
        List<Choice> chosen = new ArrayList<>(4);
        for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
            Choice choice = item == JsonToken.VALUE_STRING ? byName.get(parser.getText()) : null;
            if (choice == null) {
                return false;
            }
            chosen.add(choice);
        }
        builder.choices(fact, chosen);
        return true;
    }

    private static boolean answer(JsonToken value, Fact fact, Situation.Builder builder) {
        Answer answer = switch (value) {
            case VALUE_TRUE -> Answer.YES;
            case VALUE_FALSE -> Answer.NO;
            case VALUE_NULL -> Answer.UNKNOWN;
            default -> null;
        };
        if (answer == null) {
            return false;
        }
        builder.with(fact, answer);
        return true;
    }
}
