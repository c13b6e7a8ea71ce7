package org.reconcile.cli.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.Callback;

/**
 * The body of an answer as it is written. An answer that fits in the buffer leaves in one piece,
 * headers and all, with its {@code Content-Length}, and without the writing thread waiting for
 * the client; a longer one streams out as the buffer fills, so that memory does not grow with the
 * answer, and a writer whose client has gone, or takes more than its patience to read each part,
 * gets an {@link IOException}.
 */
final class AnswerStream extends OutputStream {
    /** What an answer holds before it starts to stream. */
    static final int BUFFER = 64 * 1024;

    private final Response response;
    private final long patienceSeconds;
    private final byte[] buffer = new byte[BUFFER];
    private int count;
    private boolean streaming;

    /** An answer through {@code response}, whose client must take each part within {@code patienceSeconds}. */
    AnswerStream(Response response, long patienceSeconds) {
        this.response = response;
        this.patienceSeconds = patienceSeconds;
    }

    @Override
    public void write(int b) throws IOException {
        if (count == buffer.length) {
            send();
        }
        buffer[count++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        while (length > 0) {
            if (count == buffer.length) {
                send();
            }
            int part = Math.min(length, buffer.length - count);
            System.arraycopy(bytes, offset, buffer, count, part);
            count += part;
            offset += part;
            length -= part;
        }
    }

    /** Once streaming, sends what is written so far, so the client sees results as they are made. */
    @Override
    public void flush() throws IOException {
        if (streaming && count > 0) {
            send();
        }
    }

    /** Sends the rest as the answer's end, completing {@code done} once it has left (or failed). */
    void finish(Callback done) {
        if (!streaming) {
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, count);
        }
        response.write(true, ByteBuffer.wrap(buffer, 0, count), done);
    }

    private void send() throws IOException {
        streaming = true;
        try (Blocker.Callback sent = Blocker.callback()) {
            response.write(false, ByteBuffer.wrap(buffer, 0, count), sent);
            sent.block(patienceSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IOException("the client took more than " + patienceSeconds + " s to read " + BUFFER + " bytes of its answer", e);
        }
        count = 0;
    }
}
