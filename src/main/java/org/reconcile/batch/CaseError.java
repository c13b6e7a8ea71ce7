package org.reconcile.batch;

/**
 * What is wrong with one case.
 *
 * @param field the field at fault, or {@code null} when the case as a whole is at fault (not an
 *     object, broken JSON)
 * @param message what must hold and what was found, such as {@code must be an integer from 0 to 36500, was -3}
 */
public record CaseError(String field, String message) {

    /** The error as one line: the field, then the message. */
    public String describe() {
        return field == null ? message : field + " " + message;
    }
}
