package org.reconcile.json;

import java.util.Objects;
import java.util.Optional;

/**
 * What is wrong with one case.
 *
 * @param field the field at fault; empty when the case as a whole is at fault (not an object,
 *     broken JSON, beyond a limit outside any field)
 * @param message what must hold and what was found, such as {@code must be an integer from 0 to 36500, was -3}
 * @param brokenJson where and how the JSON itself broke, when it did: a text holding several cases
 *     cannot be read on past that point
 */
public record CaseError(Optional<String> field, String message, Optional<BrokenJson> brokenJson) {

    /**
     * Checks that nothing is missing.
     *
     * @param field the field at fault, if one is
     * @param message what must hold and what was found
     * @param brokenJson where and how the JSON broke, if it did
     */
    public CaseError {
        Objects.requireNonNull(field, "field must not be null: use Optional.empty()");
        Objects.requireNonNull(message, "message must not be null");
        Objects.requireNonNull(brokenJson, "brokenJson must not be null: use Optional.empty()");
    }

    /**
     * Where and how the JSON of a case broke.
     *
     * @param line the 1-based line, in the text the case was read from
     * @param column the 1-based column, counted in bytes
     * @param problem what is wrong, such as {@code Unexpected end-of-input: expected close marker for Object}
     */
    public record BrokenJson(int line, int column, String problem) {
    }

    /**
     * An error in one field.
     *
     * @param field the field at fault
     * @param message what must hold and what was found
     * @return the error
     */
    public static CaseError inField(String field, String message) {
        return new CaseError(Optional.of(field), message, Optional.empty());
    }

    /**
     * An error of the case as a whole.
     *
     * @param message what must hold and what was found
     * @return the error
     */
    public static CaseError ofCase(String message) {
        return new CaseError(Optional.empty(), message, Optional.empty());
    }

    /**
     * The error as one line.
     *
     * @return the field, if any, then the message: {@code daysSinceBreakup must be an integer from 0 to 36500, was -3}
     */
    public String describe() {
        return field.map(f -> f + " " + message).orElse(message);
    }
}
