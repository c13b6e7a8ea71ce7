package org.reconcile.cli.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * HTTP/1.1 by hand over one connection to a test's server: for what no HTTP client will send
 * (a foreign {@code Host}, a broken request line, a body that stalls) and for seeing exactly what
 * comes back, byte for byte. Loopback only.
 */
final class RawHttp implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private RawHttp(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /** A connection to {@code server}, whose reads give up after {@code readTimeoutMillis}. */
    static RawHttp connect(Server server, int readTimeoutMillis) {
        try {
            Socket socket = new Socket();
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
            socket.setSoTimeout(readTimeoutMillis);
            return new RawHttp(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request's head for {@code server}, with {@code headers} (each ending in CRLF) added. */
    static String head(String method, String target, Server server, String headers) {
        return method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\n" + headers + "\r\n";
    }

    RawHttp send(String text) throws IOException {
        return send(text.getBytes(StandardCharsets.UTF_8));
    }

    RawHttp send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    /** Closes the sending side only: the server sees the end of the input and may still answer. */
    void shutdownOutput() throws IOException {
        socket.shutdownOutput();
    }

    /** The bytes one read gives: whatever has arrived, at least one byte. */
    byte[] readOnce() throws IOException {
        byte[] buffer = new byte[256 * 1024];
        int read = in.read(buffer);
        if (read < 0) {
            throw new IOException("the server closed the connection");
        }
        return java.util.Arrays.copyOf(buffer, read);
    }

    /** True once the server has closed the connection (the next read ends the input). */
    boolean closedByServer() throws IOException {
        return in.read() < 0;
    }

    /** An answer: its status, headers (names in lower case) and body. */
    record Answer(int status, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + text(), e);
            }
        }

        /** The message of an answer in the error shape. */
        String message() {
            return json().get("error").get("message").asText();
        }
    }

    /** Reads one answer; {@code head} for the answer to a HEAD, which has no body whatever its length says. */
    Answer read(boolean head) throws IOException {
        String statusLine = line();
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        for (String line = line(); !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        if (head || status == 204 || status == 304 || status / 100 == 1) {
            return new Answer(status, headers, new byte[0]);
        }
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            return new Answer(status, headers, chunked());
        }
        if (headers.containsKey("content-length")) {
            return new Answer(status, headers, in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        }
        return new Answer(status, headers, in.readAllBytes());
    }

    Answer read() throws IOException {
        return read(false);
    }

    private byte[] chunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            int size = Integer.parseInt(line().split(";")[0].trim(), 16);
            if (size == 0) {
                while (!line().isEmpty()) {
                    // trailers
                }
                return body.toByteArray();
            }
            body.write(in.readNBytes(size));
            line();
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new IOException("the connection ended in the middle of a line: " + line.toString(StandardCharsets.ISO_8859_1));
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing a test's socket: nothing to do about it.
        }
    }
}
