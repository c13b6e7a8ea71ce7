package org.reconcile;

/** DRL text for tests that load rules from a directory: a sound rule to copy and break. */
public final class TestRules {
    /** The package and imports a rule file needs: three lines, so the first rule starts on line 4. */
    public static final String HEADER = """
            package org.reconcile.rules;
            import org.reconcile.model.*;

            """;

    /** A sound advice rule of ten lines: every case gets WAIT. */
    public static final String WAIT_RULE = adviceRule("Always wait", "test/always-wait", "WAIT", "$s : Situation()");

    /**
     * A sound advice rule of ten lines with the verdict {@code verdict}, given to every case that
     * {@code condition} matches; like every rule, it binds the situation as {@code $s}.
     */
    public static String adviceRule(String name, String id, String verdict, String condition) {
        return """
                rule "%s"
                    @id("%s")
                    @verdict("%s")
                    @advice("Wait.")
                    @source("Don’t force it.")
                when
                    %s
                then
                    // the firing is the recommendation
                end
                """.formatted(name, id, verdict, condition);
    }

    private TestRules() {
    }
}
