package org.reconcile.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.drools.model.EntryPoint;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.Query;
import org.drools.model.Rule;
import org.drools.model.TypeMetaData;
import org.junit.jupiter.api.Test;
import org.reconcile.ProjectFiles;
import org.reconcile.SituationGenerator;
import org.reconcile.model.Situation;

/**
 * The built-in rules start from the executable model generated at build time, never from DRL
 * compiled at start-up; and that model behaves exactly as the DRL it was generated from.
 */
class BuiltInRulesTest {
    private static final String NO_MODEL = "META-INF/kie/no-such-group/no-such-artifact/drools-model";
    // Compiling the DRL takes a second or two; the tests share one result.
    private static final RuleBase FROM_DRL = RuleBase.builtIn(NO_MODEL);

    @Test
    void theBuiltInRulesAreLoadedFromTheirExecutableModelNotCompiledFromDrl() {
        assertThat(getClass().getClassLoader().getResource(ExecutableModel.MODEL_LIST))
                .as("the executable model kie-maven-plugin generates at build time, " + ExecutableModel.MODEL_LIST)
                .isNotNull();

        assertThat(RuleBase.builtIn().origin()).isEqualTo(RuleBase.Origin.EXECUTABLE_MODEL);
    }

    @Test
    void withoutTheExecutableModelTheBuiltInRulesAreCompiledFromDrl() {
        assertThat(FROM_DRL.origin()).isEqualTo(RuleBase.Origin.DRL);
    }

    @Test
    void aModelThatDoesNotHaveTheRulesOfTheDrlIsOutOfDateAndNotUsed() {
        RuleBase rules = RuleBase.builtIn("org/reconcile/internal/engine/out-of-date-drools-model");

        assertThat(rules.origin()).isEqualTo(RuleBase.Origin.DRL);
        assertThat(rules.rules()).isEqualTo(FROM_DRL.rules());
    }

    @Test
    void rulesFromADirectoryAreAlwaysCompiledFromDrl() {
        assertThat(RuleBase.fromDirectory(ProjectFiles.of("rules")).origin()).isEqualTo(RuleBase.Origin.DRL);
    }

    @Test
    void theExecutableModelGivesTheSameRulesAndAdviceAsTheDrl() {
        RuleBase model = RuleBase.builtIn();
        RuleBase drl = FROM_DRL;
        List<Situation> situations = SituationGenerator.situations(20261127L, 2000).toList();

        assertThat(model.rules()).isEqualTo(drl.rules());
        for (Situation situation : situations) {
            assertThat(model.advise(situation)).as(situation.toString()).isEqualTo(drl.advise(situation));
        }
    }

    /** A model of no rules, standing for one generated before the DRL was last changed. */
    static final class NoRules implements Model {
        @Override
        public String getName() {
            return "org.reconcile.rules";
        }

        @Override
        public List<Global> getGlobals() {
            return List.of();
        }

        @Override
        public List<Rule> getRules() {
            return List.of();
        }

        @Override
        public List<Query> getQueries() {
            return List.of();
        }

        @Override
        public List<TypeMetaData> getTypeMetaDatas() {
            return List.of();
        }

        @Override
        public List<EntryPoint> getEntryPoints() {
            return List.of();
        }
    }
}
