package org.reconcile.advice;

import java.util.List;
import java.util.Objects;

/** One rule that fired, and the facts it fired on. Immutable, compared by value. */
public final class Firing {
    private final String rule;
    private final String name;
    private final List<String> facts;

    /**
     * A rule that fired.
     *
     * @param rule the rule's stable id; not null
     * @param name the rule's policy in one line; not null
     * @param facts the matched facts, as text; copied, none null
     */
    public Firing(String rule, String name, List<String> facts) {
        this.rule = Objects.requireNonNull(rule, "rule must not be null");
        this.name = Objects.requireNonNull(name, "name must not be null");
        this.facts = List.copyOf(Objects.requireNonNull(facts, "facts must not be null: use List.of()"));
    }

    /**
     * The rule's stable id, such as {@code cooling-off/too-soon}.
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
     * The facts the rule fired on, as text.
     *
     * @return an unmodifiable list
     */
    public List<String> facts() {
        return facts;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Firing that && rule.equals(that.rule) && name.equals(that.name) && facts.equals(that.facts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, name, facts);
    }

    /** The rule's id: {@code Firing[cooling-off/too-soon]}. */
    @Override
    public String toString() {
        return "Firing[" + rule + "]";
    }
}
