package org.reconcile;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.reconcile.model.Answer;
import org.reconcile.model.BreakupReason;
import org.reconcile.model.Choice;
import org.reconcile.model.Fact;
import org.reconcile.model.Motive;
import org.reconcile.model.Situation;
import org.reconcile.model.Stage;

/**
 * Realistic situations from a seeded random source: the same seed gives the same situations, so a
 * failure can always be replayed. Days cluster around the one-month boundary; abuse is rare; most
 * cases state one good motive, some state wrong ones; a list of reasons or motives is sometimes
 * left out and sometimes stated empty ("none of these"), and the stage is sometimes left out.
 */
public final class SituationGenerator {
    private final Random random;

    public SituationGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} situations from {@code seed}. */
    public static Stream<Situation> situations(long seed, int count) {
        SituationGenerator generator = new SituationGenerator(seed);
        return Stream.generate(generator::next).limit(count);
    }

    public Situation next() {
        int days = random.nextInt(3) == 0 ? random.nextInt(Situation.MAX_DAYS + 1) : random.nextInt(61);
        Situation.Builder builder = Situation.builder(days);
        if (random.nextInt(7) != 0) {
            builder.stage(pick(Stage.values()));
        }
        choices(builder, Fact.BREAKUP_REASONS, subset(BreakupReason.class, BreakupReason.values()));
        choices(builder, Fact.MOTIVES, random.nextBoolean() ? Set.of(Motive.BELIEVE_IN_POTENTIAL) : subset(Motive.class, Motive.values()));
        for (Fact fact : Fact.values()) {
            if (fact == Fact.ABUSE) {
                builder.with(fact, random.nextInt(10) == 0 ? Answer.YES : pick(Answer.NO, Answer.UNKNOWN));
            } else if (fact.type() == Fact.Type.BOOLEAN) {
                builder.with(fact, answer());
            }
        }
        return builder.build();
    }

    // Not stated, stated empty, or stated as chosen: in about 2, 1 and 3 cases of 6.
    private void choices(Situation.Builder builder, Fact fact, Set<? extends Enum<?>> chosen) {
        int kind = random.nextInt(6);
        if (kind == 0) {
            builder.choices(fact, List.of());
        } else if (kind <= 2) {
            builder.clear(fact);
        } else {
            builder.choices(fact, chosen.stream().map(Choice.class::cast).toList());
        }
    }

    private Answer answer() {
        return pick(Answer.values());
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    // One or two values.
    private <E extends Enum<E>> Set<E> subset(Class<E> type, E[] values) {
        Set<E> result = EnumSet.noneOf(type);
        int size = 1 + random.nextInt(2);
        for (int i = 0; i < size; i++) {
            result.add(pick(values));
        }
        return result;
    }
}
