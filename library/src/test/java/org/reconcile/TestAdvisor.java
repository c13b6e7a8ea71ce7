package org.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import org.reconcile.json.Case;
import org.reconcile.json.CaseJson;
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
        Case read = CaseJson.read(json.toString());
        if (read instanceof Case.Invalid invalid) {
            throw new AssertionError("scenario case must be valid, but " + invalid.error().describe() + ": " + json);
        }
        return ((Case.Valid) read).situation();
    }
}
