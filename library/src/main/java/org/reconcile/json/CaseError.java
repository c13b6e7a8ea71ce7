package org.reconcile.json;

import java.util.Objects;
import java.util.Optional;

/** What is wrong with one case. Immutable, compared by value. */
public final class CaseError {
    private final Optional<String> field;
    private final String message;
    private final Optional<BrokenJson> brokenJson;

    /**
     * An error.
     *
     * @param field the field at fault, if one is; not null
     * @param message what must hold and what was found; not null
     * @param brokenJson where and how the JSON broke, if it did; not null
     */
    public CaseError(Optional<String> field, String message, Optional<BrokenJson> brokenJson) {
        this.field = Objects.requireNonNull(field, "field must not be null: use Optional.empty()");
        this.message = Objects.requireNonNull(message, "message must not be null");
        this.brokenJson = Objects.requireNonNull(brokenJson, "brokenJson must not be null: use Optional.empty()");
    }

    /**
     * An error in one field.
     *
     * @param field the field at fault
     * @param message what must hold and what was found
     * @return the error
     */
    public static CaseError inField(String field, String message) {
        return new CaseError(Optional.of(Objects.requireNonNull(field, "field must not be null")), message, Optional.empty());
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
     * The field at fault; empty when the case as a whole is at fault (not an object, broken JSON,
     * beyond a limit outside any field).
     *
     * @return the field's name, or empty
     */
    public Optional<String> field() {
        return field;
    }

    /**
     * What must hold and what was found, such as {@code must be an integer from 0 to 36500, was -3}.
     *
     * @return the message, without the field's name
     */
    public String message() {
        return message;
    }

    /**
     * Where and how the JSON itself broke, when it did: a text holding several cases cannot be
     * read on past that point.
     *
     * @return where and how, or empty
     */
    public Optional<BrokenJson> brokenJson() {
        return brokenJson;
    }

    /**
     * The error as one line.
     *
     * @return the field, if any, then the message: {@code daysSinceBreakup must be an integer from 0 to 36500, was -3}
     */
    public String describe() {
        return field.map(f -> f + " " + message).orElse(message);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseError that && field.equals(that.field) && message.equals(that.message)
                && brokenJson.equals(that.brokenJson);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, message, brokenJson);
    }

    /** The error as {@link #describe()} gives it. */
    @Override
    public String toString() {
        return "CaseError[" + describe() + "]";
    }

    /** Where and how the JSON of a case broke. Immutable, compared by value. */
    public static final class BrokenJson {
        private final int line;
        private final int column;
        private final String problem;

        /**
         * Where the JSON broke.
         *
         * @param line the 1-based line, in the text the case was read from
         * @param column the 1-based column, counted in bytes
         * @param problem what is wrong; not null
         * @throws IllegalArgumentException if {@code line} or {@code column} is below 1
         */
        public BrokenJson(int line, int column, String problem) {
            if (line < 1 || column < 1) {
                throw new IllegalArgumentException("line and column must be 1 or more, were " + line + " and " + column);
            }
            this.line = line;
            this.column = column;
            this.problem = Objects.requireNonNull(problem, "problem must not be null");
        }

        /**
         * The 1-based line, in the text the case was read from.
         *
         * @return the line
         */
        public int line() {
            return line;
        }

        /**
         * The 1-based column, counted in bytes.
         *
         * @return the column
         */
        public int column() {
            return column;
        }

        /**
         * What is wrong, such as {@code Unexpected end-of-input: expected close marker for Object}.
         *
         * @return the problem
         */
        public String problem() {
            return problem;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof BrokenJson that && line == that.line && column == that.column && problem.equals(that.problem);
        }

        @Override
        public int hashCode() {
            return Objects.hash(line, column, problem);
        }

        /** Where and what: {@code 3:22: Unexpected end-of-input}. */
        @Override
        public String toString() {
            return line + ":" + column + ": " + problem;
        }
    }
}
