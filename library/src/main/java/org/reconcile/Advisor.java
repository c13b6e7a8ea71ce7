package org.reconcile;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.reconcile.advice.Advice;
import org.reconcile.advice.RuleInfo;
import org.reconcile.advice.RulesException;
import org.reconcile.internal.engine.RuleBase;
import org.reconcile.model.Fact;
import org.reconcile.model.Situation;

/**
 * What to do now, and why: the one entry point for embedding reconcile.
 *
 * <p>Build an advisor once and share it: it is immutable and safe to use from any number of
 * threads at once.
 *
 * <pre>{@code
 * Advisor advisor = Advisor.builtIn();
 * Advice advice = advisor.advise(Situation.builder(10).build());
 * advice.verdict();            // WAIT
 * advice.recommendations();    // why, each quoting the guidance
 * }</pre>
 */
public final class Advisor {
    private final RuleBase rules;

    private Advisor(RuleBase rules) {
        this.rules = rules;
    }

    /**
     * The advisor with the rules bundled with reconcile: one instance, loaded on the first call
     * (about a second) and shared by every later call and thread.
     *
     * @return the built-in advisor, the same instance on every call
     */
    public static Advisor builtIn() {
        return BuiltIn.ADVISOR;
    }

    // Loaded on first use, once: the JVM's class initialisation makes it safe across threads.
    private static final class BuiltIn {
        static final Advisor ADVISOR = new Advisor(RuleBase.builtIn());
    }

    /**
     * An advisor with the {@code *.drl} files of {@code dir} instead of the bundled rules. Each
     * call compiles them anew (a second or more), so build one and share it.
     *
     * @param dir a directory holding at least one {@code .drl} file
     * @return a new advisor with those rules
     * @throws RulesException if they do not compile or fail the checks; its message lists every
     *     problem as {@code file:line: message}
     * @throws IllegalArgumentException if {@code dir} is not a directory holding a {@code .drl} file
     * @throws java.io.UncheckedIOException if a file of {@code dir} cannot be read
     * @throws NullPointerException if {@code dir} is null
     */
    public static Advisor fromDirectory(Path dir) {
        return new Advisor(RuleBase.fromDirectory(Objects.requireNonNull(dir, "dir must not be null")));
    }

    /**
     * The advice for {@code situation}: one verdict, the recommendations that support it, an
     * explanation, the facts not stated that could change the verdict, and where they apply the
     * days to wait and a safety note.
     *
     * @param situation the facts of one case
     * @return the advice, never null
     * @throws IllegalStateException if the rules give the case no verdict, or two verdicts of
     *     equal precedence (only rules given to {@link #fromDirectory} can)
     * @throws NullPointerException if {@code situation} is null
     */
    public Advice advise(Situation situation) {
        return rules.advise(Objects.requireNonNull(situation, "situation must not be null"));
    }

    /**
     * The advice for each of {@code situations}, in their order: exactly what {@link #advise} gives
     * for each, but evaluated many cases to a rule session, which is several times cheaper per case.
     *
     * @param situations the cases, none null
     * @return one advice per situation, in the same order
     * @throws IllegalStateException if the rules give some case no verdict, or two verdicts of
     *     equal precedence (only rules given to {@link #fromDirectory} can)
     * @throws NullPointerException if {@code situations} is or holds null
     */
    public List<Advice> adviseAll(List<Situation> situations) {
        Objects.requireNonNull(situations, "situations must not be null");
        situations.forEach(s -> Objects.requireNonNull(s, "situations must not hold null"));
        return rules.adviseAll(situations);
    }

    /**
     * The facts {@code situation} stated that decided the verdict of {@code advice}, in the order of
     * the {@link Fact} catalog: what a report says the person "said". A fact decided it if leaving
     * it out (for the days: another number of days; for the stage: another stage) would change the
     * verdict; where several facts each lead to it on their own (ten days after the breakup, and
     * still the urge to plead), those that give it on their own are named. A stage the case did not
     * give is never named. Each fact reads as words with {@link Fact#statements(Situation)}.
     *
     * <p>This asks the rules again about a few dozen variants of the situation, in one call: about
     * as costly as advising a few dozen cases; meant for one person's report, not for every case of
     * a batch.
     *
     * @param situation the facts of one case
     * @param advice the advice this advisor gave for {@code situation}
     * @return the deciding facts, possibly none (a case that states only the stage, say)
     */
    public List<Fact> decidedBy(Situation situation, Advice advice) {
        Objects.requireNonNull(situation, "situation must not be null");
        Objects.requireNonNull(advice, "advice must not be null");
        return new DecidingFacts(rules::adviseAll).of(situation, advice.verdict());
    }

    /**
     * Every rule, ordered by where its source stands in the guidance.
     *
     * @return the rules' metadata, classification and advice rules alike; an unmodifiable list
     */
    public List<RuleInfo> rules() {
        return rules.rules();
    }

    /**
     * The rule with the id {@code rule}, such as one named by {@link org.reconcile.advice.Recommendation#rule()}.
     *
     * @param rule a rule's stable id, such as {@code cooling-off/wait-a-month}
     * @return the rule's metadata, or empty if these rules have no rule of that id
     * @throws NullPointerException if {@code rule} is null
     */
    public Optional<RuleInfo> rule(String rule) {
        return rules.rule(Objects.requireNonNull(rule, "rule must not be null"));
    }
}
