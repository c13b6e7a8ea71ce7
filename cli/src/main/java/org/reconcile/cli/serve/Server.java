package org.reconcile.cli.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.reconcile.Advisor;
import org.reconcile.cli.batch.write.OutputFormat;

/**
 * reconcile over HTTP, on the JDK's own server: the advice for cases as {@code reconcile advise}
 * gives it, the rules, the catalog of facts, and a page for a person. Requests run in parallel on
 * a bounded pool; nothing is shared between them but the thread-safe advisor.
 *
 * <ul>
 *   <li>{@code POST /v1/advice}: a case, an array of cases ({@code application/json}) or JSON
 *       Lines ({@code application/x-ndjson}); the results exactly as {@code advise} writes them.
 *       200 when every case was evaluated, 422 when some were invalid (every result is still
 *       there), 400 for JSON too broken to read on.</li>
 *   <li>{@code GET /v1/rules}, {@code GET /v1/facts}, {@code GET /v1/verdicts}, {@code GET /health},
 *       {@code GET /}.</li>
 * </ul>
 */
public final class Server {
    /** The largest request body: 1 MiB, the size of the largest case. */
    public static final int MAX_BODY_BYTES = 1 << 20;
    /** Threads that answer requests. */
    public static final int THREADS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    /** Requests accepted and waiting for a thread; past that, the accepting thread answers them itself. */
    public static final int QUEUE = 256;
    /** Seconds a client has to send a request's headers, and a request in flight has to finish when stopping. */
    public static final int REQUEST_SECONDS = 10;
    /** Seconds an answer may take to be sent. */
    public static final int RESPONSE_SECONDS = 30;

    // How much of an oversized body is read (and dropped) before answering 413.
    private static final long DRAIN_BYTES = 16L << 20;
    private static final String JSON = "application/json; charset=utf-8";

    private final HttpServer http;
    private final ThreadPoolExecutor pool;

    private Server(HttpServer http, ThreadPoolExecutor pool) {
        this.http = http;
        this.pool = pool;
    }

    /**
     * Starts serving {@code advisor} on {@code host}:{@code port} (port 0: any free port).
     *
     * @throws UncheckedIOException if the address cannot be bound
     */
    public static Server start(Advisor advisor, String host, int port) {
        timeouts();
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(host, port), QUEUE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE), runnable -> {
                    Thread thread = new Thread(runnable, "reconcile-http-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        http.setExecutor(pool);
        Routes routes = new Routes(advisor);
        http.createContext("/", exchange -> answer(exchange, routes));
        http.start();
        return new Server(http, pool);
    }

    // The JDK server reads these once, when it is first used; a value given with -D wins.
    private static void timeouts() {
        System.getProperties().putIfAbsent("sun.net.httpserver.maxReqTime", String.valueOf(REQUEST_SECONDS));
        System.getProperties().putIfAbsent("sun.net.httpserver.maxRspTime", String.valueOf(RESPONSE_SECONDS));
    }

    /** The port it listens on. */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The address it listens on, such as {@code http://127.0.0.1:8080/}. */
    public String url() {
        InetSocketAddress address = http.getAddress();
        String host = address.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/";
    }

    /**
     * Stops taking requests and waits up to {@code graceSeconds} for those in flight to finish.
     */
    public void stop(int graceSeconds) {
        http.stop(graceSeconds);
        pool.shutdown();
        try {
            pool.awaitTermination(graceSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // Not try-with-resources: the exchange must still be open to answer from a catch block.
    private static void answer(HttpExchange exchange, HttpHandler routes) {
        try {
            routes.handle(exchange);
        } catch (RequestTooLarge e) {
            drain(exchange);
            send(exchange, 413, error(null, "the body must be at most " + MAX_BODY_BYTES + " bytes (1 MiB), was larger"));
        } catch (IOException | UncheckedIOException e) {
            // The client went away or was too slow: nobody is left to answer.
        } catch (RuntimeException e) {
            send(exchange, 500, error(null, "something went wrong on our side: " + e.getClass().getSimpleName()));
        } finally {
            exchange.close();
        }
    }

    // A client still sending its body does not read the answer until it is done: the rest of an
    // oversized body is read and dropped, up to a bound, so that it gets its 413 rather than a reset.
    // read, not skip: the JDK's body stream passes skip on to the socket, past the end of the body.
    private static void drain(HttpExchange exchange) {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] buffer = new byte[64 * 1024];
            long left = DRAIN_BYTES;
            int read;
            while (left > 0 && (read = in.read(buffer)) > 0) {
                left -= read;
            }
        } catch (IOException e) {
            // The client went away.
        }
    }

    /** Answers {@code status} with {@code body} as JSON, unless an answer was already begun. */
    static void send(HttpExchange exchange, int status, byte[] body) {
        send(exchange, status, JSON, body);
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) {
        if (exchange.getResponseCode() >= 200) { // 100 Continue may have gone out already
            return;
        }
        try {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // The client went away.
        }
    }

    /** The error shape of a result: {@code {"error": {"field": ..., "message": ...}}}, field left out if null. */
    static byte[] error(String field, String message) {
        StringBuilder json = new StringBuilder("{\"error\":{");
        if (field != null) {
            json.append("\"field\":").append(quoted(field)).append(',');
        }
        json.append("\"message\":").append(quoted(message)).append("}}");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String quoted(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    /** The body of a request, refused past {@link #MAX_BODY_BYTES}. */
    static byte[] body(HttpExchange exchange) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > MAX_BODY_BYTES) {
                    throw new RequestTooLarge();
                }
            } catch (NumberFormatException e) {
                // The JDK server has already refused a broken length; chunked bodies are counted below.
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new RequestTooLarge();
            }
            return body;
        }
    }

    /** A body past the limit. */
    static final class RequestTooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RequestTooLarge() {
            super(null, null, false, false);
        }
    }

    /** What a content type asks of the batch: follow the input, or JSON Lines; empty for a type we do not read. */
    static Optional<Optional<OutputFormat>> layoutFor(String contentType) {
        if (contentType == null) {
            return Optional.of(Optional.empty());
        }
        String[] parts = contentType.split(";");
        String type = parts[0].trim().toLowerCase(Locale.ROOT);
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].trim().split("=", 2);
            if (parameter[0].trim().equalsIgnoreCase("charset") && parameter.length == 2
                    && !parameter[1].trim().replace("\"", "").equalsIgnoreCase("utf-8")) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(Map.of(
                "application/json", Optional.<OutputFormat>empty(),
                "application/x-ndjson", Optional.of(OutputFormat.JSONL),
                "application/jsonl", Optional.of(OutputFormat.JSONL),
                // What `curl -d` sends unless told otherwise: read as `advise` reads a file, by its content.
                "application/x-www-form-urlencoded", Optional.<OutputFormat>empty()).get(type));
    }
}
