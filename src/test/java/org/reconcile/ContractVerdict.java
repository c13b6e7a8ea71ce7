package org.reconcile;

import java.util.EnumSet;
import java.util.Set;

import org.reconcile.advice.Verdict;
import org.reconcile.model.Answer;
import org.reconcile.model.BreakupReason;
import org.reconcile.model.Fact;
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
        if (s.answer(Fact.ABUSE) == Answer.YES) {
            return Verdict.DO_NOT_GO_BACK;
        }
        if (hasReasonToLetGo(s)) {
            return Verdict.MOVE_ON;
        }
        boolean coolingOff = s.daysSinceBreakup() < 30 || s.answer(Fact.URGE_TO_PLEAD_OR_RANT) == Answer.YES;
        Answer exReady = s.answer(Fact.EX_READY);
        return switch (s.stage()) {
            case NO_CONTACT -> coolingOff ? Verdict.WAIT : Verdict.REACH_OUT;
            case REACHED_OUT -> !coolingOff && exReady == Answer.YES ? Verdict.MEET_UP : Verdict.WAIT;
            case CAUGHT_UP -> coolingOff || exReady == Answer.NO ? Verdict.WAIT : Verdict.TALK;
            case TALKED -> s.answer(Fact.BOTH_WANT_TO_TRY_AGAIN) == Answer.YES ? Verdict.REBUILD : Verdict.TALK;
            case BACK_TOGETHER -> Verdict.REBUILD;
            case ENDED -> throw new AssertionError("ENDED is always a reason to let go");
        };
    }

    static boolean hasReasonToLetGo(Situation s) {
        return s.breakupReasons().stream().anyMatch(LET_GO_REASONS::contains)
                || s.motives().stream().anyMatch(m -> m != Motive.BELIEVE_IN_POTENTIAL)
                || (s.answer(Fact.RESENTMENT) == Answer.YES && s.answer(Fact.PLAN_TO_RESOLVE_PAST_ISSUES) != Answer.YES)
                || s.stage() == org.reconcile.model.Stage.ENDED
                || (s.stage() == org.reconcile.model.Stage.TALKED && s.answer(Fact.BOTH_WANT_TO_TRY_AGAIN) == Answer.NO);
    }
}
