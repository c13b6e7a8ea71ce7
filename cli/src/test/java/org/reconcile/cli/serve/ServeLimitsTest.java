package org.reconcile.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reconcile.SituationGenerator;
import org.reconcile.TestAdvisor;

/**
 * Each of the server's {@link Limits}, answered rather than waited out: on servers of their own,
 * with limits small enough to reach quickly. Loopback only; a stalled answer fails by its read
 * timeout.
 */
class ServeLimitsTest {
    private static final int PATIENCE_MILLIS = 5_000;
    // The first rule sessions of a JVM take seconds on a busy machine.
    private static final int WARM_UP_MILLIS = 60_000;
    private static final String ONE_CASE = "{\"daysSinceBreakup\": 45}";

    @BeforeAll
    static void warmUp() {
        TestAdvisor.get().adviseAll(SituationGenerator.situations(7, 2_000).toList());
    }

    private static Limits limits(int connections, long heldBodyBytes, int cases, int idleSeconds, int bytesPerSecond, int batchThreads) {
        Limits defaults = Limits.DEFAULT;
        return new Limits(connections, defaults.headerBytes(), defaults.bodyBytes(), defaults.drainBytes(), heldBodyBytes, cases,
                idleSeconds, bytesPerSecond, batchThreads, defaults.fewCases());
    }

    @Test
    void theWorkStopsWhenTheClientHasGone() throws Exception {
        Server server = Server.start(TestAdvisor.get(), "127.0.0.1", 0);
        try (RawHttp http = RawHttp.connect(server, WARM_UP_MILLIS)) {
            byte[] cases = (ONE_CASE + "\n").repeat(10_000).getBytes(StandardCharsets.UTF_8);
            http.send(RawHttp.head("POST", "/v1/advice", server, "Content-Type: application/x-ndjson\r\nContent-Length: "
                    + cases.length + "\r\n")).send(cases);
            assertThat(new String(http.readOnce(), StandardCharsets.ISO_8859_1)).startsWith("HTTP/1.1 200");
            http.close();

            long answered = settled(server);

            assertThat(answered).as("cases answered after the client went").isPositive().isLessThan(5_000);
        } finally {
            server.stop(1);
        }
    }

    // The count of cases answered once it has not moved for a second.
    private static long settled(Server server) throws InterruptedException {
        long last = -1;
        for (int second = 0; second < 60; second++) {
            long now = server.casesAnswered();
            if (now == last) {
                return now;
            }
            last = now;
            Thread.sleep(1_000);
        }
        throw new AssertionError("the server was still answering after a minute: " + last);
    }

    @Test
    void aRequestOfAsManyCasesAsTheLimitIsAnsweredAndOneMoreIs413() throws IOException {
        Server server = Server.start(TestAdvisor.get(), "127.0.0.1", 0, limits(512, 64 << 20, 5, 10, 0, 2));
        try {
            RawHttp.Answer five = post(server, (ONE_CASE + "\n").repeat(5));
            RawHttp.Answer six = post(server, (ONE_CASE + "\n").repeat(6));

            assertThat(five.status()).isEqualTo(200);
            assertThat(five.text().lines()).hasSize(5);
            assertThat(six.status()).isEqualTo(413);
            assertThat(six.message()).contains("at most 5 cases", "reconcile advise");
        } finally {
            server.stop(1);
        }
    }

    @Test
    void aBodyThatStallsIs408AndItsPlaceIsFreed() throws IOException {
        Server server = Server.start(TestAdvisor.get(), "127.0.0.1", 0, limits(512, 64 << 20, 10_000, 1, 0, 2));
        try (RawHttp http = RawHttp.connect(server, PATIENCE_MILLIS)) {
            RawHttp.Answer answer = http.send(RawHttp.head("POST", "/v1/advice", server,
                    "Content-Type: application/json\r\nContent-Length: 100\r\n") + "{\"daysSince").read();

            assertThat(answer.status()).isEqualTo(408);
            assertThat(answer.message()).contains("too slowly");
            assertThat(http.closedByServer()).isTrue();
        } finally {
            server.stop(1);
        }
    }

