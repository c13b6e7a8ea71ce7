package org.reconcile.cli.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A slow network between the page and the server, under the test's control: it passes every
 * request on to the server, but while held, each answer to {@code POST /v1/advice} waits until the
 * test lets one through. It keeps the bodies posted, so a test can tell how often an answer was
 * sent.
 */
final class HoldingProxy implements AutoCloseable {
    private final HttpServer http;
    private final HttpClient client = HttpClient.newHttpClient();
    private final String target;
    private final List<String> posted = new CopyOnWriteArrayList<>();
    private final Semaphore passes = new Semaphore(0);
    private volatile boolean holding;

    private HoldingProxy(String target) throws IOException {
        this.target = target.endsWith("/") ? target.substring(0, target.length() - 1) : target;
        this.http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        http.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "holding-proxy");
            thread.setDaemon(true);
            return thread;
        }));
        http.createContext("/", this::pass);
        http.start();
    }

    /** A proxy in front of the server at {@code target}, such as {@code http://127.0.0.1:8080/}. */
    static HoldingProxy of(String target) {
        try {
            return new HoldingProxy(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/";
    }

    /** From now on, each advice waits for {@link #release()}. */
    void hold() {
        holding = true;
    }

    /** Lets one held advice (or the next to come) through. */
    void release() {
        passes.release();
    }

    /** Answers at once again, letting every held advice through. */
    void letAllThrough() {
        holding = false;
        passes.release(1000);
    }

    /** The bodies of the advice requests so far, in order. */
    List<String> posted() {
        return List.copyOf(posted);
    }

    private void pass(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            boolean advice = exchange.getRequestMethod().equals("POST");
            if (advice) {
                posted.add(new String(body, StandardCharsets.UTF_8));
                if (holding && !passes.tryAcquire(20, TimeUnit.SECONDS)) {
                    throw new IOException("the test never let the held answer through");
                }
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()));
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            if (type != null) {
                request.header("Content-Type", type);
            }
            request.method(exchange.getRequestMethod(), advice ? HttpRequest.BodyPublishers.ofByteArray(body) : HttpRequest.BodyPublishers.noBody());
            HttpResponse<byte[]> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer.headers().firstValue("Content-Type").ifPresent(value -> exchange.getResponseHeaders().set("Content-Type", value));
            answer.headers().firstValue("Content-Security-Policy").ifPresent(value -> exchange.getResponseHeaders().set("Content-Security-Policy", value));
            exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        letAllThrough();
        http.stop(0);
    }
}
