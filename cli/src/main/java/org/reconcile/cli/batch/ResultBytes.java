package org.reconcile.cli.batch;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * Results of one chunk, written one after another into one array: a result costs no array of its
 * own, and the writer writes each straight from here. Used by one thread at a time, unlike
 * {@link java.io.ByteArrayOutputStream}, whose every write takes a lock.
 */
final class ResultBytes extends OutputStream {
    private byte[] bytes;
    private int size;

    ResultBytes(int capacity) {
        bytes = new byte[Math.max(capacity, 64)];
    }

    @Override
    public void write(int b) {
        room(1);
        bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] from, int offset, int length) {
        room(length);
        System.arraycopy(from, offset, bytes, size, length);
        size += length;
    }

    /** How many bytes are written so far. */
    int size() {
        return size;
    }

    /** The array the bytes are in, valid until the next write. */
    byte[] array() {
        return bytes;
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
