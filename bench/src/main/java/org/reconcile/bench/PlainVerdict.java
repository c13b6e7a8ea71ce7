package org.reconcile.bench;

import org.reconcile.advice.Verdict;
import org.reconcile.model.Answer;
import org.reconcile.model.BreakupReason;
import org.reconcile.model.Fact;
import org.reconcile.model.Motive;
import org.reconcile.model.Stage;

/**
 * The contract's verdict precedence (v2) as a plain Java method: the baseline the rules engine is
 * measured against. Benchmark code only; it never serves users.
 */
public final class PlainVerdict {
    private static final int LET_GO_REASONS = 1 << BreakupReason.HURT_BY_PARTNER.ordinal()
            | 1 << BreakupReason.DISRESPECTED_BY_PARTNER.ordinal() | 1 << BreakupReason.NOT_SATISFIED.ordinal();
    private static final int GOOD_MOTIVES = 1 << Motive.BELIEVE_IN_POTENTIAL.ordinal();

    private PlainVerdict() {
    }

    /** The verdict for {@code c}: abuse, then a reason to let go, then the stage's own. */
    public static Verdict of(PlainCase c) {
        if (c.answer(Fact.ABUSE) == Answer.YES) {
            return Verdict.DO_NOT_GO_BACK;
        }
        if (letGo(c)) {
            return Verdict.MOVE_ON;
        }
        // Cooling off holds at every stage before the serious talk.
        boolean coolingOff = c.days < 30 || c.answer(Fact.URGE_TO_PLEAD_OR_RANT) == Answer.YES;
        Answer exReady = c.answer(Fact.EX_READY);
        return switch (c.stage) {
            case NO_CONTACT -> coolingOff ? Verdict.WAIT : Verdict.REACH_OUT;
            case REACHED_OUT -> !coolingOff && exReady == Answer.YES ? Verdict.MEET_UP : Verdict.WAIT;
            case CAUGHT_UP -> coolingOff || exReady == Answer.NO ? Verdict.WAIT : Verdict.TALK;
            case TALKED -> c.answer(Fact.BOTH_WANT_TO_TRY_AGAIN) == Answer.YES ? Verdict.REBUILD : Verdict.TALK;
            case BACK_TOGETHER -> Verdict.REBUILD;
            case ENDED -> Verdict.MOVE_ON;
        };
    }

    private static boolean letGo(PlainCase c) {
        return (c.breakupReasons & LET_GO_REASONS) != 0
                || (c.motives & ~GOOD_MOTIVES) != 0
                || (c.answer(Fact.RESENTMENT) == Answer.YES && c.answer(Fact.PLAN_TO_RESOLVE_PAST_ISSUES) != Answer.YES)
                || c.stage == Stage.ENDED
                || (c.stage == Stage.TALKED && c.answer(Fact.BOTH_WANT_TO_TRY_AGAIN) == Answer.NO);
    }
}
