package org.reconcile.model;

/** Why you want to get back together. Every motive but the first is a reason to move on. */
public enum Motive implements Choice {
    /** You truly believe the relationship has potential for both of you. */
    BELIEVE_IN_POTENTIAL("I truly believe the relationship has potential for both of us", "you want to be with them because you truly believe the relationship has potential for you both"),
    /** You feel emotionally vulnerable. */
    EMOTIONAL_VULNERABILITY("I feel emotionally vulnerable", "you want to be with them partly because you feel emotionally vulnerable"),
    /** Your ego is bruised. */
    BRUISED_EGO("My ego is bruised", "you want to be with them partly because your ego is bruised"),
    /** Someone to go to the movies with. */
    WANT_COMPANY("I want someone to do things with, like going to the movies", "you want to be with them partly to have someone to do things with, like going to the movies"),
    /** You don't know what to do with your day without them. */
    NOTHING_TO_DO_WITHOUT_THEM("I don't know what to do with my days without them", "you want to be with them partly because you don't know what to do with your days without them"),
    /** You feel insecure without a partner. */
    INSECURE_WITHOUT_PARTNER("I feel insecure without a partner", "you want to be with them partly because you feel insecure without a partner"),
    /** Getting back together for its own sake. */
    BACK_TOGETHER_FOR_ITS_OWN_SAKE("I want to be back together, more than I want them", "you want to be back together more than you want them"),
    /** To prove you can. */
    PROVE_I_CAN("I want to prove I can win them back", "you want to prove you can win them back"),
    /** To get revenge later. */
    REVENGE("I want to get even with them", "you want to get even with them");

    private final String label;
    private final String statement;

    Motive(String label, String statement) {
        this.label = label;
        this.statement = statement;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String statement() {
        return statement;
    }
}
