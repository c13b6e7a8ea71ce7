package org.reconcile.cli.batch.read;

/** How the cases of one input are laid out, as {@link InputReader} tells it from the content. */
public enum InputFormat {
    /** A JSON array of cases. */
    ARRAY,
    /** One case per line; blank lines are not cases. */
    JSON_LINES,
    /** One case, possibly spread over many lines. */
    SINGLE,
    /** Nothing but white space: no cases. */
    EMPTY
}
