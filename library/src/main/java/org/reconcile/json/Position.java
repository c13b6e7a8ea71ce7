package org.reconcile.json;

import com.fasterxml.jackson.core.JsonLocation;

/**
 * A place in an input.
 *
 * @param line the 1-based line
 * @param column the 1-based column, counted in bytes
 */
record Position(int line, int column) {
    /** Where {@code at}, which Jackson counts from this position, is in the input. */
    Position plus(JsonLocation at) {
        int atLine = Math.max(at.getLineNr(), 1);
        int atColumn = Math.max(at.getColumnNr(), 1);
        return atLine == 1 ? new Position(line, column + atColumn - 1) : new Position(line + atLine - 1, atColumn);
    }

    /** Where the byte at {@code offset} of {@code bytes}, which start at this position, is. */
    Position plus(byte[] bytes, int offset) {
        int newlines = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                newlines++;
                lineStart = i + 1;
            }
        }
        return newlines == 0 ? new Position(line, column + offset) : new Position(line + newlines, offset - lineStart + 1);
    }
}

