package org.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.reconcile.advice.Advice;
import org.reconcile.advice.Recommendation;
import org.reconcile.advice.Verdict;

/**
 * Each built-in rule's own {@code @verdict}, read from {@code rules/*.drl} with a regular expression,
 * and the contract's precedence written out here: a check of which recommendations an advice keeps
 * that does not lean on the code that decides it.
 */
final class RuleVerdicts {
    private static final Pattern RULE_HEADER = Pattern.compile("(?m)^rule\\s+\"[^\"]*\"(.*?)^when\\b", Pattern.DOTALL);
    private static final Pattern ID = Pattern.compile("@id\\(\"([^\"]+)\"\\)");
    private static final Pattern VERDICT = Pattern.compile("@verdict\\(\"([^\"]+)\"\\)");
    /** The contract's precedence: abuse, then a reason to let go, then the stage's verdict. */
    private static final Map<Verdict, Integer> TIER = Map.of(Verdict.DO_NOT_GO_BACK, 1, Verdict.MOVE_ON, 2,
            Verdict.WAIT, 3, Verdict.REACH_OUT, 3, Verdict.MEET_UP, 3, Verdict.TALK, 3, Verdict.REBUILD, 3);

    private static final Map<String, Optional<Verdict>> BY_ID = read(ProjectFiles.of("rules"));

    private RuleVerdicts() {
    }

    /** Every rule id of {@code rules/*.drl}, with the verdict its {@code @verdict} names, if any. */
    static Map<String, Optional<Verdict>> byId() {
        return BY_ID;
    }

    /**
     * Checks {@code advice}: every kept recommendation's rule has no {@code @verdict} or exactly the
     * verdict, and every overridden one a {@code @verdict} of lower precedence.
     */
    static void checkAgreement(Advice advice, String where) {
        Verdict chosen = advice.verdict();
        for (Recommendation kept : advice.recommendations()) {
            assertThat(declared(kept)).as("@verdict of kept %s for %s, verdict %s", kept.rule(), where, chosen)
                    .matches(v -> v.isEmpty() || v.get() == chosen, "none, or " + chosen);
        }
        for (Recommendation overridden : advice.explanation().overridden()) {
            Optional<Verdict> verdict = declared(overridden);
            assertThat(verdict).as("@verdict of overridden %s for %s", overridden.rule(), where).isPresent();
            assertThat(verdict.get()).as("@verdict of overridden %s for %s", overridden.rule(), where).isNotEqualTo(chosen);
            assertThat(TIER.get(verdict.get())).as("precedence of overridden %s (%s) below %s for %s", overridden.rule(),
                    verdict.get(), chosen, where).isGreaterThan(TIER.get(chosen));
        }
    }

    private static Optional<Verdict> declared(Recommendation recommendation) {
        assertThat(BY_ID).as("rules/*.drl").containsKey(recommendation.rule());
        return BY_ID.get(recommendation.rule());
    }

    private static Map<String, Optional<Verdict>> read(Path dir) {
        Map<String, Optional<Verdict>> verdicts = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                Matcher header = RULE_HEADER.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (header.find()) {
                    Matcher id = ID.matcher(header.group(1));
                    Matcher verdict = VERDICT.matcher(header.group(1));
                    assertThat(id.find()).as("an @id in %s: %s", file, header.group()).isTrue();
                    verdicts.put(id.group(1), verdict.find() ? Optional.of(Verdict.valueOf(verdict.group(1))) : Optional.empty());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(verdicts);
    }
}
