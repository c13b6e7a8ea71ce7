package org.reconcile.advice;

import java.util.List;
import java.util.Objects;

/**
 * The rules could not be loaded. Each problem says where it is and what is wrong; the message
 * lists them as {@code file:line: message}, one a line. Nothing is evaluated with rules that
 * failed to load.
 */
public final class RulesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** One problem with the rules: where it is and what is wrong. Immutable, compared by value. */
    public static final class Problem {
        private final String file;
        private final int line;
        private final String message;

        /**
         * A problem.
         *
         * @param file the rule file, as it was given; not null
         * @param line the 1-based line, or 0 if not known
         * @param message what is wrong; not null
         * @throws IllegalArgumentException if {@code line} is negative
         */
        public Problem(String file, int line, String message) {
            this.file = Objects.requireNonNull(file, "file must not be null");
            this.message = Objects.requireNonNull(message, "message must not be null");
            if (line < 0) {
                throw new IllegalArgumentException("line must be 0 (not known) or more, was " + line);
            }
            this.line = line;
        }

        /**
         * The rule file, as it was given.
         *
         * @return the file
         */
        public String file() {
            return file;
        }

        /**
         * The 1-based line the problem is on.
         *
         * @return the line, 0 where no line is known
         */
        public int line() {
            return line;
        }

        /**
         * What is wrong.
         *
         * @return the message
         */
        public String message() {
            return message;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Problem that && file.equals(that.file) && line == that.line && message.equals(that.message);
        }

        @Override
        public int hashCode() {
            return Objects.hash(file, line, message);
        }

        /** The problem as {@code file:line: message}. */
        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }

    /**
     * An exception listing {@code problems}, of which there is at least one.
     *
     * @param problems the problems, in the order of the files and lines; copied
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public RulesException(List<Problem> problems) {
        super(String.join(System.lineSeparator(), problems.stream().map(Problem::toString).toList()));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a RulesException must have at least one problem, had none");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem, in the order of the files and lines.
     *
     * @return an unmodifiable list, never empty
     */
    public List<Problem> problems() {
        return problems;
    }
}
