package org.reconcile.cli.serve;

import java.util.Locale;

/**
 * The bounds of {@code reconcile serve}, each answered rather than waited out: what a client may
 * send, how many may be connected, and how long it may take.
 *
 * @param connections connections open at once; more wait to be accepted until one closes
 * @param headerBytes the request line and headers together; more is a 431
 * @param bodyBytes a request's body; more is a 413
 * @param drainBytes how much of a body over the limit is read past before the 413, so that a
 *     client still sending gets its answer instead of a reset; past that the connection is closed
 *     after the 413
 * @param heldBodyBytes request bodies held in memory at once, all requests together; a request
 *     that would go past it is a 503 (try again)
 * @param cases cases in one request; more is a 413
 * @param idleSeconds seconds a connection may stay silent, in either direction, before it is closed
 * @param minimumBytesPerSecond the slowest rate at which a body may arrive, after its first second;
 *     slower is a 408 (an answer must be read at {@link AnswerStream#BUFFER} bytes per {@code idleSeconds})
 * @param batchThreads threads that answer requests of more than {@code fewCases} cases, in turn
 * @param fewCases requests of at most this many cases are answered at once, never behind batches
 */
public record Limits(int connections, int headerBytes, int bodyBytes, long drainBytes, long heldBodyBytes, int cases,
        int idleSeconds, int minimumBytesPerSecond, int batchThreads, int fewCases) {

    /** The limits of {@code reconcile serve}, as docs/serve.md states them. */
    public static final Limits DEFAULT = new Limits(512, 8 * 1024, 1 << 20, 16L << 20, 64L << 20, 10_000,
            10, 16 * 1024, Math.max(2, Runtime.getRuntime().availableProcessors()), 16);

    /** Checks that each bound allows something. */
    public Limits {
        if (connections < 1 || headerBytes < 1024 || bodyBytes < 1 || drainBytes < 0 || heldBodyBytes < bodyBytes || cases < 1
                || idleSeconds < 1 || minimumBytesPerSecond < 0 || batchThreads < 1 || fewCases < 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "every limit must allow something (headers at"
                    + " least 1024 bytes, all bodies together at least one body), was %d connections, %d header bytes, %d body bytes,"
                    + " %d drained, %d held, %d cases, %d s idle, %d bytes/s, %d batch threads, %d few cases", connections, headerBytes,
                    bodyBytes, drainBytes, heldBodyBytes, cases, idleSeconds, minimumBytesPerSecond, batchThreads, fewCases));
        }
    }
}
