package org.reconcile.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalog of facts: every fact a case can state, with its JSON name, its type, the values it
 * allows, what it means and how to ask a person about it. The JSON reader, its error messages, the
 * questions, the schema test and the docs all read this one list, so adding a fact is one entry
 * here (plus the rules that use it).
 *
 * <p>Facts of type {@link Type#BOOLEAN} are read from a {@link Situation} with
 * {@link Situation#answer(Fact)}; not stated is {@link Answer#UNKNOWN}.
 */
public enum Fact {
    /** Days since the breakup, 0 to 36500; the one required fact. */
    DAYS_SINCE_BREAKUP("daysSinceBreakup", Type.INTEGER, null,
            "days since the breakup",
            "How many days ago did you break up?"),
    /** How far reconnecting has gone; {@link Stage#NO_CONTACT} when not stated. */
    STAGE("stage", Type.CHOICE, Stage.class,
            "how far reconnecting has gone",
            "How far have things gone since the breakup?"),
    /** The relationship was abusive in any way. */
    ABUSE("abuse", Type.BOOLEAN, null,
            "the relationship was abusive in any way",
            "Was the relationship abusive in any way?"),
    /** Why you broke up, even in part. */
    BREAKUP_REASONS("breakupReasons", Type.CHOICES, BreakupReason.class,
            "why you broke up (even in part)",
            "Why did you break up, even in part?"),
    /** Why you want to get back together. */
    MOTIVES("motives", Type.CHOICES, Motive.class,
            "why you want to get back together",
            "Why do you want to get back together?"),
    /** You still feel compelled to beg, berate or vent at them. */
    URGE_TO_PLEAD_OR_RANT("urgeToPleadOrRant", Type.BOOLEAN, null,
            "you still feel compelled to beg, berate or vent at them",
            "Do you still feel the urge to beg them to come back, or to vent at them?"),
    /** You would bring past hurt, anger or resentment with you. */
    RESENTMENT("resentment", Type.BOOLEAN, null,
            "you would bring past hurt, anger or resentment with you",
            "Would you bring past hurt, anger or resentment with you?"),
    /** You are both able to resolve past issues and have a clear plan for moving forward. */
    PLAN_TO_RESOLVE_PAST_ISSUES("planToResolvePastIssues", Type.BOOLEAN, null,
            "you are both able to resolve past issues and have a clear plan for moving forward",
            "Are you both able to resolve your past issues, with a clear plan for moving forward?"),
    /** They are ready to talk: to meet after you reached out; to talk about the relationship after catching up. */
    EX_READY("exReady", Type.BOOLEAN, null,
            "they are ready to talk (after you reached out: to meet; after catching up: to talk about the relationship)",
            "Have they said they're ready to talk?"),
    /** After the serious talk, you both want to try again. */
    BOTH_WANT_TO_TRY_AGAIN("bothWantToTryAgain", Type.BOOLEAN, null,
            "after the serious talk, you both want to try again",
            "After your talk, do you both want to try again?"),
    /** Back together, old habits that helped break you up are coming back. */
    OLD_HABITS_RETURNING("oldHabitsReturning", Type.BOOLEAN, null,
            "back together, old habits (that helped break you up) are coming back",
            "Are old habits that helped break you up coming back?"),
    /** Back together, the reason you broke up has been discussed and addressed. */
    BREAKUP_REASON_ADDRESSED("breakupReasonAddressed", Type.BOOLEAN, null,
            "back together, the reason you broke up has been discussed and addressed",
            "Have you talked through and addressed the reason you broke up?"),
    /** Old grievances are being thrown in each other's faces. */
    OLD_GRIEVANCES_RAISED("oldGrievancesRaised", Type.BOOLEAN, null,
            "old grievances are being thrown in each other's faces",
            "Are old grievances being thrown in each other's faces?"),
    /** One of you failed to do what you promised. */
    BROKEN_PROMISES("brokenPromises", Type.BOOLEAN, null,
            "one of you failed to do what you promised",
            "Has one of you failed to do what you promised?"),
    /** One of you is prying into what the other did while broken up. */
    PRYING_INTO_TIME_APART("pryingIntoTimeApart", Type.BOOLEAN, null,
            "one of you is prying into what the other did while broken up",
            "Is one of you prying into what the other did while you were apart?"),
    /** You are about to resume intimacy. */
    RESUMING_INTIMACY("resumingIntimacy", Type.BOOLEAN, null,
            "you are about to resume intimacy",
            "Are you about to be intimate again?"),
    /** The partner has been STD tested. */
    STD_TESTED("stdTested", Type.BOOLEAN, null,
            "the partner has been STD tested",
            "Has your partner been tested for STDs?");

    /**
     * The kinds of value a fact takes, each with the Java type that {@link Situation#get(Fact)}
     * gives and {@link Situation.Builder#set(Fact, Object)} takes.
     */
    public enum Type {
        /** A whole number: an {@link Integer}. */
        INTEGER,
        /** One value of a fixed list: one of {@link Fact#choices()}. */
        CHOICE,
        /** Any number of values of a fixed list (a JSON array): a set of {@link Fact#choices()}. */
        CHOICES,
        /** Yes or no, a {@link Boolean}; not stated means not known ({@link Answer#UNKNOWN}). */
        BOOLEAN
    }

    private final String jsonName;
    private final Type type;
    private final Class<? extends Choice> choiceType;
    private final String meaning;
    private final String ask;
    private final List<Choice> choices;

    Fact(String jsonName, Type type, Class<? extends Choice> choiceType, String meaning, String ask) {
        this.jsonName = jsonName;
        this.type = type;
        this.choiceType = choiceType;
        this.meaning = meaning;
        this.ask = ask;
        this.choices = choiceType == null ? List.of() : List.of(choiceType.getEnumConstants());
    }

    /**
     * The field's name in the JSON of a case, such as {@code urgeToPleadOrRant}.
     *
     * @return the JSON field name
     */
    public String jsonName() {
        return jsonName;
    }

    /**
     * The kind of value the fact takes.
     *
     * @return integer, choice, choices or yes/no
     */
    public Type type() {
        return type;
    }

    /**
     * What the fact means, in a few words.
     *
     * @return a lower-case phrase
     */
    public String meaning() {
        return meaning;
    }

    /**
     * The fact as a question for a person, in plain words, ending in {@code ?}.
     *
     * @return the question
     */
    public String ask() {
        return ask;
    }

    /**
     * The fact as a question for a person at {@code stage}: {@link #ask()}, unless the stage asks it
     * differently (after catching up, {@code exReady} asks about talking about the relationship;
     * someone back together is asked why they got back together, not why they want to).
     *
     * @param stage where the person is; not null
     * @return the question, ending in {@code ?}
     */
    public String ask(Stage stage) {
        return Wording.ask(this, Objects.requireNonNull(stage, "stage must not be null"), ask);
    }

    /**
     * A yes/no fact, answered, as a statement about the person at {@code stage}, in lower case,
     * such as "the relationship was abusive" or "you no longer feel the urge to beg them to come
     * back, or to vent at them".
     *
     * @param yes the answer
     * @param stage where the person is (some facts read differently back together); not null
     * @return the statement
     * @throws IllegalArgumentException if the fact is not of type {@link Type#BOOLEAN}
     */
    public String statement(boolean yes, Stage stage) {
        return Wording.statement(this, yes, Objects.requireNonNull(stage, "stage must not be null"));
    }

    /**
     * What {@code situation} states about this fact, as statements about the person in lower case:
     * one for the days, the stage or a yes/no answer, one per value chosen (or one saying none of
     * them) for a list of choices; none for a fact the situation did not state, so a stage read as
     * {@link Stage#NO_CONTACT} because none was given is not presented as something the person said.
     *
     * @param situation the case
     * @return the statements, empty if the fact was not stated
     */
    public List<String> statements(Situation situation) {
        if (!situation.isStated(this)) {
            return List.of();
        }
        return switch (type) {
            case INTEGER -> List.of("it has been " + situation.daysSinceBreakup()
                    + (situation.daysSinceBreakup() == 1 ? " day" : " days") + " since the breakup");
            case CHOICE -> List.of(situation.stage().statement());
            case CHOICES -> situation.chosen(this).isEmpty() ? List.of(Wording.noneOf(this))
                    : situation.chosen(this).stream().map(Choice::statement).toList();
            case BOOLEAN -> List.of(statement(situation.answer(this).isYes(), situation.stage()));
        };
    }

    /**
     * The values a {@link Type#CHOICE} or {@link Type#CHOICES} fact allows, in order; empty for the others.
     *
     * @return an unmodifiable list of the allowed values
     */
    public List<Choice> choices() {
        return choices;
    }

    /**
     * True for the facts that a result may ask about: every fact but the days and the stage, which
     * a case always has.
     *
     * @return false for {@link #DAYS_SINCE_BREAKUP} and {@link #STAGE} only
     */
    public boolean isQuestion() {
        return this != DAYS_SINCE_BREAKUP && this != STAGE;
    }

    /**
     * What a value of this fact must be, such as {@code must be true, false or null}.
     *
     * @return the constraint, starting with {@code must}
     */
    public String constraint() {
        return switch (type) {
            case INTEGER -> "must be an integer from 0 to " + Situation.MAX_DAYS;
            case CHOICE -> "must be one of " + names();
            case CHOICES -> "must be an array of " + names();
            case BOOLEAN -> "must be true, false or null";
        };
    }

    private String names() {
        return String.join(", ", choices().stream().map(Choice::name).toList());
    }

    /**
     * The fact whose JSON name is {@code jsonName}, if there is one.
     *
     * @param jsonName a field name in the JSON of a case
     * @return the fact, or empty if no fact has that name
     */
    public static Optional<Fact> byJsonName(String jsonName) {
        for (Fact fact : values()) {
            if (fact.jsonName.equals(jsonName)) {
                return Optional.of(fact);
            }
        }
        return Optional.empty();
    }
}
