package org.reconcile.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reconcile.SituationGenerator;
import org.reconcile.model.Situation;

/**
 * The built-in rules start from the executable model generated at build time, never from DRL
 * compiled at start-up; and that model behaves exactly as the DRL it was generated from.
 */
class BuiltInRulesTest {
    private static final String NO_MODEL = "META-INF/kie/no-such-group/no-such-artifact/drools-model";

    @Test
    void theBuiltInRulesAreLoadedFromTheirExecutableModelNotCompiledFromDrl() {
        assertThat(getClass().getClassLoader().getResource(ExecutableModel.MODEL_LIST))
                .as("the executable model kie-maven-plugin generates at build time, " + ExecutableModel.MODEL_LIST)
                .isNotNull();

        assertThat(RuleBase.builtIn().origin()).isEqualTo(RuleBase.Origin.EXECUTABLE_MODEL);
    }

    @Test
    void withoutTheExecutableModelTheBuiltInRulesAreCompiledFromDrl() {
        assertThat(RuleBase.builtIn(NO_MODEL).origin()).isEqualTo(RuleBase.Origin.DRL);
    }

    @Test
    void rulesFromADirectoryAreAlwaysCompiledFromDrl() {
        assertThat(RuleBase.fromDirectory(Path.of("rules")).origin()).isEqualTo(RuleBase.Origin.DRL);
    }

    @Test
    void theExecutableModelGivesTheSameRulesAndAdviceAsTheDrl() {
        RuleBase model = RuleBase.builtIn();
        RuleBase drl = RuleBase.builtIn(NO_MODEL);
        List<Situation> situations = SituationGenerator.situations(20261127L, 2000).toList();

        assertThat(model.rules()).isEqualTo(drl.rules());
        for (Situation situation : situations) {
            assertThat(model.advise(situation)).as(situation.toString()).isEqualTo(drl.advise(situation));
        }
    }
}
