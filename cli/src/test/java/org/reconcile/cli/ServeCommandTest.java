package org.reconcile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reconcile serve} as a process: how it starts, warns and stops. Each test runs it in a JVM
 * of its own on a free loopback port (or, for the warning, on every interface, with no request
 * sent) and ends it with SIGTERM.
 */
class ServeCommandTest {
    // A JVM and its rules start in seconds; on a busy machine in tens of seconds.
    private static final int START_SECONDS = 120;
    private static final String ONE_CASE = "{\"daysSinceBreakup\": 45}";

    @TempDir
    Path dir;

    @Test
    void sigtermStopsAnIdleServerAtOnce() throws Exception {
        Path err = dir.resolve("err.txt");
        Process serve = Child.start(List.of(), err, "serve", "--port", "0");
        int port = Child.servingPort(serve, err, START_SECONDS);
        get(port, "/health");

        long asked = System.nanoTime();
        serve.destroy();
        assertThat(serve.waitFor(10, TimeUnit.SECONDS)).as("stopped").isTrue();
        long tookMillis = (System.nanoTime() - asked) / 1_000_000;

        assertThat(tookMillis).as("milliseconds from SIGTERM to exit, nothing in flight").isLessThan(1_000);
        assertThat(Child.lines(err)).noneMatch(line -> line.contains("Exception") || line.contains("WARN"));
    }

    @Test
    void sigtermLetsAnAnswerInFlightFinish() throws Exception {
        Path err = dir.resolve("err.txt");
        Process serve = Child.start(List.of(), err, "serve", "--port", "0");
        int port = Child.servingPort(serve, err, START_SECONDS);
        byte[] cases = (ONE_CASE + "\n").repeat(10_000).getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/advice HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\nContent-Length: "
                    + cases.length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(cases);
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] start = in.readNBytes(12);

            serve.destroy();
            String rest = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1); // a char a byte, as chunk sizes count

            assertThat(new String(start, StandardCharsets.UTF_8)).isEqualTo("HTTP/1.1 200");
            assertThat(unchunked(rest.substring(rest.indexOf("\r\n\r\n") + 4)).lines()
                    .filter(line -> line.contains("\"verdict\":\"REACH_OUT\""))).hasSize(10_000);
        }
        assertThat(serve.waitFor(20, TimeUnit.SECONDS)).as("stopped once the answer was out").isTrue();
    }

    @Test
    void aHostOpenToTheNetworkIsWarnedAboutAsItStarts() throws Exception {
        Path err = dir.resolve("err.txt");
        Process serve = Child.start(List.of(), err, "serve", "--host", "0.0.0.0", "--port", "0");
        try {
            Child.servingPort(serve, err, START_SECONDS);

            String said = Files.readString(err, StandardCharsets.UTF_8);
            assertThat(said).contains("warning", "0.0.0.0", "unencrypted", "abuse");
            assertThat(said.indexOf("warning")).as("the warning comes before 'serving on'").isLessThan(said.indexOf("serving on"));
        } finally {
            serve.destroy();
            serve.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void aHostWithNoAddressIsOneClearLineAndStatus2() {
        Cli.Run run = Cli.run("serve", "--host", "no-such-host.invalid", "--port", "0");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("no-such-host.invalid", "no address has that name", "--host").doesNotContain("java.", "Exception");
    }

    // A chunked body, its chunks joined; all of it must be there, down to the last, empty chunk.
    private static String unchunked(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private static void get(int port, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            InputStream in = socket.getInputStream();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("HTTP/1.1 200");
        }
    }
}
