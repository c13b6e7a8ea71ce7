package org.reconcile.batch;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.reconcile.model.Answer;
import org.reconcile.model.BreakupReason;
import org.reconcile.model.Fact;
import org.reconcile.model.Motive;
import org.reconcile.model.Situation;
import org.reconcile.model.Stage;

/**
 * Turns one JSON case into a {@link Situation}, or says exactly what is wrong with it. The fields
 * and their rules are those of the contract; unknown fields are errors, never ignored.
 */
public final class CaseParser {
    /** Every field a case may have, in the contract's order. */
    public static final List<String> FIELDS = Stream.concat(Stream.of("id"),
            Arrays.stream(Fact.values()).map(Fact::jsonName)).toList();

    private static final int SHOWN_CHARS = 40;

    private CaseParser() {
    }

    /** The result of parsing one case: its id if it had a valid one, and a situation or an error. */
    public record Parsed(Optional<String> id, Optional<Situation> situation, Optional<CaseError> error) {
        static Parsed valid(Optional<String> id, Situation situation) {
            return new Parsed(id, Optional.of(situation), Optional.empty());
        }

        static Parsed invalid(Optional<String> id, CaseError error) {
            return new Parsed(id, Optional.empty(), Optional.of(error));
        }
    }

    /** The case's id, if {@code node} has one that is a string (a null id is no id; another type is reported by {@link #parse}). */
    static Optional<String> idOf(JsonNode node) {
        return Optional.ofNullable(node.get("id")).filter(JsonNode::isTextual).map(JsonNode::textValue);
    }

    /** Parses {@code node}, which should be a JSON object holding one case. */
    public static Parsed parse(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Parsed.invalid(Optional.empty(),
                    new CaseError(null, "a case must be a JSON object, was " + describe(node)));
        }
        Optional<String> id = idOf(node);
        try {
            return Parsed.valid(id, situation(node));
        } catch (Invalid e) {
            return Parsed.invalid(id, e.error);
        }
    }

    private static Situation situation(JsonNode node) {
        rejectUnknownFields(node);
        Situation.Builder builder = Situation.builder(days(node.get("daysSinceBreakup")));
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

    private static int days(JsonNode days) {
        String rule = rule("daysSinceBreakup").orElseThrow();
        if (days == null || days.isNull()) {
            throw new Invalid("daysSinceBreakup", "is required and " + rule + ", was " + (days == null ? "missing" : "null"));
        }
        if (!days.isNumber()) {
            throw new Invalid("daysSinceBreakup", rule + ", was " + describe(days));
        }
        // Exact: 10.0 is ten days, 1e-400 is not zero; compared before any conversion, so 1e999999999 costs nothing.
        BigDecimal value = days.isIntegralNumber() ? new BigDecimal(days.bigIntegerValue()) : days.decimalValue();
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(Situation.MAX_DAYS)) > 0
                || value.stripTrailingZeros().scale() > 0) {
            throw new Invalid("daysSinceBreakup", rule + ", was " + describe(days));
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
        return Fact.byJsonName(field).map(Fact::rule);
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
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
            case CHOICE -> builder.stage(value.isNull() ? Stage.NO_CONTACT : constant(name, value, Stage.class));
            case CHOICES -> builder.choices(fact, fact == Fact.BREAKUP_REASONS
                    ? constants(name, value, BreakupReason.class) : constants(name, value, Motive.class));
            case BOOLEAN -> answer(builder, fact, value);
        }
    }

    private static void answer(Situation.Builder builder, Fact fact, JsonNode value) {
        if (!value.isNull() && !value.isBoolean()) {
            throw new Invalid(fact.jsonName(), fact.rule() + ", was " + describe(value));
        }
        builder.with(fact, value.isNull() ? Answer.UNKNOWN : Answer.of(value.booleanValue()));
    }

    private static <E extends Enum<E>> E constant(String field, JsonNode value, Class<E> type) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        if (!value.isTextual()) {
            throw new Invalid(field, "must be one of " + String.join(", ", names) + ", was " + describe(value));
        }
        String text = value.textValue();
        if (!names.contains(text)) {
            throw new Invalid(field, "must be one of " + String.join(", ", names) + ", was " + quote(text)
                    + Suggestions.didYouMean(text, names));
        }
        return Enum.valueOf(type, text);
    }

    private static <E extends Enum<E>> Set<E> constants(String field, JsonNode value, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        if (value.isNull()) {
            return result;
        }
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        String rule = "must be an array of " + String.join(", ", names);
        if (!value.isArray()) {
            throw new Invalid(field, rule + ", was " + describe(value));
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isTextual() || !names.contains(item.textValue())) {
                String found = item.isTextual() ? quote(item.textValue()) + Suggestions.didYouMean(item.textValue(), names)
                        : describe(item);
                throw new Invalid(field, rule + "; item " + (i + 1) + " was " + found);
            }
            result.add(Enum.valueOf(type, item.textValue()));
        }
        return result;
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
            this.error = new CaseError(field, message);
        }
    }
}