    @Test
    void aBodyThatTricklesInIsCutOffThoughItNeverFallsSilent() throws Exception {
        Server server = Server.start(TestAdvisor.get(), "127.0.0.1", 0, limits(512, 64 << 20, 10_000, 2, 1024, 2));
        try (RawHttp http = RawHttp.connect(server, 10_000)) {
            http.send(RawHttp.head("POST", "/v1/advice", server, "Content-Type: application/json\r\nContent-Length: 100000\r\n"));
            CompletableFuture<Void> trickle = CompletableFuture.runAsync(() -> {
                try {
                    for (int i = 0; i < 16; i++) {
                        http.send(" ");
                        Thread.sleep(500);
                    }
                } catch (IOException e) {
                    // Cut off, as it should be.
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });

            RawHttp.Answer answer = http.read();

            assertThat(answer.status()).isEqualTo(408);
            trickle.cancel(true);
        } finally {
            server.stop(1);
        }
    }

    @Test
    void bodiesHeldAtOnceHaveABudgetAndPastItTheAnswerIs503() throws IOException {
        Server server = Server.start(TestAdvisor.get(), "127.0.0.1", 0,
                limits(512, Limits.DEFAULT.bodyBytes(), 10_000, 10, 0, 2));
        try (RawHttp holder = RawHttp.connect(server, PATIENCE_MILLIS)) {
            byte[] most = new byte[Limits.DEFAULT.bodyBytes() - 100_000];
            Arrays.fill(most, (byte) ' ');
            holder.send(RawHttp.head("POST", "/v1/advice", server, "Content-Type: application/json\r\nContent-Length: "
                    + (most.length + 50) + "\r\n")).send(most);
            sleep(1_000); // for the holder's bytes to be read and held

            RawHttp.Answer busy = post(server, " ".repeat(150_000) + ONE_CASE);

            assertThat(busy.status()).isEqualTo(503);
            assertThat(busy.headers()).containsEntry("retry-after", "1");
            assertThat(busy.message()).contains("busy", "try again");
            holder.close();
            assertThat(awaitAnswered(server).status()).as("the budget is given back as the holder goes").isEqualTo(200);
        } finally {
            server.stop(1);
        }
    }

    // The holder's place is given back as the server sees it go: asks until then, a few seconds at most.
    private static RawHttp.Answer awaitAnswered(Server server) throws IOException {
        String body = " ".repeat(200) + ONE_CASE;
        RawHttp.Answer answer = post(server, body);
        for (int tries = 0; tries < 50 && answer.status() != 200; tries++) {
            sleep(100);
            answer = post(server, body);
        }
        return answer;
    }

    @Test
    void connectionsPastTheLimitWaitOnlyUntilSilentOnesAreClosed() throws IOException {
        Server server = Server.start(TestAdvisor.get(), "127.0.0.1", 0, limits(2, 64 << 20, 10_000, 1, 0, 2));
        List<RawHttp> silent = new ArrayList<>();
        try {
            silent.add(RawHttp.connect(server, PATIENCE_MILLIS));
            silent.add(RawHttp.connect(server, PATIENCE_MILLIS));

            RawHttp.Answer health = get(server, "/health");

            assertThat(health.status()).isEqualTo(200);
            for (RawHttp connection : silent) {
                assertThat(connection.closedByServer()).isTrue();
            }
        } finally {
            silent.forEach(RawHttp::close);
            server.stop(1);
        }
    }

    @Test
    void aPersonsFewCasesAreNeverQueuedBehindBatches() throws IOException {
        Server server = Server.start(TestAdvisor.get(), "127.0.0.1", 0, limits(512, 64 << 20, 10_000, 10, 0, 1));
        List<RawHttp> batches = new ArrayList<>();
        try {
            byte[] cases = (ONE_CASE + "\n").repeat(5_000).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 3; i++) {
                // Clients that send a batch and do not read its answer: the one batch thread is taken, the others queued.
                RawHttp batch = RawHttp.connect(server, PATIENCE_MILLIS);
                batch.send(RawHttp.head("POST", "/v1/advice", server, "Content-Type: application/x-ndjson\r\nContent-Length: "
                        + cases.length + "\r\n")).send(cases);
                batches.add(batch);
            }

            RawHttp.Answer one = post(server, ONE_CASE);

            assertThat(one.status()).isEqualTo(200);
            assertThat(one.json().get("verdict").asText()).isNotEmpty();
        } finally {
            batches.forEach(RawHttp::close);
            server.stop(1);
        }
    }

    @Test
    void startingAServerSetsNothingJvmWideAndEachKeepsItsOwnIdleTime() throws IOException {
        Map<Object, Object> before = new TreeMap<>(copy(System.getProperties()));
        Server quick = Server.start(TestAdvisor.get(), "127.0.0.1", 0, limits(512, 64 << 20, 10_000, 1, 0, 2));
        Server patient = Server.start(TestAdvisor.get(), "127.0.0.1", 0, limits(512, 64 << 20, 10_000, 30, 0, 2));
        try (RawHttp toQuick = RawHttp.connect(quick, PATIENCE_MILLIS); Socket toPatient = new Socket("127.0.0.1", patient.port())) {
            assertThat(new TreeMap<>(copy(System.getProperties()))).isEqualTo(before);

            assertThat(toQuick.closedByServer()).as("the quick server closes a silent connection").isTrue();
            toPatient.setSoTimeout(500);
            assertThat(readsNothingYet(toPatient)).as("the patient server keeps its silent connection meanwhile").isTrue();
        } finally {
            quick.stop(1);
            patient.stop(1);
        }
    }

    // Open and silent: a read waits until its timeout rather than ending.
    private static boolean readsNothingYet(Socket socket) throws IOException {
        try {
            socket.getInputStream().read();
            return false;
        } catch (SocketTimeoutException e) {
            return true;
        }
    }

    private static Map<Object, Object> copy(Properties properties) {
        return new TreeMap<>(Map.copyOf(properties));
    }

    private static RawHttp.Answer get(Server server, String path) throws IOException {
        try (RawHttp http = RawHttp.connect(server, PATIENCE_MILLIS)) {
            return http.send(RawHttp.head("GET", path, server, "")).read();
        }
    }

    private static RawHttp.Answer post(Server server, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (RawHttp http = RawHttp.connect(server, PATIENCE_MILLIS)) {
            return http.send(RawHttp.head("POST", "/v1/advice", server, "Content-Type: application/json\r\nContent-Length: "
                    + bytes.length + "\r\n")).send(bytes).read();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
