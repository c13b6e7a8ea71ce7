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

    /**
     * One problem with the rules.
     *
     * @param file the rule file, as it was given
     * @param line the 1-based line the problem is on; 0 where no line is known
     * @param message what is wrong
     */
    public record Problem(String file, int line, String message) {

        /**
         * Checks that nothing is missing.
         *
         * @param file the rule file, as it was given; not null
         * @param line the 1-based line, or 0 if not known
         * @param message what is wrong; not null
         */
        public Problem {
            Objects.requireNonNull(file, "file must not be null");
            Objects.requireNonNull(message, "message must not be null");
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
