package org.reconcile.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import com.fasterxml.jackson.databind.JsonNode;
import org.reconcile.TestAdvisor;
import org.reconcile.advice.Advice;
import org.reconcile.advice.Firing;

/** Checks the result written for a generated case against what it must be; failures name the seed and the case. */
public final class ResultCheck {
    private ResultCheck() {
    }

    /**
     * Checks {@code result}: its index, for an error of JSON Lines its line, and a verdict or an
     * error as {@link Expected} says.
     */
    public static void check(JsonNode result, GeneratedCase generated, long index, OptionalInt line, long seed) {
        String shown = result.toString();
        String where = generated.describe(seed) + "\n    result: " + (shown.length() > 600 ? shown.substring(0, 600) + "…" : shown);
        assertThat(result.path("index").asLong()).as("index of %s", where).isEqualTo(index);
        Expected expected = generated.expected();
        if (expected instanceof Expected.Valid valid) {
            checkAdvice(result, valid, where);
            return;
        }
        assertThat(result.has("verdict") ^ result.has("error")).as("a verdict or an error, not both: %s", where).isTrue();
        if (result.has("error")) {
            assertThat(result.path("error").path("message").asText()).as("message of %s", where).isNotBlank();
            line.ifPresent(l -> assertThat(result.path("line").asInt()).as("line of %s", where).isEqualTo(l));
        }
        if (expected instanceof Expected.Invalid invalid) {
            checkError(result, invalid, where);
        }
    }

    private static void checkAdvice(JsonNode result, Expected.Valid valid, String where) {
        Advice advice = TestAdvisor.get().advise(valid.situation());
        assertThat(result.path("verdict").asText()).as("verdict of %s", where).isEqualTo(advice.verdict().name());
        assertThat(texts(result.path("recommendations"), "rule")).as("recommendations of %s", where).isEqualTo(advice.ruleIds());
        assertThat(texts(result.path("explanation").path("fired"), null)).as("rules fired for %s", where)
                .isEqualTo(advice.explanation().firings().stream().map(Firing::rule).toList());
        if (valid.id().isPresent()) {
            assertThat(result.path("id").textValue()).as("id of %s", where).isEqualTo(valid.id().get());
        } else {
            assertThat(result.has("id")).as("no id for %s", where).isFalse();
        }
    }

    private static void checkError(JsonNode result, Expected.Invalid invalid, String where) {
        assertThat(result.has("error")).as("an error for %s", where).isTrue();
        JsonNode error = result.path("error");
        if (invalid.field().isPresent()) {
            assertThat(error.path("field").textValue()).as("field of %s", where).isEqualTo(invalid.field().get());
        } else {
            assertThat(error.has("field")).as("no field for %s", where).isFalse();
        }
        assertThat(error.path("message").asText()).as("message of %s", where).contains(invalid.hint());
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(field == null ? item.asText() : item.path(field).asText()));
        return texts;
    }
}
