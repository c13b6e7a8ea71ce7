package org.reconcile.engine;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reconcile.advice.RulesException;

/** Problems with rules, written as {@code file:line: message} where they are found, made into a {@link RulesException}. */
final class Problems {
    private static final Pattern FILE_LINE_MESSAGE = Pattern.compile("(.*?):(\\d+): (.*)", Pattern.DOTALL);

    private Problems() {
    }

    static RulesException exception(List<String> problems) {
        return new RulesException(problems.stream().map(Problems::problem).toList());
    }

    private static RulesException.Problem problem(String text) {
        Matcher m = FILE_LINE_MESSAGE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("a problem must read file:line: message, was: " + text);
        }
        return new RulesException.Problem(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    }
}
