package org.reconcile.cli.serve;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Reads a request's body as it arrives, holding no thread while it waits for the client: a slow
 * or stalled body costs a connection, not a thread. A body over the limit is read past and dropped
 * (up to a bound), so that the client, still sending, gets its 413 rather than a reset. Bodies
 * held in memory count against one budget shared by all requests, released as each request ends.
 */
final class BodyReader implements Runnable {
    private static final int FIRST_BUFFER = 8 * 1024;

    /** What became of a body. */
    sealed interface Outcome permits Body, TooLarge, TooSlow, Busy, Failed {
    }

    /** All of it, within the limits. */
    record Body(byte[] bytes) implements Outcome {
    }

    /** Over the limit; {@code readPast} if all of it was read, so the connection can go on. */
    record TooLarge(boolean readPast) implements Outcome {
    }

    /** It arrived more slowly than the slowest rate allowed, though never silent for long. */
    record TooSlow() implements Outcome {
    }

    /** Holding it would take the bodies held at once past their budget. */
    record Busy() implements Outcome {
    }

    /** Reading failed: the client went away, or was too slow. */
    record Failed(Throwable cause) implements Outcome {
    }

    private final Request request;
    private final Limits limits;
    private final AtomicLong held;
    private final Consumer<Outcome> then;
    private final long started = System.nanoTime();
    private byte[] bytes;
    private int length;
    private long seen;
    private volatile long reserved;

    private BodyReader(Request request, Limits limits, AtomicLong held, Consumer<Outcome> then) {
        this.request = request;
        this.limits = limits;
        this.held = held;
        this.then = then;
    }

    /**
     * Reads the body of {@code request} within {@code limits}, counting it against {@code held},
     * then hands {@code then} what became of it, on whichever thread the last bytes arrived.
     */
    static void read(Request request, Limits limits, AtomicLong held, Consumer<Outcome> then) {
        BodyReader reader = new BodyReader(request, limits, held, then);
        Request.addCompletionListener(request, failure -> reader.release());
        long declared = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        boolean waitsToSend = request.getHeaders().contains(HttpHeader.EXPECT, HttpHeaderValue.CONTINUE.asString());
        if (declared > limits.bodyBytes() && (waitsToSend || declared > limits.drainBytes())) {
            then.accept(new TooLarge(false));
            return;
        }
        reader.bytes = new byte[(int) Math.min(declared > 0 ? declared : FIRST_BUFFER, limits.bodyBytes())];
        reader.run();
    }

    /** Reads what has arrived, and asks to be called again when more does. */
    @Override
    public void run() {
        while (true) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                release();
                then.accept(new Failed(chunk.getFailure()));
                return;
            }
            boolean kept = keep(chunk.getByteBuffer());
            boolean last = chunk.isLast();
            chunk.release();
            if (!kept) {
                return;
            }
            if (last) {
                then.accept(seen > limits.bodyBytes() ? new TooLarge(true) : new Body(Arrays.copyOf(bytes, length)));
                return;
            }
        }
    }

    // False once the outcome is decided before the end of the body.
    private boolean keep(ByteBuffer buffer) {
        int count = buffer.remaining();
        seen += count;
        if (trickling()) {
            release();
            then.accept(new TooSlow());
            return false;
        }
        if (seen > limits.bodyBytes()) {
            release();
            bytes = null;
            if (seen > limits.drainBytes()) {
                then.accept(new TooLarge(false));
                return false;
            }
            return true;
        }
        if (held.addAndGet(count) > limits.heldBodyBytes()) {
            held.addAndGet(-count);
            release();
            then.accept(new Busy());
            return false;
        }
        reserved += count;
        if (length + count > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(Math.max(2L * bytes.length, length + count), limits.bodyBytes()));
        }
        buffer.get(bytes, length, count);
        length += count;
        return true;
    }

    // Slower than the rate allowed, counted from the first second on: a body that trickles in a
    // byte at a time is never silent long enough for the idle timeout, yet would hold its place for ever.
    private boolean trickling() {
        double seconds = (System.nanoTime() - started) / 1e9 - 1;
        return seconds > 0 && seen < limits.minimumBytesPerSecond() * seconds;
    }

    private void release() {
        long count = reserved;
        reserved = 0;
        held.addAndGet(-count);
    }
}
