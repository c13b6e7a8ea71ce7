package org.reconcile.cli.batch.write;

import java.nio.charset.StandardCharsets;

import org.reconcile.cli.batch.read.InputFormat;

/**
 * How the results of a run are framed: what goes before, around and after them. Each result is
 * complete when written, so output flushed mid-run can be read at once.
 */
public enum OutputLayout {
    /** A JSON array, one result a line. */
    ARRAY("[", "\n", ",\n", "", "\n]\n", "]\n"),
    /** One result a line. */
    LINES("", "", "", "\n", "", ""),
    /** The one result of a single case. */
    SINGLE("", "", "", "\n", "", ""),
    /** Blocks of text, a blank line between them. */
    TEXT("", "", "\n", "", "", "");

    private final byte[] start;
    private final byte[] beforeFirst;
    private final byte[] beforeOthers;
    private final byte[] afterEach;
    private final byte[] end;
    private final byte[] endWhenEmpty;

    OutputLayout(String start, String beforeFirst, String beforeOthers, String afterEach, String end, String endWhenEmpty) {
        this.start = bytes(start);
        this.beforeFirst = bytes(beforeFirst);
        this.beforeOthers = bytes(beforeOthers);
        this.afterEach = bytes(afterEach);
        this.end = bytes(end);
        this.endWhenEmpty = bytes(endWhenEmpty);
    }

    /** The layout for {@code requested}, or if it is {@code null}, the one that follows the input's format. */
    public static OutputLayout of(OutputFormat requested, InputFormat input) {
        if (requested == null) {
            return switch (input) {
                case ARRAY -> ARRAY;
                case SINGLE -> SINGLE;
                case JSON_LINES, EMPTY -> LINES;
            };
        }
        return switch (requested) {
            case JSON -> input == InputFormat.SINGLE ? SINGLE : ARRAY;
            case JSONL -> LINES;
            case TEXT -> TEXT;
        };
    }

    /** What starts the output. */
    public byte[] start() {
        return start;
    }

    /** What goes before the result numbered {@code count} (1-based). */
    public byte[] before(long count) {
        return count == 1 ? beforeFirst : beforeOthers;
    }

    /** What goes after each result. */
    public byte[] after() {
        return afterEach;
    }

    /** What ends the output, after {@code count} results. */
    public byte[] end(long count) {
        return count == 0 ? endWhenEmpty : end;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
