package org.reconcile.batch;

import java.util.Optional;

/**
 * One case as read, before it is checked and evaluated.
 *
 * @param index its 1-based position among all the cases of the run
 * @param origin where it was read
 * @param content what was read
 */
record CaseInput(long index, Origin origin, Content content) {

    /**
     * Where a case was read.
     *
     * @param input the input's name: a file as given, or {@code <stdin>}
     * @param line the 1-based line the case starts on
     * @param jsonLines the input is JSON Lines, where the line identifies the case
     */
    record Origin(String input, int line, boolean jsonLines) {
        @Override
        public String toString() {
            return input + ":" + line;
        }
    }

    /** What was read for one case. */
    sealed interface Content permits Line, Tree, Unreadable {
    }

    /** A line of JSON Lines, parsed by the worker that evaluates it. */
    record Line(byte[] bytes) implements Content {
    }

    /** A case already parsed, with the first key it gave twice, if any. */
    record Tree(TreeReader.Value value) implements Content {
    }

    /** A case that could not be read as a whole, with its id if that was read. */
    record Unreadable(Optional<String> id, CaseError error) implements Content {
    }

    /** A case that could not be read, with no field at fault. */
    static Content unreadable(String message) {
        return new Unreadable(Optional.empty(), new CaseError(null, message));
    }
}
