package org.reconcile.batch;

/** Reading cannot go on: the JSON is too broken, or the input cannot be read. */
final class StoppedReading extends Exception {
    private static final long serialVersionUID = 1L;

    /** {@code message} says where and what, such as {@code cases.json:14:3: broken JSON: ...}. */
    StoppedReading(String message, Throwable cause) {
        super(message, cause);
    }
}
