package org.reconcile.bench;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import org.reconcile.model.Answer;
import org.reconcile.model.BreakupReason;
import org.reconcile.model.Fact;
import org.reconcile.model.Motive;
import org.reconcile.model.Situation;
import org.reconcile.model.Stage;

/**
 * Reads one case from JSON text with Jackson's streaming parser (jackson-core only, no tree): a
 * small field reader of its own, checking what the contract checks (known fields, types, ranges,
 * values). Benchmark code only; it never serves users.
 */
public final class PlainCaseReader {
    private static final Map<String, Fact> FACTS = new HashMap<>();
    private static final Map<String, Stage> STAGES = names(Stage.values());
    private static final Map<String, BreakupReason> REASONS = names(BreakupReason.values());
    private static final Map<String, Motive> MOTIVES = names(Motive.values());

    static {
        for (Fact fact : Fact.values()) {
            FACTS.put(fact.jsonName(), fact);
        }
    }

    private final JsonFactory factory = new JsonFactory();

    /** What was read: a case, or an error (with the field at fault, if one is). */
    public static final class Read {
        String id;
        PlainCase plainCase;
        String errorField;
        String error;

        /** The case, or null if it was invalid. */
        public PlainCase plainCase() {
            return plainCase;
        }

        /** The case's id, or null. */
        public String id() {
            return id;
        }
    }

    private static final class Invalid extends Exception {
        final String field;

        Invalid(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    /** Reads the case in {@code json}. */
    public Read read(String json) {
        Read read = new Read();
        try (JsonParser parser = factory.createParser(json)) {
            read.plainCase = readCase(parser, read);
        } catch (Invalid e) {
            read.errorField = e.field;
            read.error = e.getMessage();
        } catch (JsonProcessingException e) {
            read.error = "not JSON: " + e.getOriginalMessage();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return read;
    }

    private static PlainCase readCase(JsonParser parser, Read read) throws IOException, Invalid {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new Invalid(null, "a case must be a JSON object");
        }
        PlainCase c = new PlainCase(-1);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("id")) {
                read.id = readId(parser, value);
                continue;
            }
            Fact fact = FACTS.get(name);
            if (fact == null) {
                throw new Invalid(name, "unknown field");
            }
            switch (fact.type()) {
                case INTEGER -> c.days = readDays(parser, value, fact);
                case CHOICE -> c.stage = value == JsonToken.VALUE_NULL ? Stage.NO_CONTACT : (Stage) choice(parser, value, fact, STAGES);
                case CHOICES -> readChoices(parser, value, fact, c);
                case BOOLEAN -> c.answers[fact.ordinal()] = switch (value) {
                    case VALUE_TRUE -> Answer.YES;
                    case VALUE_FALSE -> Answer.NO;
                    case VALUE_NULL -> Answer.UNKNOWN;
                    default -> throw new Invalid(name, fact.constraint() + ", was " + parser.getText());
                };
            }
        }
        if (c.days < 0) {
            throw new Invalid(Fact.DAYS_SINCE_BREAKUP.jsonName(), "is required");
        }
        return c;
    }

    private static String readId(JsonParser parser, JsonToken value) throws IOException, Invalid {
        if (value == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (value == JsonToken.VALUE_NUMBER_INT) {
            return parser.getText();
        }
        throw new Invalid("id", "must be a string or an integer, was " + parser.getText());
    }

    private static int readDays(JsonParser parser, JsonToken value, Fact fact) throws IOException, Invalid {
        if (value != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT
                || parser.getIntValue() < 0 || parser.getIntValue() > Situation.MAX_DAYS) {
            throw new Invalid(fact.jsonName(), fact.constraint() + ", was " + parser.getText());
        }
        return parser.getIntValue();
    }

    private static void readChoices(JsonParser parser, JsonToken value, Fact fact, PlainCase c) throws IOException, Invalid {
        if (value == JsonToken.VALUE_NULL) {
            return;
        }
        if (value != JsonToken.START_ARRAY) {
            throw new Invalid(fact.jsonName(), fact.constraint() + ", was " + parser.getText());
        }
        int bits = 0;
        Map<String, ? extends Enum<?>> names = fact == Fact.MOTIVES ? MOTIVES : REASONS;
        for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
            bits |= 1 << choice(parser, item, fact, names).ordinal();
        }
        if (fact == Fact.MOTIVES) {
            c.motives = bits;
        } else {
            c.breakupReasons = bits;
        }
    }

    private static Enum<?> choice(JsonParser parser, JsonToken value, Fact fact, Map<String, ? extends Enum<?>> names)
            throws IOException, Invalid {
        Enum<?> choice = value == JsonToken.VALUE_STRING ? names.get(parser.getText()) : null;
        if (choice == null) {
            throw new Invalid(fact.jsonName(), fact.constraint() + ", was " + parser.getText());
        }
        return choice;
    }

    private static <E extends Enum<E>> Map<String, E> names(E[] values) {
        Map<String, E> names = new HashMap<>();
        for (E value : values) {
            names.put(value.name(), value);
        }
        return names;
    }
}
