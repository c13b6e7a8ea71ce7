package org.reconcile.advice;

import java.util.List;

/**
 * The rules could not be loaded. The message lists every problem as {@code file:line: message},
 * one a line; nothing is evaluated with rules that failed to load.
 */
public final class RulesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /** An exception listing {@code problems}, each already in {@code file:line: message} form. */
    public RulesException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as {@code file:line: message}. */
    public List<String> problems() {
        return problems;
    }
}
