package org.reconcile.engine;

import org.kie.api.definition.rule.Rule;

/**
 * The fact an advice rule inserts: "this rule recommends its advice for this case". The advice,
 * verdict and source are the rule's own metadata, so the rule file is the one place they are written.
 *
 * @param ruleName the name of the rule that recommends
 */
public record Recommended(String ruleName) {

    /** The recommendation of {@code rule}, as written in a then-block: {@code new Recommended(drools.getRule())}. */
    public Recommended(Rule rule) {
        this(rule.getName());
    }
}
