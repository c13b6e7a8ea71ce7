package org.reconcile.cli.batch.read;

import java.util.Objects;
import java.util.Optional;

import org.reconcile.json.Case;
import org.reconcile.json.CaseJson;

/**
 * One case as cut from its input, not yet parsed: its bytes and where they were.
 *
 * @param index its 1-based position among all the cases of the run
 * @param where where it starts
 * @param bytes its bytes (a line without its line end, or one element of an array); empty when too long
 * @param tooLong it is longer than {@link CaseJson#MAX_CASE_BYTES}, so its bytes were not kept
 */
public record RawCase(long index, Where where, byte[] bytes, boolean tooLong) {

    /** Checks that nothing is missing. */
    public RawCase {
        Objects.requireNonNull(where, "where must not be null");
        Objects.requireNonNull(bytes, "bytes must not be null");
    }

    /**
     * Where a case starts.
     *
     * @param input the input's name: a file as given, or {@code <stdin>}
     * @param line the 1-based line
     * @param column the 1-based column, in bytes
     * @param jsonLines the case is a line of JSON Lines, which the line alone identifies
     */
    public record Where(String input, int line, int column, boolean jsonLines) {
        /** {@code input:line}. */
        @Override
        public String toString() {
            return input + ":" + line;
        }
    }

    /** The case read from its bytes with the one JSON codec, positions told in its input. */
    public Case parse() {
        if (tooLong) {
            return CaseJson.tooLong(where.jsonLines(), where.line(), where.column());
        }
        return where.jsonLines() ? CaseJson.readLine(bytes) : CaseJson.readAt(bytes, where.line(), where.column());
    }

    /**
     * The failure that stops reading at this case, if {@code read} (this case, parsed) is broken
     * JSON outside JSON Lines: in an array, where the next case starts can no longer be known. In
     * JSON Lines a broken line spoils that line only.
     */
    public Optional<ReadFailure> stopsReading(Case read) {
        if (where.jsonLines() || !(read instanceof Case.Invalid invalid)) {
            return Optional.empty();
        }
        return invalid.error().brokenJson().map(broken -> ReadFailure.brokenJson(where.input(), broken.line(), broken.column(), broken.problem()));
    }
}
