package org.reconcile.bench;

import org.reconcile.advice.Verdict;
import org.reconcile.model.Answer;
import org.reconcile.model.BreakupReason;
import org.reconcile.model.Motive;
import org.reconcile.model.Situation;
import org.reconcile.model.Stage;

/**
 * The contract's verdict precedence as a plain Java method: the baseline the rules engine is
 * measured against. Benchmark code only; it never serves users.
 */
public final class PlainVerdict {
    private PlainVerdict() {
    }

    public static Verdict of(Situation s) {
        if (s.abuse() == Answer.YES) {
            return Verdict.DO_NOT_GO_BACK;
        }
        if (letGo(s)) {
            return Verdict.MOVE_ON;
        }
        return switch (s.stage()) {
            case NO_CONTACT -> s.daysSinceBreakup() < 30 || s.urgeToPleadOrRant() == Answer.YES ? Verdict.WAIT : Verdict.REACH_OUT;
            case REACHED_OUT -> s.exReady() == Answer.YES ? Verdict.MEET_UP : Verdict.WAIT;
            case CAUGHT_UP -> s.exReady() == Answer.NO ? Verdict.WAIT : Verdict.TALK;
            case TALKED -> s.bothWantToTryAgain() == Answer.YES ? Verdict.REBUILD : Verdict.TALK;
            case BACK_TOGETHER -> Verdict.REBUILD;
            case ENDED -> Verdict.MOVE_ON;
        };
    }

    private static boolean letGo(Situation s) {
        for (BreakupReason reason : s.breakupReasons()) {
            if (reason != BreakupReason.OTHER) {
                return true;
            }
        }
        for (Motive motive : s.motives()) {
            if (motive != Motive.BELIEVE_IN_POTENTIAL) {
                return true;
            }
        }
        return (s.resentment() == Answer.YES && s.planToResolvePastIssues() != Answer.YES)
                || s.stage() == Stage.ENDED
                || (s.stage() == Stage.TALKED && s.bothWantToTryAgain() == Answer.NO);
    }
}
