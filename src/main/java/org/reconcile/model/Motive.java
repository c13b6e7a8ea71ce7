package org.reconcile.model;

/** Why you want to get back together. Every motive but the first is a reason to move on. */
public enum Motive {
    /** You truly believe the relationship has potential for both of you. */
    BELIEVE_IN_POTENTIAL,
    EMOTIONAL_VULNERABILITY,
    BRUISED_EGO,
    /** Someone to go to the movies with. */
    WANT_COMPANY,
    /** You don't know what to do with your day without them. */
    NOTHING_TO_DO_WITHOUT_THEM,
    INSECURE_WITHOUT_PARTNER,
    BACK_TOGETHER_FOR_ITS_OWN_SAKE,
    PROVE_I_CAN,
    REVENGE
}
