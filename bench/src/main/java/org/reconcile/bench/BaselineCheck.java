package org.reconcile.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.reconcile.Advisor;
import org.reconcile.advice.Advice;
import org.reconcile.advice.Question;
import org.reconcile.advice.Verdict;

/**
 * Keeps the baselines honest: on generated cases, the plain-Java verdict, questions and days to
 * wait must equal what {@code Advisor.adviseAll} gives. Exits 1 on the first difference.
 *
 * <p>{@code java -cp benchmarks.jar org.reconcile.bench.BaselineCheck [CASES] [SEED]}
 */
public final class BaselineCheck {
    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1L;
        List<PlainCase> cases = generate(count, seed);
        List<Advice> advice = Advisor.builtIn().adviseAll(cases.stream().map(PlainCase::toSituation).toList());
        for (int i = 0; i < count; i++) {
            String plain = describe(cases.get(i));
            String rules = describe(advice.get(i));
            if (!plain.equals(rules)) {
                System.err.println("case " + (i + 1) + " " + cases.get(i).toSituation() + ":\n  baseline " + plain + "\n  adviseAll " + rules);
                System.exit(1);
            }
        }
        System.out.println("baseline agrees with adviseAll on " + count + " cases (verdict, questions, days to wait)");
    }

    /** {@code count} valid cases from {@link CaseGenerator}, read by the baseline's reader. */
    static List<PlainCase> generate(int count, long seed) {
        CaseGenerator generator = new CaseGenerator(seed, 0);
        PlainCaseReader reader = new PlainCaseReader();
        List<PlainCase> cases = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            PlainCase c = reader.read(generator.json(i)).plainCase();
            if (c == null) {
                throw new IllegalStateException("the generator wrote an invalid case: " + generator.json(i));
            }
            cases.add(c);
        }
        return cases;
    }

    private static String describe(PlainCase c) {
        Verdict verdict = c.verdict();
        List<String> questions = c.questions(verdict).stream().map(q -> q.fact().jsonName() + "→" + q.couldChangeTo()).toList();
        int days = c.daysToWait(verdict);
        return verdict + " " + questions + " " + (days < 0 ? OptionalInt.empty() : OptionalInt.of(days));
    }

    private static String describe(Advice advice) {
        List<String> questions = advice.questions().stream().map(BaselineCheck::describe).toList();
        return advice.verdict() + " " + questions + " " + advice.daysToWait();
    }

    private static String describe(Question q) {
        return q.fact().jsonName() + "→" + q.couldChangeTo();
    }
}
