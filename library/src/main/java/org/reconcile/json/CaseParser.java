package org.reconcile.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.reconcile.model.Answer;
import org.reconcile.model.Choice;
import org.reconcile.model.Fact;
import org.reconcile.model.Situation;

/**
 * Turns one JSON case, already read into a tree, into a {@link Case}. The fields and their rules
 * are those of the {@link Fact} catalog; unknown fields are errors, never ignored.
 */
final class CaseParser {
    /** Every field a case may have, in the catalog's order. */
    static final List<String> FIELDS = Stream.concat(Stream.of("id"),
            Arrays.stream(Fact.values()).map(Fact::jsonName)).toList();

    private static final int SHOWN_CHARS = 40;

    private CaseParser() {
    }

    /** The case's id, if {@code node} has one that is a string (a null id is no id; another type is reported by {@link #parse}). */
    static Optional<String> idOf(JsonNode node) {
        return Optional.ofNullable(node.get("id")).filter(JsonNode::isTextual).map(JsonNode::textValue);
    }

    /** Parses {@code node}, which should be a JSON object holding one case. */
    static Case parse(JsonNode node) {
        if (node == null || !node.isObject()) {
            return new Case.Invalid(Optional.empty(), CaseError.ofCase("a case must be a JSON object, was " + describe(node)));
        }
        Optional<String> id = idOf(node);
        try {
            return new Case.Valid(id, situation(node));
        } catch (Invalid e) {
            return new Case.Invalid(id, e.error);
        }
    }

    private static Situation situation(JsonNode node) {
        rejectUnknownFields(node);
        Situation.Builder builder = Situation.builder(days(node.get(Fact.DAYS_SINCE_BREAKUP.jsonName())));
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            apply(builder, field.getKey(), field.getValue());
        }
        return builder.build();
    }

    // Checked before anything else: a typo such as "abusive" must never be passed over.
    private static void rejectUnknownFields(JsonNode node) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new Invalid(name, "is not a known field" + Suggestions.didYouMean(name, FIELDS)
                        + "; a case may have only " + String.join(", ", FIELDS));
            }
        }
    }

    // The one fact every case must state: Situation.builder takes it.
    private static int days(JsonNode days) {
        String name = Fact.DAYS_SINCE_BREAKUP.jsonName();
        String rule = Fact.DAYS_SINCE_BREAKUP.constraint();
        if (days == null || days.isNull()) {
            throw new Invalid(name, "is required and " + rule + ", was " + (days == null ? "missing" : "null"));
        }
        if (!days.isNumber()) {
            throw new Invalid(name, rule + ", was " + describe(days));
        }
        // Exact: 10.0 is ten days, 1e-400 is not zero; compared before any conversion, so 1e999999999 costs nothing.
        BigDecimal value = days.isIntegralNumber() ? new BigDecimal(days.bigIntegerValue()) : days.decimalValue();
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(Situation.MAX_DAYS)) > 0
                || value.stripTrailingZeros().scale() > 0) {
            throw new Invalid(name, rule + ", was " + describe(days));
        }
        return value.intValueExact();
    }

    /**
     * What the value of {@code field} must be, such as {@code must be an integer from 0 to 36500};
     * empty if it is not a field of a case.
     */
    static Optional<String> rule(String field) {
        if (field.equals("id")) {
            return Optional.of("must be a string");
        }
        return Fact.byJsonName(field).map(Fact::constraint);
    }

    private static void apply(Situation.Builder builder, String name, JsonNode value) {
        if (name.equals("id")) {
            if (!value.isNull() && !value.isTextual()) {
                throw new Invalid("id", rule("id").orElseThrow() + ", was " + describe(value));
            }
            return;
        }
        Fact fact = Fact.byJsonName(name).orElseThrow();
        switch (fact.type()) {
            case INTEGER -> { /* read first, to start the builder */ }
            case CHOICE -> {
                if (!value.isNull()) {
                    builder.choice(fact, choice(fact, value));
                }
            }
            case CHOICES -> {
                if (!value.isNull()) { // null is not stated; an empty array states "none of these"
                    builder.choices(fact, choices(fact, value));
                }
            }
            case BOOLEAN -> answer(builder, fact, value);
        }
    }

    private static void answer(Situation.Builder builder, Fact fact, JsonNode value) {
        if (!value.isNull() && !value.isBoolean()) {
            throw new Invalid(fact.jsonName(), fact.constraint() + ", was " + describe(value));
        }
        builder.with(fact, value.isNull() ? Answer.UNKNOWN : Answer.of(value.booleanValue()));
    }

    private static Choice choice(Fact fact, JsonNode value) {
        List<String> names = names(fact);
        if (!value.isTextual()) {
            throw new Invalid(fact.jsonName(), fact.constraint() + ", was " + describe(value));
        }
        String text = value.textValue();
        int at = names.indexOf(text);
        if (at < 0) {
            throw new Invalid(fact.jsonName(), fact.constraint() + ", was " + quote(text) + Suggestions.didYouMean(text, names));
        }
        return fact.choices().get(at);
    }

    private static List<Choice> choices(Fact fact, JsonNode value) {
        List<Choice> result = new ArrayList<>();
        if (!value.isArray()) {
            throw new Invalid(fact.jsonName(), fact.constraint() + ", was " + describe(value));
        }
        List<String> names = names(fact);
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            int at = item.isTextual() ? names.indexOf(item.textValue()) : -1;
            if (at < 0) {
                String found = item.isTextual() ? quote(item.textValue()) + Suggestions.didYouMean(item.textValue(), names)
                        : describe(item);
                throw new Invalid(fact.jsonName(), fact.constraint() + "; item " + (i + 1) + " was " + found);
            }
            result.add(fact.choices().get(at));
        }
        return result;
    }

    private static List<String> names(Fact fact) {
        return fact.choices().stream().map(Choice::name).toList();
    }
    /** A short description of a JSON value for a message: its type and, if short, its text. */
    static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "missing";
        }
        return switch (value.getNodeType()) {
            case NULL -> "null";
            case BOOLEAN -> value.asText();
            case NUMBER, POJO -> shorten(value.asText());
            case STRING -> "the string " + quote(value.textValue());
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> value.getNodeType().toString().toLowerCase();
        };
    }

    private static String quote(String text) {
        return "\"" + shorten(text) + "\"";
    }

    private static String shorten(String text) {
        return text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "… (" + text.length() + " characters)";
    }

    /** Thrown inside the parser at the first problem; turned into a {@link CaseError}. */
    private static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient CaseError error;

        Invalid(String field, String message) {
            super(message, null, false, false);
            this.error = CaseError.inField(field, message);
        }
    }
}
