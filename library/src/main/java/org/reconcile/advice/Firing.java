package org.reconcile.advice;

import java.util.List;

/**
 * One rule that fired, and the facts it fired on.
 *
 * @param rule the rule's stable id
 * @param name the rule's name: its policy in one line
 * @param facts the matched facts, as text
 */
public record Firing(String rule, String name, List<String> facts) {

    /**
     * Copies the facts so the firing stays immutable.
     *
     * @param rule the rule's stable id
     * @param name the rule's policy in one line
     * @param facts the matched facts, as text
     */
    public Firing {
        facts = List.copyOf(facts);
    }
}
