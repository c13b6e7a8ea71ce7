package org.reconcile.model;

/** A value a person can choose for a fact, with its plain words. */
public interface Choice {
    /**
     * The value as the JSON of a case writes it, such as {@code NO_CONTACT}.
     *
     * @return the value's JSON spelling
     */
    String name();

    /**
     * The value in plain words for a person, such as "We haven't been in touch since the breakup".
     *
     * @return a label to show a person
     */
    String label();

    /**
     * The value as a statement about the person, in the second person and lower case, such as
     * "you broke up partly because they were disrespectful": what "because you said" repeats.
     *
     * @return a statement to show a person
     */
    String statement();
}
