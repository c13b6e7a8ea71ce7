package org.reconcile.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

import org.reconcile.Advisor;
import org.reconcile.advice.RulesException;

/** Loads the rules a command runs with: the built-in ones, or the DRL files of {@code --rules DIR}. */
final class Rules {
    private Rules() {
    }

    // Compiling the built-in rules takes seconds: one process (or test run) does it once.
    private static final class BuiltIn {
        static final Advisor ADVISOR = Advisor.builtIn();
    }

    /**
     * The advisor for {@code dir}, or the built-in one if {@code dir} is null. If the rules cannot
     * be loaded, prints every problem as {@code file:line: message} to {@code err} and returns empty.
     */
    static Optional<Advisor> load(Path dir, PrintWriter err) {
        if (dir == null) {
            return Optional.of(BuiltIn.ADVISOR);
        }
        try {
            return Optional.of(Advisor.fromDirectory(dir));
        } catch (RulesException e) {
            e.problems().forEach(err::println);
            int count = e.problems().size();
            err.println("reconcile: the rules in " + dir + " must compile and pass the checks, found "
                    + count + (count == 1 ? " problem" : " problems") + "; nothing was evaluated");
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("reconcile: " + e.getMessage());
        }
        return Optional.empty();
    }
}
