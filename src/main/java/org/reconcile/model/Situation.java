package org.reconcile.model;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The facts of one case: where a person stands after a breakup. Immutable; build one with
 * {@link #builder(int)}. Facts that were not stated are {@link Answer#UNKNOWN}, an empty set of
 * reasons or motives means none were stated.
 *
 * @param daysSinceBreakup days since the breakup, 0 to 36500
 * @param stage how far reconnecting has gone
 * @param abuse the relationship was abusive in any way
 * @param breakupReasons why you broke up (even in part)
 * @param motives why you want to get back together
 * @param urgeToPleadOrRant you still feel compelled to beg, berate or vent at them
 * @param resentment you would bring past hurt, anger or resentment with you
 * @param planToResolvePastIssues you are both able to resolve past issues and have a clear plan
 * @param exReady they are ready to talk (to meet after you reached out; to talk about the
 *     relationship after catching up)
 * @param bothWantToTryAgain after the serious talk, you both want to try again
 * @param oldHabitsReturning back together, old habits that helped break you up are coming back
 * @param breakupReasonAddressed back together, the reason you broke up has been discussed and addressed
 * @param oldGrievancesRaised old grievances are being thrown in each other's faces
 * @param brokenPromises one of you failed to do what you promised
 * @param pryingIntoTimeApart one of you is prying into what the other did while broken up
 * @param resumingIntimacy you are about to resume intimacy
 * @param stdTested the partner has been STD tested
 */
public record Situation(
        int daysSinceBreakup,
        Stage stage,
        Answer abuse,
        Set<BreakupReason> breakupReasons,
        Set<Motive> motives,
        Answer urgeToPleadOrRant,
        Answer resentment,
        Answer planToResolvePastIssues,
        Answer exReady,
        Answer bothWantToTryAgain,
        Answer oldHabitsReturning,
        Answer breakupReasonAddressed,
        Answer oldGrievancesRaised,
        Answer brokenPromises,
        Answer pryingIntoTimeApart,
        Answer resumingIntimacy,
        Answer stdTested) {

    /** The largest number of days a case may state: a hundred years. */
    public static final int MAX_DAYS = 36_500;

    /** Checks every fact; sets are copied so the situation stays immutable. */
    public Situation {
        if (daysSinceBreakup < 0 || daysSinceBreakup > MAX_DAYS) {
            throw new IllegalArgumentException(
                    "daysSinceBreakup must be an integer from 0 to " + MAX_DAYS + ", was " + daysSinceBreakup);
        }
        Objects.requireNonNull(stage, "stage must not be null");
        breakupReasons = immutableEnumSet(BreakupReason.class, breakupReasons);
        motives = immutableEnumSet(Motive.class, motives);
        requireAnswers(abuse, urgeToPleadOrRant, resentment, planToResolvePastIssues, exReady,
                bothWantToTryAgain, oldHabitsReturning, breakupReasonAddressed, oldGrievancesRaised,
                brokenPromises, pryingIntoTimeApart, resumingIntimacy, stdTested);
    }

    // An EnumSet keeps declaration order, so the same situation always reads (and fires) the same way.
    private static <E extends Enum<E>> Set<E> immutableEnumSet(Class<E> type, Collection<E> values) {
        Set<E> copy = EnumSet.noneOf(type);
        copy.addAll(Objects.requireNonNull(values, "sets of reasons and motives must not be null"));
        return Collections.unmodifiableSet(copy);
    }

    private static void requireAnswers(Answer... answers) {
        for (Answer answer : answers) {
            Objects.requireNonNull(answer, "answers must not be null: use Answer.UNKNOWN for a fact not stated");
        }
    }

    /** The situation as text, naming only the facts that were stated. */
    @Override
    public String toString() {
        StringJoiner text = new StringJoiner(", ", "Situation(", ")");
        text.add("daysSinceBreakup=" + daysSinceBreakup).add("stage=" + stage);
        addIfStated(text, "abuse", abuse);
        if (!breakupReasons.isEmpty()) {
            text.add("breakupReasons=" + breakupReasons);
        }
        if (!motives.isEmpty()) {
            text.add("motives=" + motives);
        }
        addIfStated(text, "urgeToPleadOrRant", urgeToPleadOrRant);
        addIfStated(text, "resentment", resentment);
        addIfStated(text, "planToResolvePastIssues", planToResolvePastIssues);
        addIfStated(text, "exReady", exReady);
        addIfStated(text, "bothWantToTryAgain", bothWantToTryAgain);
        addIfStated(text, "oldHabitsReturning", oldHabitsReturning);
        addIfStated(text, "breakupReasonAddressed", breakupReasonAddressed);
        addIfStated(text, "oldGrievancesRaised", oldGrievancesRaised);
        addIfStated(text, "brokenPromises", brokenPromises);
        addIfStated(text, "pryingIntoTimeApart", pryingIntoTimeApart);
        addIfStated(text, "resumingIntimacy", resumingIntimacy);
        addIfStated(text, "stdTested", stdTested);
        return text.toString();
    }

    private static void addIfStated(StringJoiner text, String name, Answer answer) {
        if (answer != Answer.UNKNOWN) {
            text.add(name + "=" + (answer == Answer.YES));
        }
    }

    /** A builder for a situation {@code daysSinceBreakup} days after the breakup, with nothing else stated. */
    public static Builder builder(int daysSinceBreakup) {
        return new Builder(daysSinceBreakup);
    }

    /** Builds a {@link Situation}; every fact not set is not stated. */
    public static final class Builder {
        private final int daysSinceBreakup;
        private Stage stage = Stage.NO_CONTACT;
        private Answer abuse = Answer.UNKNOWN;
        private final Set<BreakupReason> breakupReasons = EnumSet.noneOf(BreakupReason.class);
        private final Set<Motive> motives = EnumSet.noneOf(Motive.class);
        private Answer urgeToPleadOrRant = Answer.UNKNOWN;
        private Answer resentment = Answer.UNKNOWN;
        private Answer planToResolvePastIssues = Answer.UNKNOWN;
        private Answer exReady = Answer.UNKNOWN;
        private Answer bothWantToTryAgain = Answer.UNKNOWN;
        private Answer oldHabitsReturning = Answer.UNKNOWN;
        private Answer breakupReasonAddressed = Answer.UNKNOWN;
        private Answer oldGrievancesRaised = Answer.UNKNOWN;
        private Answer brokenPromises = Answer.UNKNOWN;
        private Answer pryingIntoTimeApart = Answer.UNKNOWN;
        private Answer resumingIntimacy = Answer.UNKNOWN;
        private Answer stdTested = Answer.UNKNOWN;

        private Builder(int daysSinceBreakup) {
            this.daysSinceBreakup = daysSinceBreakup;
        }

        public Builder stage(Stage stage) { this.stage = stage; return this; }
        public Builder abuse(boolean value) { return abuse(Answer.of(value)); }
        public Builder abuse(Answer value) { this.abuse = value; return this; }
        public Builder breakupReasons(BreakupReason... reasons) { return breakupReasons(Set.of(reasons)); }
        public Builder breakupReasons(Collection<BreakupReason> reasons) { breakupReasons.addAll(reasons); return this; }
        public Builder motives(Motive... values) { return motives(Set.of(values)); }
        public Builder motives(Collection<Motive> values) { motives.addAll(values); return this; }
        public Builder urgeToPleadOrRant(boolean value) { return urgeToPleadOrRant(Answer.of(value)); }
        public Builder urgeToPleadOrRant(Answer value) { this.urgeToPleadOrRant = value; return this; }
        public Builder resentment(boolean value) { return resentment(Answer.of(value)); }
        public Builder resentment(Answer value) { this.resentment = value; return this; }
        public Builder planToResolvePastIssues(boolean value) { return planToResolvePastIssues(Answer.of(value)); }
        public Builder planToResolvePastIssues(Answer value) { this.planToResolvePastIssues = value; return this; }
        public Builder exReady(boolean value) { return exReady(Answer.of(value)); }
        public Builder exReady(Answer value) { this.exReady = value; return this; }
        public Builder bothWantToTryAgain(boolean value) { return bothWantToTryAgain(Answer.of(value)); }
        public Builder bothWantToTryAgain(Answer value) { this.bothWantToTryAgain = value; return this; }
        public Builder oldHabitsReturning(boolean value) { return oldHabitsReturning(Answer.of(value)); }
        public Builder oldHabitsReturning(Answer value) { this.oldHabitsReturning = value; return this; }
        public Builder breakupReasonAddressed(boolean value) { return breakupReasonAddressed(Answer.of(value)); }
        public Builder breakupReasonAddressed(Answer value) { this.breakupReasonAddressed = value; return this; }
        public Builder oldGrievancesRaised(boolean value) { return oldGrievancesRaised(Answer.of(value)); }
        public Builder oldGrievancesRaised(Answer value) { this.oldGrievancesRaised = value; return this; }
        public Builder brokenPromises(boolean value) { return brokenPromises(Answer.of(value)); }
        public Builder brokenPromises(Answer value) { this.brokenPromises = value; return this; }
        public Builder pryingIntoTimeApart(boolean value) { return pryingIntoTimeApart(Answer.of(value)); }
        public Builder pryingIntoTimeApart(Answer value) { this.pryingIntoTimeApart = value; return this; }
        public Builder resumingIntimacy(boolean value) { return resumingIntimacy(Answer.of(value)); }
        public Builder resumingIntimacy(Answer value) { this.resumingIntimacy = value; return this; }
        public Builder stdTested(boolean value) { return stdTested(Answer.of(value)); }
        public Builder stdTested(Answer value) { this.stdTested = value; return this; }

        /** The situation; throws {@link IllegalArgumentException} if a fact is out of range. */
        public Situation build() {
            return new Situation(daysSinceBreakup, stage, abuse, breakupReasons, motives, urgeToPleadOrRant,
                    resentment, planToResolvePastIssues, exReady, bothWantToTryAgain, oldHabitsReturning,
                    breakupReasonAddressed, oldGrievancesRaised, brokenPromises, pryingIntoTimeApart,
                    resumingIntimacy, stdTested);
        }
    }
}
