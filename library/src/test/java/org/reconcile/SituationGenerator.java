package org.reconcile;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.reconcile.model.Answer;
import org.reconcile.model.BreakupReason;
import org.reconcile.model.Fact;
import org.reconcile.model.Motive;
import org.reconcile.model.Situation;
import org.reconcile.model.Stage;

/**
 * Realistic situations from a seeded random source: the same seed gives the same situations, so a
 * failure can always be replayed. Days cluster around the one-month boundary; abuse is rare; most
 * cases state one good motive, some state wrong ones.
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
        Situation.Builder builder = Situation.builder(days)
                .stage(pick(Stage.values()))
                .choices(Fact.BREAKUP_REASONS, subset(BreakupReason.class, BreakupReason.values(), 2))
                .choices(Fact.MOTIVES, random.nextBoolean() ? Set.of(Motive.BELIEVE_IN_POTENTIAL) : subset(Motive.class, Motive.values(), 2));
        for (Fact fact : Fact.values()) {
            if (fact == Fact.ABUSE) {
                builder.with(fact, random.nextInt(10) == 0 ? Answer.YES : pick(Answer.NO, Answer.UNKNOWN));
            } else if (fact.type() == Fact.Type.BOOLEAN) {
                builder.with(fact, answer());
            }
        }
        return builder.build();
    }

    private Answer answer() {
        return pick(Answer.values());
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    private <E extends Enum<E>> Set<E> subset(Class<E> type, E[] values, int maxSize) {
        Set<E> result = EnumSet.noneOf(type);
        int size = random.nextInt(maxSize + 1);
        for (int i = 0; i < size; i++) {
            result.add(pick(values));
        }
        return result;
    }
}
