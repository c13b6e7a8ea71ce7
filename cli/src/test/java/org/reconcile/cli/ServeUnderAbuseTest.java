package org.reconcile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reconcile serve} in a JVM of its own with a 128 MiB heap, under stalled connections,
 * trickling bodies, oversize bodies and many clients sending batches, all at once for
 * {@link #ABUSE_SECONDS}: throughout, {@code /health} and a one-case advice are answered within
 * a second, and the server never runs out of memory. Loopback only; every loop is bounded.
 *
 * <p>A second holds on a machine no busier than its processors. Where other programs keep it
 * busier (a load average of 24 on 2 processors is common while several builds run), every answer
 * waits its turn for a processor that much longer, so the bound grows with the load average:
 * a second per processor's worth of runnable programs.
 */
class ServeUnderAbuseTest {
    private static final int ABUSE_SECONDS = 15;
    private static final int START_SECONDS = 120;
    private static final int PROMPT_MILLIS = 1_000;
    private static final String ONE_CASE = "{\"daysSinceBreakup\": 45}";

    @TempDir
    Path dir;

    @Test
    void healthAndOneCaseAreAnsweredWithinASecondWhileTheServerIsAbused() throws Exception {
        Path err = dir.resolve("err.txt");
        Process serve = Child.start(List.of("-Xmx128m"), err, "serve", "--port", "0");
        ExecutorService abusers = Executors.newCachedThreadPool();
        AtomicBoolean going = new AtomicBoolean(true);
        List<Socket> stalled = new ArrayList<>();
        try {
            int port = Child.servingPort(serve, err, START_SECONDS);
            warmUp(port);
            for (int i = 0; i < 100; i++) {
                Socket socket = new Socket("127.0.0.1", port);
                socket.getOutputStream().write('P');
                stalled.add(socket);
            }
            AtomicInteger batches = new AtomicInteger();
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                running.add(abusers.submit(() -> trickle(port, going)));
            }
            for (int i = 0; i < 4; i++) {
                running.add(abusers.submit(() -> oversize(port, going)));
            }
            for (int i = 0; i < 8; i++) {
                running.add(abusers.submit(() -> batches(port, going, batches)));
            }

            long slowest = 0;
            int probes = 0;
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(ABUSE_SECONDS);
            while (System.nanoTime() < until) {
                slowest = Math.max(slowest, timed(port, "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
                slowest = Math.max(slowest, timed(port, post(ONE_CASE)));
                probes++;
                Thread.sleep(100);
            }
            going.set(false);
            for (Future<?> abuser : running) {
                abuser.get(60, TimeUnit.SECONDS);
            }

            assertThat(slowest).as("the slowest of " + probes * 2 + " probes, in milliseconds, with " + batches.get()
                    + " batches of 2,000 cases answered meanwhile, load average " + loadAverage()).isLessThan(prompt());
            assertThat(batches.get()).as("batches answered").isPositive();
            assertThat(serve.isAlive()).isTrue();
        } finally {
            going.set(false);
            abusers.shutdownNow();
            for (Socket socket : stalled) {
                socket.close();
            }
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(Files.readString(err, StandardCharsets.UTF_8)).doesNotContain("OutOfMemoryError", "Exception");
    }

    // A second, or more on a machine busier than its processors.
    private static long prompt() {
        return Math.round(PROMPT_MILLIS * Math.max(1.0, loadAverage() / Runtime.getRuntime().availableProcessors()));
    }

    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Runtime.getRuntime().availableProcessors();
        }
    }

    // The first rule sessions of a JVM take seconds on a busy machine: not what is measured here.
    private static void warmUp(int port) throws IOException {
        String batch = (ONE_CASE + "\n").repeat(2_000);
        for (int i = 0; i < 3; i++) {
            answer(port, post(batch), 120_000);
        }
    }

    // Milliseconds until a whole 200 answer, failing the test on anything else.
    private static long timed(int port, String request) throws IOException {
        long start = System.nanoTime();
        String answer = answer(port, request, 30_000);
        assertThat(answer).startsWith("HTTP/1.1 200");
        return (System.nanoTime() - start) / 1_000_000;
    }

    // A body that comes a byte at a time, never silent for long, until cut off; again and again.
    private static void trickle(int port, AtomicBoolean going) {
        while (going.get()) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /v1/advice HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < 50 && going.get(); i++) {
                    out.write(' ');
                    out.flush();
                    Thread.sleep(300);
                }
            } catch (IOException e) {
                // Cut off by the server, as it should be: start again.
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    // 2 MiB bodies, over the limit, sent whole each time.
    private static void oversize(int port, AtomicBoolean going) {
        String request = post(" ".repeat(2 << 20) + ONE_CASE);
        while (going.get()) {
            try {
                answer(port, request, 30_000);
            } catch (IOException e) {
                // Closed past the bound of what is read past: start again.
            }
        }
    }

    private static void batches(int port, AtomicBoolean going, AtomicInteger answered) {
        String request = post((ONE_CASE + "\n").repeat(2_000));
        while (going.get()) {
            try {
                if (answer(port, request, 60_000).startsWith("HTTP/1.1 200")) {
                    answered.incrementAndGet();
                }
            } catch (IOException e) {
                throw new IllegalStateException("a batch was not answered", e);
            }
        }
    }

    private static String post(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return "POST /v1/advice HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                + bytes.length + "\r\n\r\n" + body;
    }

    // Sends a request on a connection of its own and reads the whole answer, until the server closes.
    private static String answer(int port, String request, int patienceMillis) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(patienceMillis);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
