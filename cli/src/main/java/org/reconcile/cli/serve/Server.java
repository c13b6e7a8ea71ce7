package org.reconcile.cli.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.reconcile.Advisor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * reconcile over HTTP, on an embedded Jetty: the advice for cases as {@code reconcile advise}
 * gives it, the rules, the catalog of facts, the API's description, and a page for a person.
 * Requests are read without a thread per client, within {@link Limits} that are answered rather
 * than waited out; nothing is shared between requests but the thread-safe advisor.
 *
 * <ul>
 *   <li>{@code POST /v1/advice}: a case, an array of cases ({@code application/json}) or JSON
 *       Lines ({@code application/x-ndjson}); the results exactly as {@code advise} writes them.
 *       200 when every case was evaluated, 422 when some were invalid (every result is still
 *       there), 400 for JSON too broken to read on.</li>
 *   <li>{@code GET} (and {@code HEAD}) {@code /v1/rules}, {@code /v1/facts}, {@code /v1/verdicts},
 *       {@code /v1/openapi.json}, {@code /v1/schema/*}, {@code /health}, {@code /} and the page's
 *       files.</li>
 * </ul>
 */
public final class Server {
    /** Seconds the requests in flight have to finish when the server stops. */
    public static final int STOP_SECONDS = 10;

    private static final Logger LOG = LoggerFactory.getLogger(Server.class);

    private final org.eclipse.jetty.server.Server jetty;
    private final ServerConnector connector;
    private final Routes routes;
    private final boolean loopback;

    private Server(org.eclipse.jetty.server.Server jetty, ServerConnector connector, Routes routes, boolean loopback) {
        this.jetty = jetty;
        this.connector = connector;
        this.routes = routes;
        this.loopback = loopback;
    }

    /**
     * Starts serving {@code advisor} on {@code host}:{@code port} (port 0: any free port) within
     * the default {@link Limits}.
     *
     * @throws UncheckedIOException if the host is unknown or the address cannot be listened on,
     *     saying why in words
     */
    public static Server start(Advisor advisor, String host, int port) {
        return start(advisor, host, port, Limits.DEFAULT);
    }

    /** As {@link #start(Advisor, String, int)}, within {@code limits}. */
    public static Server start(Advisor advisor, String host, int port, Limits limits) {
        InetAddress address = address(host, port);
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("reconcile-http");
        threads.setDaemon(true);
        org.eclipse.jetty.server.Server jetty = new org.eclipse.jetty.server.Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(limits.headerBytes());
        http.setSendServerVersion(false);
        // The query and the content type are checked as soon as the headers are in, not once a body comes.
        http.setDelayDispatchUntilContent(false);
        ServerConnector connector = new ServerConnector(jetty, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(address.getHostAddress());
        connector.setPort(port);
        connector.setIdleTimeout(TimeUnit.SECONDS.toMillis(limits.idleSeconds()));
        jetty.addConnector(connector);
        jetty.addBean(new NetworkConnectionLimit(limits.connections(), connector));
        Routes routes = new Routes(advisor, limits, new Guard(address.isLoopbackAddress()));
        jetty.setHandler(new GracefulHandler(routes));
        jetty.setErrorHandler(new ErrorAnswers(limits));
        jetty.setStopTimeout(TimeUnit.SECONDS.toMillis(STOP_SECONDS));
        try {
            jetty.start();
        } catch (Exception e) {
            stopQuietly(jetty);
            throw new UncheckedIOException(cannotListen(host, port, e));
        }
        return new Server(jetty, connector, routes, address.isLoopbackAddress());
    }

    private static InetAddress address(String host, int port) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new UncheckedIOException(new IOException("cannot listen on " + host + ":" + port + ": " + host
                    + " is not an address, and no address has that name", e));
        }
    }

    private static IOException cannotListen(String host, int port, Exception e) {
        String why = e instanceof BindException && String.valueOf(e.getMessage()).contains("in use")
                ? "another program is listening on port " + port
                : e instanceof BindException ? host + " is not an address of this machine"
                : String.valueOf(e.getMessage());
        return new IOException("cannot listen on " + host + ":" + port + ": " + why, e);
    }

    private static void stopQuietly(org.eclipse.jetty.server.Server jetty) {
        try {
            jetty.stop();
        } catch (Exception e) {
            // Never started: nothing to stop.
        }
    }

    /** The port it listens on. */
    public int port() {
        return connector.getLocalPort();
    }

    /** True if it listens on a loopback address, this machine only. */
    public boolean loopback() {
        return loopback;
    }

    /** How many cases have had their result written (to a client, or to one that then went away) since the start. */
    long casesAnswered() {
        return routes.casesAnswered();
    }

    /** The address it listens on, such as {@code http://127.0.0.1:8080/}. */
    public String url() {
        String host = connector.getHost();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
    }

    /**
     * Stops taking requests, lets those in flight finish for up to {@code graceSeconds}, then
     * stops; at once when none is in flight.
     */
    public void stop(int graceSeconds) {
        jetty.setStopTimeout(TimeUnit.SECONDS.toMillis(graceSeconds));
        try {
            jetty.stop();
        } catch (TimeoutException e) {
            LOG.warn("stopped after {} s with requests still in flight; they were cut off", graceSeconds);
        } catch (Exception e) {
            throw new IllegalStateException("the server did not stop cleanly: " + e.getMessage(), e);
        }
        try {
            routes.stopBatches(graceSeconds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
