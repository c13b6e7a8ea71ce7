package org.reconcile.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The facts of one case: where a person stands after a breakup. Immutable, compared by value;
 * build one with {@link #builder(int)}. Every fact but the days may be left unstated, and
 * {@link #isStated(Fact)} tells which were stated: a yes/no fact not stated is {@link Answer#UNKNOWN};
 * reasons or motives not stated read as an empty set, and so does a stated empty list ("none of
 * these"), which is a statement all the same; a stage not stated reads as {@link Stage#NO_CONTACT}.
 * Which facts there are is the {@link Fact} catalog's to say.
 */
public final class Situation {
    /** The largest number of days a case may state: a hundred years. */
    public static final int MAX_DAYS = 36_500;

    private final int daysSinceBreakup;
    private final Stage stage;
    private final Set<BreakupReason> breakupReasons;
    private final Set<Motive> motives;
    private final Answer[] answers; // by Fact.ordinal(); null for facts that are not yes/no
    private final Set<Fact> stated; // of the stage and the lists of choices, those the case stated
    private final int hash; // computed once: rules join on the situation many times per case

    private Situation(Builder builder) {
        if (builder.daysSinceBreakup < 0 || builder.daysSinceBreakup > MAX_DAYS) {
            throw new IllegalArgumentException(Fact.DAYS_SINCE_BREAKUP.jsonName() + " "
                    + Fact.DAYS_SINCE_BREAKUP.constraint() + ", was " + builder.daysSinceBreakup);
        }
        this.daysSinceBreakup = builder.daysSinceBreakup;
        this.stage = builder.stage;
        this.breakupReasons = Collections.unmodifiableSet(EnumSet.copyOf(builder.breakupReasons));
        this.motives = Collections.unmodifiableSet(EnumSet.copyOf(builder.motives));
        this.answers = builder.answers.clone();
        this.stated = Collections.unmodifiableSet(EnumSet.copyOf(builder.stated));
        this.hash = Objects.hash(daysSinceBreakup, stage, breakupReasons, motives, Arrays.hashCode(answers), stated);
    }

    /**
     * A builder for a situation {@code daysSinceBreakup} days after the breakup, with nothing else stated.
     *
     * @param daysSinceBreakup 0 to {@value #MAX_DAYS}, checked by {@link Builder#build()}
     * @return a new builder
     */
    public static Builder builder(int daysSinceBreakup) {
        return new Builder(daysSinceBreakup);
    }

    /**
     * A builder holding every fact of this situation, to change some of them.
     *
     * @return a new builder; changing it leaves this situation as it is
     */
    public Builder toBuilder() {
        Builder builder = new Builder(daysSinceBreakup);
        builder.stage = stage;
        builder.breakupReasons.addAll(breakupReasons);
        builder.motives.addAll(motives);
        System.arraycopy(answers, 0, builder.answers, 0, answers.length);
        builder.stated.addAll(stated);
        return builder;
    }

    /**
     * Days since the breakup, 0 to {@value #MAX_DAYS}.
     *
     * @return the days
     */
    public int daysSinceBreakup() {
        return daysSinceBreakup;
    }

    /**
     * How far reconnecting has gone; {@link Stage#NO_CONTACT} if not stated (see {@link #isStated(Fact)}).
     *
     * @return the stage, never null
     */
    public Stage stage() {
        return stage;
    }

    /**
     * Why you broke up (even in part); empty if none were chosen or the case did not say (see
     * {@link #isStated(Fact)}).
     *
     * @return an unmodifiable set
     */
    public Set<BreakupReason> breakupReasons() {
        return breakupReasons;
    }

    /**
     * Why you want to get back together; empty if none were chosen or the case did not say (see
     * {@link #isStated(Fact)}).
     *
     * @return an unmodifiable set
     */
    public Set<Motive> motives() {
        return motives;
    }

    /**
     * The answer to a yes/no fact, {@link Answer#UNKNOWN} if it was not stated.
     *
     * @param fact a fact of type {@link Fact.Type#BOOLEAN}
     * @return {@link Answer#YES}, {@link Answer#NO} or {@link Answer#UNKNOWN}
     * @throws IllegalArgumentException if {@code fact} is not of type {@link Fact.Type#BOOLEAN}
     */
    public Answer answer(Fact fact) {
        Answer answer = answers[Objects.requireNonNull(fact, "fact must not be null").ordinal()];
        if (answer == null) {
            throw new IllegalArgumentException(fact.jsonName() + " is not a yes/no fact");
        }
        return answer;
    }

    /**
     * The values chosen for a {@link Fact.Type#CHOICES} fact: {@link #breakupReasons()} or {@link #motives()}.
     *
     * @param fact {@link Fact#BREAKUP_REASONS} or {@link Fact#MOTIVES}
     * @return an unmodifiable set, empty if none were chosen or not stated
     * @throws IllegalArgumentException if {@code fact} is not a list of choices
     */
    public Set<? extends Choice> chosen(Fact fact) {
        return switch (fact) {
            case BREAKUP_REASONS -> breakupReasons;
            case MOTIVES -> motives;
            default -> throw new IllegalArgumentException(fact.jsonName() + " is not a list of choices");
        };
    }

    /**
     * The value of any fact, if the case stated it: one way to read the whole {@link Fact} catalog,
     * for a form built from it. The value's type is the fact's {@link Fact.Type}'s:
     * {@link Integer} for the days, the {@link Choice} for the stage, an unmodifiable
     * {@code Set<Choice>} for the reasons and the motives (empty when stated as none), a
     * {@link Boolean} for a yes/no fact.
     *
     * @param fact any fact of the catalog
     * @return the value, or empty if the case did not state the fact
     */
    public Optional<Object> get(Fact fact) {
        Objects.requireNonNull(fact, "fact must not be null");
        if (!isStated(fact)) {
            return Optional.empty();
        }
        return Optional.of(switch (fact.type()) {
            case INTEGER -> daysSinceBreakup;
            case CHOICE -> stage;
            case CHOICES -> chosen(fact);
            case BOOLEAN -> answer(fact).isYes();
        });
    }

    /**
     * True if the case stated {@code fact}: a yes/no fact answered, a list of choices given (an
     * empty list too: it says "none of these"), the stage given. The days are always stated.
     *
     * @param fact any fact of the catalog
     * @return false for a fact the case left out (or gave as null in JSON)
     */
    public boolean isStated(Fact fact) {
        return switch (Objects.requireNonNull(fact, "fact must not be null").type()) {
            case INTEGER -> true;
            case CHOICE, CHOICES -> stated.contains(fact);
            case BOOLEAN -> answer(fact) != Answer.UNKNOWN;
        };
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Situation that && hash == that.hash
                && daysSinceBreakup == that.daysSinceBreakup && stage == that.stage
                && breakupReasons.equals(that.breakupReasons) && motives.equals(that.motives)
                && Arrays.equals(answers, that.answers) && stated.equals(that.stated);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** The situation as text, naming only the facts that were stated, in the catalog's order. */
    @Override
    public String toString() {
        StringJoiner text = new StringJoiner(", ", "Situation(", ")");
        for (Fact fact : Fact.values()) {
            switch (fact.type()) {
                case INTEGER -> text.add(fact.jsonName() + "=" + daysSinceBreakup);
                case CHOICE, CHOICES -> {
                    if (isStated(fact)) {
                        text.add(fact.jsonName() + "=" + (fact == Fact.STAGE ? stage : chosen(fact)));
                    }
                }
                case BOOLEAN -> {
                    if (isStated(fact)) {
                        text.add(fact.jsonName() + "=" + answer(fact).isYes());
                    }
                }
            }
        }
        return text.toString();
    }

    /** Builds a {@link Situation}; every fact not set is not stated. */
    public static final class Builder {
        private int daysSinceBreakup;
        private Stage stage = Stage.NO_CONTACT;
        private final Set<BreakupReason> breakupReasons = EnumSet.noneOf(BreakupReason.class);
        private final Set<Motive> motives = EnumSet.noneOf(Motive.class);
        private final Answer[] answers = new Answer[Fact.values().length];
        private final Set<Fact> stated = EnumSet.noneOf(Fact.class);

        private Builder(int daysSinceBreakup) {
            this.daysSinceBreakup = daysSinceBreakup;
            for (Fact fact : Fact.values()) {
                if (fact.type() == Fact.Type.BOOLEAN) {
                    answers[fact.ordinal()] = Answer.UNKNOWN;
                }
            }
        }

        /**
         * Sets the days since the breakup (checked by {@link #build()}).
         *
         * @param days 0 to {@value Situation#MAX_DAYS}
         * @return this builder
         */
        public Builder daysSinceBreakup(int days) {
            this.daysSinceBreakup = days;
            return this;
        }

        /**
         * Sets how far reconnecting has gone.
         *
         * @param value the stage; not null
         * @return this builder
         */
        public Builder stage(Stage value) {
            this.stage = Objects.requireNonNull(value, "stage must not be null");
            stated.add(Fact.STAGE);
            return this;
        }

        /**
         * Sets the value of a {@link Fact.Type#CHOICE} fact, such as the stage.
         *
         * @param fact a single-choice fact
         * @param value one of the fact's choices
         * @return this builder
         * @throws IllegalArgumentException if {@code fact} is not a single choice or {@code value} not one of its choices
         */
        public Builder choice(Fact fact, Choice value) {
            if (Objects.requireNonNull(fact, "fact must not be null").type() != Fact.Type.CHOICE || !fact.choices().contains(value)) {
                throw new IllegalArgumentException(fact.jsonName() + " " + fact.constraint() + ", was " + value);
            }
            return stage((Stage) value); // the one fact of its type so far
        }

        /**
         * States a yes/no fact.
         *
         * @param fact a fact of type {@link Fact.Type#BOOLEAN}
         * @param value true for yes, false for no
         * @return this builder
         */
        public Builder with(Fact fact, boolean value) {
            return with(fact, Answer.of(value));
        }

        /**
         * Sets a yes/no fact; {@link Answer#UNKNOWN} makes it not stated.
         *
         * @param fact a fact of type {@link Fact.Type#BOOLEAN}
         * @param value the answer; not null
         * @return this builder
         */
        public Builder with(Fact fact, Answer value) {
            Objects.requireNonNull(value, "an answer must not be null: use Answer.UNKNOWN for a fact not stated");
            if (Objects.requireNonNull(fact, "fact must not be null").type() != Fact.Type.BOOLEAN) {
                throw new IllegalArgumentException(fact.jsonName() + " is not a yes/no fact");
            }
            answers[fact.ordinal()] = value;
            return this;
        }

        /**
         * States why you broke up, replacing what was set before.
         *
         * @param reasons the reasons; none states that none of them apply
         * @return this builder
         */
        public Builder breakupReasons(BreakupReason... reasons) {
            return choices(Fact.BREAKUP_REASONS, Arrays.asList(reasons));
        }

        /**
         * States why you want to get back together, replacing what was set before.
         *
         * @param values the motives; none states that none of them apply
         * @return this builder
         */
        public Builder motives(Motive... values) {
            return choices(Fact.MOTIVES, Arrays.asList(values));
        }

        /**
         * States the values of a {@link Fact.Type#CHOICES} fact, replacing what was set before; an
         * empty collection states "none of these" ({@link #clear(Fact)} makes it not stated).
         *
         * @param fact {@link Fact#BREAKUP_REASONS} or {@link Fact#MOTIVES}
         * @param values the values, none null
         * @return this builder
         * @throws IllegalArgumentException if a value is not one of the fact's choices
         */
        public Builder choices(Fact fact, Collection<? extends Choice> values) {
            Set<? extends Choice> target = switch (fact) {
                case BREAKUP_REASONS -> breakupReasons;
                case MOTIVES -> motives;
                default -> throw new IllegalArgumentException(fact.jsonName() + " is not a list of choices");
            };
            List<Choice> allowed = fact.choices();
            for (Choice value : values) {
                if (!allowed.contains(Objects.requireNonNull(value, fact.jsonName() + " must not hold null"))) {
                    throw new IllegalArgumentException(fact.jsonName() + " " + fact.constraint() + ", was " + value.name());
                }
            }
            target.clear();
            addAll(target, values);
            stated.add(fact);
            return this;
        }

        /**
         * Sets any fact: one way to write the whole {@link Fact} catalog, taking the values that
         * {@link Situation#get(Fact)} gives. {@code null} makes the fact not stated, as
         * {@link #clear(Fact)} does.
         *
         * @param fact any fact of the catalog
         * @param value an {@link Integer} for the days; one of the fact's {@link Choice}s for the
         *     stage; a {@link Collection} of its choices for the reasons and the motives; a
         *     {@link Boolean} or an {@link Answer} for a yes/no fact; or null
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is not of the fact's type or not one of
         *     its choices (the message says what it must be), or is null for the days
         */
        public Builder set(Fact fact, Object value) {
            Objects.requireNonNull(fact, "fact must not be null");
            if (value == null) {
                return clear(fact);
            }
            switch (fact.type()) {
                case INTEGER -> daysSinceBreakup(requireType(fact, value, Integer.class));
                case CHOICE -> choice(fact, requireType(fact, value, Choice.class));
                case CHOICES -> choices(fact, choiceCollection(fact, value));
                case BOOLEAN -> with(fact, value instanceof Answer answer ? answer : Answer.of(requireType(fact, value, Boolean.class)));
            }
            return this;
        }

        private static <T> T requireType(Fact fact, Object value, Class<T> type) {
            if (!type.isInstance(value)) {
                throw new IllegalArgumentException(fact.jsonName() + " " + fact.constraint() + ", was " + value
                        + " (a " + value.getClass().getSimpleName() + ")");
            }
            return type.cast(value);
        }

        private static List<Choice> choiceCollection(Fact fact, Object value) {
            Collection<?> values = requireType(fact, value, Collection.class);
            List<Choice> choices = new ArrayList<>(values.size());
            for (Object item : values) {
                choices.add(requireType(fact, Objects.requireNonNull(item, fact.jsonName() + " must not hold null"), Choice.class));
            }
            return choices;
        }

        /**
         * Makes {@code fact} not stated again: a yes/no fact {@link Answer#UNKNOWN}, a list of
         * choices left out, the stage left out (read as {@link Stage#NO_CONTACT}).
         *
         * @param fact any fact but the days, which every case states
         * @return this builder
         * @throws IllegalArgumentException if {@code fact} is {@link Fact#DAYS_SINCE_BREAKUP}
         */
        public Builder clear(Fact fact) {
            switch (fact.type()) {
                case INTEGER -> throw new IllegalArgumentException(fact.jsonName() + " is required: every case states it");
                case CHOICE -> stage = Stage.NO_CONTACT;
                case CHOICES -> (fact == Fact.BREAKUP_REASONS ? breakupReasons : motives).clear();
                case BOOLEAN -> answers[fact.ordinal()] = Answer.UNKNOWN;
            }
            stated.remove(fact);
            return this;
        }

        @SuppressWarnings("unchecked")
        private static <C extends Choice> void addAll(Set<C> target, Collection<? extends Choice> values) {
            values.forEach(value -> target.add((C) value));
        }

        /**
         * The situation; throws {@link IllegalArgumentException} if the days are out of range.
         *
         * @return a new, immutable situation
         */
        public Situation build() {
            return new Situation(this);
        }
    }
}
