package org.reconcile.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.reconcile.batch.CaseParser;
import org.reconcile.model.Situation;

/**
 * The yardstick for start-up: a plain program that parses one case with Jackson and prints a
 * verdict worked out by hand, without rules.
 */
public final class JacksonBaseline {
    private JacksonBaseline() {
    }

    public static void main(String[] args) throws Exception {
        String json = args.length > 0 ? args[0] : "{\"daysSinceBreakup\": 10}";
        Situation situation = CaseParser.parse(new ObjectMapper().readTree(json)).situation().orElseThrow();
        System.out.println(situation.daysSinceBreakup() < 30 ? "WAIT" : "REACH_OUT");
    }
}
