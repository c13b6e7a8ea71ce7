package org.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import org.reconcile.batch.CaseParser;
import org.reconcile.model.Situation;

/** The built-in advisor, built once for the whole test run, and a way to state cases as JSON. */
public final class TestAdvisor {
    private static final Advisor ADVISOR = Advisor.builtIn();

    private TestAdvisor() {
    }

    public static Advisor get() {
        return ADVISOR;
    }

    /** The situation a valid JSON case describes; fails the test if the case is invalid. */
    public static Situation situation(JsonNode json) {
        CaseParser.Parsed parsed = CaseParser.parse(json);
        return parsed.situation().orElseThrow(() -> new AssertionError(
                "scenario case must be valid, but " + parsed.error().orElseThrow().describe() + ": " + json));
    }
}
