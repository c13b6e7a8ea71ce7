package org.reconcile.cli.batch.read;

/** Reading cannot go on: the JSON is too broken, or an input cannot be read. */
public final class ReadFailure extends Exception {
    private static final long serialVersionUID = 1L;

    /** {@code message} says where and what, such as {@code cases.json:14:3: broken JSON: ...}. */
    public ReadFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** JSON too broken to read on, at {@code line} and {@code column} of {@code input}. */
    public static ReadFailure brokenJson(String input, int line, int column, String problem) {
        return new ReadFailure(input + ":" + line + ":" + column + ": broken JSON: " + problem, null);
    }
}
