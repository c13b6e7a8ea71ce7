package org.reconcile;

import java.util.EnumSet;
import java.util.Set;

import org.reconcile.advice.Verdict;
import org.reconcile.model.Answer;
import org.reconcile.model.BreakupReason;
import org.reconcile.model.Motive;
import org.reconcile.model.Situation;

/**
 * The contract's verdict table ("Verdicts and precedence"), written out by hand in plain Java:
 * the oracle the rules are checked against. It never serves users.
 */
final class ContractVerdict {
    private static final Set<BreakupReason> LET_GO_REASONS = EnumSet.of(
            BreakupReason.HURT_BY_PARTNER, BreakupReason.DISRESPECTED_BY_PARTNER, BreakupReason.NOT_SATISFIED);

    private ContractVerdict() {
    }

    static Verdict of(Situation s) {
        if (s.abuse() == Answer.YES) {
            return Verdict.DO_NOT_GO_BACK;
        }
        if (hasReasonToLetGo(s)) {
            return Verdict.MOVE_ON;
        }
        return switch (s.stage()) {
            case NO_CONTACT -> s.daysSinceBreakup() < 30 || s.urgeToPleadOrRant() == Answer.YES ? Verdict.WAIT : Verdict.REACH_OUT;
            case REACHED_OUT -> s.exReady() == Answer.YES ? Verdict.MEET_UP : Verdict.WAIT;
            case CAUGHT_UP -> s.exReady() == Answer.NO ? Verdict.WAIT : Verdict.TALK;
            case TALKED -> s.bothWantToTryAgain() == Answer.YES ? Verdict.REBUILD : Verdict.TALK;
            case BACK_TOGETHER -> Verdict.REBUILD;
            case ENDED -> throw new AssertionError("ENDED is always a reason to let go");
        };
    }

    static boolean hasReasonToLetGo(Situation s) {
        return s.breakupReasons().stream().anyMatch(LET_GO_REASONS::contains)
                || s.motives().stream().anyMatch(m -> m != Motive.BELIEVE_IN_POTENTIAL)
                || (s.resentment() == Answer.YES && s.planToResolvePastIssues() != Answer.YES)
                || s.stage() == org.reconcile.model.Stage.ENDED
                || (s.stage() == org.reconcile.model.Stage.TALKED && s.bothWantToTryAgain() == Answer.NO);
    }
}
