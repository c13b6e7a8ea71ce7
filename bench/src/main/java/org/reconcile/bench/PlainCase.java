package org.reconcile.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.reconcile.advice.Verdict;
import org.reconcile.model.Answer;
import org.reconcile.model.BreakupReason;
import org.reconcile.model.Fact;
import org.reconcile.model.Motive;
import org.reconcile.model.Situation;
import org.reconcile.model.Stage;

/**
 * One case as plain, mutable Java fields, and what the contract says about it: the verdict
 * ({@link PlainVerdict}), the questions and the days to wait, found by trying each single answer
 * on the fields themselves. Benchmark code only; it never serves users.
 */
public final class PlainCase {
    /** A month, read as 30 days. */
    static final int A_MONTH = 30;
    private static final Fact[] FACTS = Fact.values();
    private static final Verdict[] VERDICTS = Verdict.values();

    int days;
    Stage stage = Stage.NO_CONTACT;
    int breakupReasons; // bit i: BreakupReason.values()[i]
    int motives;        // bit i: Motive.values()[i]
    final Answer[] answers = new Answer[FACTS.length]; // by Fact.ordinal(); UNKNOWN when not stated

    /** A case {@code days} after the breakup with nothing else stated. */
    public PlainCase(int days) {
        this.days = days;
        Arrays.fill(answers, Answer.UNKNOWN);
    }

    /** The same facts as {@code situation}. */
    public static PlainCase of(Situation situation) {
        PlainCase c = new PlainCase(situation.daysSinceBreakup());
        c.stage = situation.stage();
        situation.breakupReasons().forEach(r -> c.breakupReasons |= 1 << r.ordinal());
        situation.motives().forEach(m -> c.motives |= 1 << m.ordinal());
        for (Fact fact : FACTS) {
            if (fact.type() == Fact.Type.BOOLEAN) {
                c.answers[fact.ordinal()] = situation.answer(fact);
            }
        }
        return c;
    }

    /** The same facts as a {@link Situation}, for the library. */
    public Situation toSituation() {
        Situation.Builder builder = Situation.builder(days).stage(stage);
        List<BreakupReason> reasons = new ArrayList<>();
        for (BreakupReason r : BreakupReason.values()) {
            if ((breakupReasons & 1 << r.ordinal()) != 0) {
                reasons.add(r);
            }
        }
        List<Motive> chosen = new ArrayList<>();
        for (Motive m : Motive.values()) {
            if ((motives & 1 << m.ordinal()) != 0) {
                chosen.add(m);
            }
        }
        // No bit set is "not stated" here: the baseline does not tell an empty list from none.
        if (!reasons.isEmpty()) {
            builder.choices(Fact.BREAKUP_REASONS, reasons);
        }
        if (!chosen.isEmpty()) {
            builder.choices(Fact.MOTIVES, chosen);
        }
        for (Fact fact : FACTS) {
            if (fact.type() == Fact.Type.BOOLEAN) {
                builder.with(fact, answers[fact.ordinal()]);
            }
        }
        return builder.build();
    }

    Answer answer(Fact fact) {
        return answers[fact.ordinal()];
    }

    /** The contract's verdict. */
    public Verdict verdict() {
        return PlainVerdict.of(this);
    }

    /** A fact not stated, and the verdicts (a bit per {@link Verdict#ordinal()}) other answers give. */
    public record Asked(Fact fact, int verdicts) {
        /** The verdicts in precedence order. */
        public List<Verdict> couldChangeTo() {
            List<Verdict> list = new ArrayList<>(Integer.bitCount(verdicts));
            for (Verdict v : VERDICTS) {
                if ((verdicts & 1 << v.ordinal()) != 0) {
                    list.add(v);
                }
            }
            return list;
        }

        int first() {
            return Integer.numberOfTrailingZeros(verdicts);
        }
    }

    /**
     * The questions, given this case's verdict: each fact not stated for which some single answer
     * (yes or no; one reason or one motive) gives another verdict, ordered by the first verdict
     * it could change to, then in the catalog's order.
     */
    public List<Asked> questions(Verdict verdict) {
        List<Asked> asked = new ArrayList<>(4);
        for (Fact fact : FACTS) {
            int others = switch (fact.type()) {
                case BOOLEAN -> booleanAnswers(fact);
                case CHOICES -> choiceAnswers(fact);
                default -> 0;
            };
            others &= ~(1 << verdict.ordinal());
            if (others != 0) {
                asked.add(new Asked(fact, others));
            }
        }
        if (asked.size() > 1) {
            asked.sort((a, b) -> Integer.compare(a.first(), b.first())); // stable: ties keep the catalog's order
        }
        return asked;
    }

    private int booleanAnswers(Fact fact) {
        int i = fact.ordinal();
        if (answers[i] != Answer.UNKNOWN) {
            return 0;
        }
        answers[i] = Answer.YES;
        int verdicts = 1 << verdict().ordinal();
        answers[i] = Answer.NO;
        verdicts |= 1 << verdict().ordinal();
        answers[i] = Answer.UNKNOWN;
        return verdicts;
    }

    private int choiceAnswers(Fact fact) {
        boolean reasons = fact == Fact.BREAKUP_REASONS;
        if ((reasons ? breakupReasons : motives) != 0) {
            return 0;
        }
        int count = reasons ? BreakupReason.values().length : Motive.values().length;
        int verdicts = 0;
        for (int c = 0; c < count; c++) {
            if (reasons) {
                breakupReasons = 1 << c;
            } else {
                motives = 1 << c;
            }
            verdicts |= 1 << verdict().ordinal();
        }
        breakupReasons = reasons ? 0 : breakupReasons;
        motives = reasons ? motives : 0;
        return verdicts;
    }

    /** The days until a case that waits only for time gets another verdict; -1 for every other case. */
    public int daysToWait(Verdict verdict) {
        if (verdict != Verdict.WAIT || days >= A_MONTH) {
            return -1;
        }
        int given = days;
        days = A_MONTH;
        Verdict atAMonth = verdict();
        days = given;
        return atAMonth == Verdict.WAIT ? -1 : A_MONTH - given;
    }
}
