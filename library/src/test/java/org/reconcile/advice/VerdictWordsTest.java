package org.reconcile.advice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reconcile.model.Fact;
import org.reconcile.model.Situation;
import org.reconcile.model.Stage;

/** The verdicts in plain words, fitted to where the person is. */
class VerdictWordsTest {

    @Test
    void talkAfterCatchingUpIsAboutAskingWhetherTheyAreReadyToTalkAboutTheRelationship() {
        assertThat(Verdict.TALK.inPlainWords(Stage.CAUGHT_UP))
                .isEqualTo("Ask whether they're ready to talk about the relationship.");
    }

    @Test
    void talkAfterCatchingUpWithSomeoneWhoSaidTheyAreReadyIsToHaveTheTalk() {
        Situation ready = Situation.builder(90).stage(Stage.CAUGHT_UP).with(Fact.EX_READY, true).build();
        Situation unknown = Situation.builder(90).stage(Stage.CAUGHT_UP).build();

        assertThat(Verdict.TALK.inPlainWords(ready)).isEqualTo("They're ready, so have the serious talk about the relationship.");
        assertThat(Verdict.TALK.inPlainWords(unknown)).isEqualTo(Verdict.TALK.inPlainWords(Stage.CAUGHT_UP));
        assertThat(Verdict.REBUILD.inPlainWords(Situation.builder(90).stage(Stage.BACK_TOGETHER).build()))
                .isEqualTo(Verdict.REBUILD.inPlainWords(Stage.BACK_TOGETHER));
    }

    @Test
    void talkAfterTheTalkIsAboutTalkingItThrough() {
        assertThat(Verdict.TALK.inPlainWords(Stage.TALKED)).isEqualTo("Talk it through, and decide together whether to try again.");
    }

    @Test
    void someoneBackTogetherWithAnAbusivePartnerHearsAboutLeavingSafelyNotAboutGoingBack() {
        assertThat(Verdict.DO_NOT_GO_BACK.inPlainWords(Stage.BACK_TOGETHER))
                .isEqualTo("Put your safety first, and plan to leave safely.")
                .doesNotContainIgnoringCase("go back");
        assertThat(Verdict.DO_NOT_GO_BACK.inPlainWords(Stage.NO_CONTACT)).isEqualTo("Don't go back.");
    }

    @Test
    void waitingSaysWhatNotToDoYetAtEachStageBeforeTheTalk() {
        assertThat(Verdict.WAIT.inPlainWords(Stage.NO_CONTACT)).isEqualTo("Wait for now, and don't reach out yet.");
        assertThat(Verdict.WAIT.inPlainWords(Stage.REACHED_OUT)).isEqualTo("Wait for now, and don't press them.");
        assertThat(Verdict.WAIT.inPlainWords(Stage.CAUGHT_UP)).isEqualTo("Wait for now, and don't raise the relationship yet.");
    }

    @Test
    void rebuildingSpeaksToTryingAgainAfterTheTalkAndToKeepingAtItBackTogether() {
        assertThat(Verdict.REBUILD.inPlainWords(Stage.TALKED)).isEqualTo("Try again, as a new relationship.");
        assertThat(Verdict.REBUILD.inPlainWords(Stage.BACK_TOGETHER)).isEqualTo("Keep rebuilding, as a new relationship.");
        assertThat(Verdict.MOVE_ON.inPlainWords(Stage.ENDED)).isEqualTo("Let it go, and be kind to yourself.");
    }

    @Test
    void everyVerdictAtEveryStageIsOneSentenceWithoutAColonSoThatItJoinsWithOthers() {
        for (Verdict verdict : Verdict.values()) {
            assertThat(verdict.inPlainWords()).as(verdict.name()).matches("[A-Z][^.:;?]*\\.");
            for (Stage stage : Stage.values()) {
                assertThat(verdict.inPlainWords(stage)).as(verdict + " at " + stage).matches("[A-Z][^.:;?]*\\.");
                Situation ready = Situation.builder(90).stage(stage).with(Fact.EX_READY, true).build();
                assertThat(verdict.inPlainWords(ready)).as(verdict + " at " + stage + ", ready").matches("[A-Z][^.:;?]*\\.");
            }
        }
    }

    @Test
    void theWordsWhateverTheStageAreTheSameAsAtAStageThatChangesNothing() {
        assertThat(Verdict.REACH_OUT.inPlainWords(Stage.NO_CONTACT)).isEqualTo(Verdict.REACH_OUT.inPlainWords())
                .isEqualTo("Reach out with a short first message.");
        assertThat(Verdict.MOVE_ON.inPlainWords(Stage.BACK_TOGETHER)).isEqualTo("Let this relationship go.");
    }
}
