package org.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import org.reconcile.advice.Verdict;
import org.reconcile.model.Answer;
import org.reconcile.model.BreakupReason;
import org.reconcile.model.Choice;
import org.reconcile.model.Fact;
import org.reconcile.model.Motive;
import org.reconcile.model.Situation;

/**
 * The contract's verdict table ("Verdicts and precedence"), written out by hand in plain Java:
 * the oracle the rules are checked against. It never serves users.
 */
public final class ContractVerdict {
    private static final Set<BreakupReason> LET_GO_REASONS = EnumSet.of(
            BreakupReason.HURT_BY_PARTNER, BreakupReason.DISRESPECTED_BY_PARTNER, BreakupReason.NOT_SATISFIED);

    private ContractVerdict() {
    }

    public static Verdict of(Situation s) {
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

    /** A question as the contract defines it: a fact not stated, and the verdicts some answer to it gives. */
    public record Expected(Fact fact, List<Verdict> couldChangeTo) {
    }

    /**
     * The contract's questions, by brute force: each fact not stated, each single answer to it
     * (true or false; one reason or motive), judged by {@link #of}; most decisive first.
     */
    public static List<Expected> questions(Situation situation) {
        Verdict verdict = of(situation);
        List<Expected> questions = new ArrayList<>();
        for (Fact fact : Fact.values()) {
            if (fact == Fact.DAYS_SINCE_BREAKUP || fact == Fact.STAGE || situation.isStated(fact)) {
                continue;
            }
            Set<Verdict> others = EnumSet.noneOf(Verdict.class);
            for (Situation answered : singleAnswers(situation, fact)) {
                others.add(of(answered));
            }
            others.remove(verdict);
            if (!others.isEmpty()) {
                questions.add(new Expected(fact, List.copyOf(others)));
            }
        }
        questions.sort(Comparator.comparing((Expected q) -> q.couldChangeTo().get(0)).thenComparing(Expected::fact));
        return questions;
    }

    /** The contract's days to wait: under a month, waiting, and another verdict on day 30. */
    public static OptionalInt daysToWait(Situation situation) {
        int days = situation.daysSinceBreakup();
        if (of(situation) != Verdict.WAIT || days >= 30) {
            return OptionalInt.empty();
        }
        Verdict atAMonth = of(situation.toBuilder().daysSinceBreakup(30).build());
        return atAMonth == Verdict.WAIT ? OptionalInt.empty() : OptionalInt.of(30 - days);
    }

    /** {@code situation} with each single answer to {@code fact}: true and false, or one reason or motive. */
    public static List<Situation> singleAnswers(Situation situation, Fact fact) {
        List<Situation> answers = new ArrayList<>();
        if (fact.type() == Fact.Type.BOOLEAN) {
            answers.add(situation.toBuilder().with(fact, true).build());
            answers.add(situation.toBuilder().with(fact, false).build());
        } else {
            for (Choice choice : fact.choices()) {
                answers.add(situation.toBuilder().choices(fact, List.of(choice)).build());
            }
        }
        return answers;
    }
}
