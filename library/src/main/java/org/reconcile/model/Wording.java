package org.reconcile.model;

/**
 * The words of the catalog that depend on the stage or on the answer: each fact's question where
 * a stage asks it differently, and each yes/no fact as a statement, either way. The catalog
 * ({@link Fact}) keeps the words that hold at every stage.
 */
final class Wording {
    private Wording() {
    }

    /** The question about {@code fact} at {@code stage}, or {@code fallback} where the stage changes nothing. */
    static String ask(Fact fact, Stage stage, String fallback) {
        return switch (fact) {
            case ABUSE -> stage == Stage.BACK_TOGETHER ? "Is the relationship abusive in any way?" : fallback;
            case MOTIVES -> switch (stage) {
                case BACK_TOGETHER -> "Why did you get back together?";
                case ENDED -> "Why did you want to get back together?";
                default -> fallback;
            };
            case RESENTMENT -> stage == Stage.BACK_TOGETHER
                    ? "Are you carrying past hurt, anger or resentment into the relationship?" : fallback;
            case EX_READY -> switch (stage) {
                case REACHED_OUT -> "Have they answered, and said they're ready to talk?";
                case CAUGHT_UP -> "Have they said they're willing to talk about the relationship and the breakup?";
                default -> fallback;
            };
            default -> fallback;
        };
    }

    /** The yes/no fact {@code fact}, answered {@code yes} at {@code stage}, as a statement in lower case. */
    static String statement(Fact fact, boolean yes, Stage stage) {
        boolean together = stage == Stage.BACK_TOGETHER;
        return switch (fact) {
            case ABUSE -> together
                    ? (yes ? "the relationship is abusive" : "the relationship is not abusive")
                    : (yes ? "the relationship was abusive" : "the relationship was not abusive");
            case URGE_TO_PLEAD_OR_RANT -> yes ? "you still feel the urge to beg them to come back, or to vent at them"
                    : "you no longer feel the urge to beg them to come back, or to vent at them";
            case RESENTMENT -> together
                    ? (yes ? "you are carrying past hurt, anger or resentment into the relationship"
                            : "you are not carrying past hurt, anger or resentment into the relationship")
                    : (yes ? "you would bring past hurt, anger or resentment with you"
                            : "you wouldn't bring past hurt, anger or resentment with you");
            case PLAN_TO_RESOLVE_PAST_ISSUES -> yes ? "you are both able to resolve your past issues, with a clear plan for moving forward"
                    : "you don't yet have a way to resolve your past issues together, with a clear plan for moving forward";
            case EX_READY -> switch (stage) {
                case REACHED_OUT -> yes ? "they answered, and said they're ready to talk" : "they haven't said they're ready to talk";
                case CAUGHT_UP -> yes ? "they're willing to talk about the relationship and the breakup"
                        : "they aren't ready to talk about the relationship yet";
                default -> yes ? "they're ready to talk" : "they aren't ready to talk yet";
            };
            case BOTH_WANT_TO_TRY_AGAIN -> yes ? "you both want to try again" : "you don't both want to try again";
            case OLD_HABITS_RETURNING -> yes ? "old habits that helped break you up are coming back"
                    : "old habits that helped break you up are not coming back";
            case BREAKUP_REASON_ADDRESSED -> yes ? "you have talked through and addressed the reason you broke up"
                    : "you haven't yet addressed the reason you broke up";
            case OLD_GRIEVANCES_RAISED -> yes ? "old grievances are being thrown in each other's faces"
                    : "old grievances are not being thrown in each other's faces";
            case BROKEN_PROMISES -> yes ? "one of you failed to do what you promised" : "you have both done what you promised";
            case PRYING_INTO_TIME_APART -> yes ? "one of you is prying into what the other did while you were apart"
                    : "neither of you is prying into what the other did while you were apart";
            case RESUMING_INTIMACY -> yes ? "you are about to be intimate again" : "you are not about to be intimate again";
            case STD_TESTED -> yes ? "your partner has been tested for STDs" : "your partner hasn't been tested for STDs";
            default -> throw new IllegalArgumentException(fact.jsonName() + " is not a yes/no fact");
        };
    }

    /** A list of choices stated empty ("none of these"), as a statement. */
    static String noneOf(Fact fact) {
        return switch (fact) {
            case BREAKUP_REASONS -> "none of the listed reasons is why you broke up";
            case MOTIVES -> "none of the listed reasons is why you want to be with them";
            default -> throw new IllegalArgumentException(fact.jsonName() + " is not a list of choices");
        };
    }
}
