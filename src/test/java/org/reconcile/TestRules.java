package org.reconcile;

/** DRL text for tests that load rules from a directory: a sound rule to copy and break. */
public final class TestRules {
    /** The package and imports a rule file needs: three lines, so the first rule starts on line 4. */
    public static final String HEADER = """
            package org.reconcile.rules;
            import org.reconcile.model.*;

            """;

    /** A sound advice rule of ten lines: every case gets WAIT. */
    public static final String WAIT_RULE = """
            rule "Always wait"
                @id("test/always-wait")
                @verdict("WAIT")
                @advice("Wait.")
                @source("Don’t force it.")
            when
                $s : Situation()
            then
                // the firing is the recommendation
            end
            """;

    private TestRules() {
    }
}
