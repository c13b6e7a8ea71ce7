package org.reconcile.advice;

import java.util.Objects;

import org.reconcile.model.Answer;
import org.reconcile.model.Fact;
import org.reconcile.model.Situation;
import org.reconcile.model.Stage;

/**
 * What to do now. Each case gets exactly one verdict, the first that applies in the contract's
 * precedence: {@link #DO_NOT_GO_BACK}, then {@link #MOVE_ON}, then the verdict of the stage.
 */
public enum Verdict {
    /** The relationship was abusive: don't go back to it. */
    DO_NOT_GO_BACK(1),
    /** There is a reason to let the relationship go. */
    MOVE_ON(2),
    /** Give it (and yourself) more time. */
    WAIT(3),
    /** Send a short first message. */
    REACH_OUT(3),
    /** Meet for coffee and catch up, nothing more. */
    MEET_UP(3),
    /** Have (or prepare for) the serious talk about the relationship. */
    TALK(3),
    /** Work on the relationship as a new one. */
    REBUILD(3);

    private final int precedence;

    Verdict(int precedence) {
        this.precedence = precedence;
    }

    /**
     * 1 for the verdict that beats all others; stage verdicts share the last rank and never compete.
     *
     * @return 1, 2 or 3; the lower number wins
     */
    public int precedence() {
        return precedence;
    }

    /**
     * The verdict as a person would say it, whatever the stage, such as "Wait for now.": one
     * sentence. {@link #inPlainWords(Stage)} fits it to where the person is.
     *
     * @return the verdict's plain words
     */
    public String inPlainWords() {
        return switch (this) {
            case DO_NOT_GO_BACK -> "Don't go back.";
            case MOVE_ON -> "Let this relationship go.";
            case WAIT -> "Wait for now.";
            case REACH_OUT -> "Reach out with a short first message.";
            case MEET_UP -> "Meet up to catch up, and nothing more.";
            case TALK -> "Have the serious talk.";
            case REBUILD -> "Rebuild, as a new relationship.";
        };
    }

    /**
     * The verdict as a person at {@code stage} would hear it: one sentence, such as "Ask whether
     * they're ready to talk about the relationship." for {@link #TALK} after catching up, or "Put
     * your safety first, and plan to leave safely." for {@link #DO_NOT_GO_BACK} to someone back
     * together. Where the stage makes no difference, {@link #inPlainWords()}.
     *
     * @param stage where the person is; not null
     * @return the verdict's plain words for that stage
     */
    public String inPlainWords(Stage stage) {
        return switch (Objects.requireNonNull(stage, "stage must not be null")) {
            case NO_CONTACT -> this == WAIT ? "Wait for now, and don't reach out yet." : inPlainWords();
            case REACHED_OUT -> this == WAIT ? "Wait for now, and don't press them." : inPlainWords();
            case CAUGHT_UP -> switch (this) {
                case WAIT -> "Wait for now, and don't raise the relationship yet.";
                case TALK -> "Ask whether they're ready to talk about the relationship.";
                default -> inPlainWords();
            };
            case TALKED -> switch (this) {
                case TALK -> "Talk it through, and decide together whether to try again.";
                case REBUILD -> "Try again, as a new relationship.";
                default -> inPlainWords();
            };
            case BACK_TOGETHER -> switch (this) {
                case DO_NOT_GO_BACK -> "Put your safety first, and plan to leave safely.";
                case REBUILD -> "Keep rebuilding, as a new relationship.";
                default -> inPlainWords();
            };
            case ENDED -> this == MOVE_ON ? "Let it go, and be kind to yourself." : inPlainWords();
        };
    }

    /**
     * The verdict as the person in {@code situation} would hear it: {@link #inPlainWords(Stage)} at
     * its stage, except that after catching up with someone who said they're ready to talk about the
     * relationship, {@link #TALK} is to have that talk, not to ask whether they're ready.
     *
     * @param situation the case the verdict was given for; not null
     * @return the verdict's plain words for that situation
     */
    public String inPlainWords(Situation situation) {
        if (this == TALK && situation.stage() == Stage.CAUGHT_UP && situation.answer(Fact.EX_READY) == Answer.YES) {
            return "They're ready, so have the serious talk about the relationship.";
        }
        return inPlainWords(situation.stage());
    }
}
