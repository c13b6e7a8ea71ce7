package org.reconcile.advice;

import java.util.Objects;
import java.util.Optional;

/** A rule of the rule set, as its metadata describes it. Immutable, compared by value. */
public final class RuleInfo {
    private final String rule;
    private final String name;
    private final String file;
    private final Optional<Verdict> verdict;
    private final Optional<String> advice;
    private final String source;

    /**
     * A rule's metadata.
     *
     * @param rule the stable id; not null
     * @param name the rule's policy in one line; not null
     * @param file the DRL file it is written in; not null
     * @param verdict the verdict supported, or empty; not null
     * @param advice the advice, or empty for a classification rule; not null
     * @param source the excerpt of the guidance, verbatim; not null
     */
    public RuleInfo(String rule, String name, String file, Optional<Verdict> verdict, Optional<String> advice, String source) {
        this.rule = Objects.requireNonNull(rule, "rule must not be null");
        this.name = Objects.requireNonNull(name, "name must not be null");
        this.file = Objects.requireNonNull(file, "file must not be null");
        this.verdict = Objects.requireNonNull(verdict, "verdict must not be null: use Optional.empty()");
        this.advice = Objects.requireNonNull(advice, "advice must not be null: use Optional.empty()");
        this.source = Objects.requireNonNull(source, "source must not be null");
    }

    /**
     * The rule's stable id, such as {@code cooling-off/wait-a-month}: the same as
     * {@link Recommendation#rule()} and {@link Firing#rule()}.
     *
     * @return the id
     */
    public String rule() {
        return rule;
    }

    /**
     * The rule's name: its policy in one line.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The DRL file the rule is written in, such as {@code cooling-off.drl}.
     *
     * @return the file's name
     */
    public String file() {
        return file;
    }

    /**
     * The verdict the rule supports, if any.
     *
     * @return the verdict, or empty
     */
    public Optional<Verdict> verdict() {
        return verdict;
    }

    /**
     * The advice the rule gives in our own words; empty for classification rules, which only derive facts.
     *
     * @return the advice, or empty
     */
    public Optional<String> advice() {
        return advice;
    }

    /**
     * The excerpt of the guidance the rule encodes, verbatim.
     *
     * @return the excerpt
     */
    public String source() {
        return source;
    }

    /**
     * True for rules that give advice, false for rules that only derive facts.
     *
     * @return whether {@link #advice()} is present
     */
    public boolean givesAdvice() {
        return advice.isPresent();
    }

    /**
     * This rule's advice as a recommendation; only for rules that give advice.
     *
     * @return a recommendation with this rule's id, verdict, advice and source
     * @throws java.util.NoSuchElementException if the rule gives no advice
     */
    public Recommendation toRecommendation() {
        return new Recommendation(rule, verdict, advice.orElseThrow(), source);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleInfo that && rule.equals(that.rule) && name.equals(that.name) && file.equals(that.file)
                && verdict.equals(that.verdict) && advice.equals(that.advice) && source.equals(that.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, name, file, verdict, advice, source);
    }

    /** The rule's id and file: {@code RuleInfo[cooling-off/wait-a-month in cooling-off.drl]}. */
    @Override
    public String toString() {
        return "RuleInfo[" + rule + " in " + file + "]";
    }
}
