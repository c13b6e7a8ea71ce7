package org.reconcile.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reconcile.SituationGenerator;
import org.reconcile.TestAdvisor;

/**
 * What an attacker on the same machine, or a page on another site, would try against a running
 * {@code reconcile serve}, and what a client that keeps its connection sees. Every request here
 * goes to the loopback address; a stalled answer fails the test by its read timeout.
 */
class ProbesTest {
    // Far longer than any answer takes, far shorter than a stalled server's wait.
    private static final int PATIENCE_MILLIS = 5_000;
    private static final String ONE_CASE = "{\"daysSinceBreakup\": 45}";

    private static Server server;

    @BeforeAll
    static void start() {
        // The first rule sessions of a JVM take seconds on a busy machine: not what is measured here.
        TestAdvisor.get().adviseAll(SituationGenerator.situations(7, 2_000).toList());
        server = Server.start(TestAdvisor.get(), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop(1);
    }

    @Test
    void fiftyStalledConnectionsKeepNobodyWaiting() throws IOException {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                Socket socket = new Socket("127.0.0.1", server.port());
                socket.getOutputStream().write('P');
                socket.getOutputStream().flush();
                stalled.add(socket);
            }

            assertThat(get("/health").status()).isEqualTo(200);
            assertThat(post("/v1/advice", "application/json", ONE_CASE).status()).isEqualTo(200);
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void aContentTypeOfASemicolonAloneIs415InTheErrorShape() throws IOException {
        RawHttp.Answer answer = post("/v1/advice", ";", ONE_CASE);

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.message()).contains("application/json", "was ;");
    }

    @Test
    void aThreeMegabyteChunkedBodyGetsAWhole413AndNoReset() throws IOException {
        try (RawHttp http = RawHttp.connect(server, PATIENCE_MILLIS)) {
            // As curl sends a large body: chunked, once the server says to go on.
            http.send(RawHttp.head("POST", "/v1/advice", server,
                    "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nExpect: 100-continue\r\n"));
            RawHttp.Answer answer = http.read();
            if (answer.status() == 100) {
                byte[] piece = new byte[64 * 1024];
                Arrays.fill(piece, (byte) ' ');
                for (int sent = 0; sent < 3 << 20; sent += piece.length) {
                    http.send(Integer.toHexString(piece.length) + "\r\n").send(piece).send("\r\n");
                }
                http.send("0\r\n\r\n");
                answer = http.read();
            }

            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.message()).contains("at most 1048576 bytes");
        }
    }

    @Test
    void headIsAnsweredAsGetWithoutABody() throws IOException {
        RawHttp.Answer page = get("/");
        try (RawHttp http = RawHttp.connect(server, PATIENCE_MILLIS)) {
            RawHttp.Answer head = http.send(RawHttp.head("HEAD", "/", server, "")).read(true);
            // On the same connection: had HEAD sent a body, this would read the page's bytes instead.
            RawHttp.Answer next = http.send(RawHttp.head("GET", "/health", server, "")).read();

            assertThat(head.status()).isEqualTo(200);
            assertThat(head.headers()).containsEntry("content-type", "text/html; charset=utf-8")
                    .containsEntry("content-length", String.valueOf(page.body().length));
            assertThat(next.status()).isEqualTo(200);
            assertThat(next.json().get("status").asText()).isEqualTo("ok");
        }
    }

    @Test
    void aMebibyteOfJsonLinesIs413NamingTheLimitOfCasesAndAdvise() throws IOException {
        String lines = (ONE_CASE + "\n").repeat(40_000);

        RawHttp.Answer answer = post("/v1/advice", "application/x-ndjson", lines);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.message()).contains("at most 10000 cases", "reconcile advise");
    }

    @Test
    void aForeignHostIsRefusedWhileLoopbackNamesAreAnswered() throws IOException {
        for (String foreign : List.of("evil.example", "evil.example:" + server.port(), "127.0.0.1.evil.example", "10.0.0.1")) {
            RawHttp.Answer answer = request("GET / HTTP/1.1\r\nHost: " + foreign + "\r\n\r\n");

            assertThat(answer.status()).as(foreign).isEqualTo(403);
            assertThat(answer.message()).contains("localhost", foreign);
        }
        for (String loopback : List.of("localhost:" + server.port(), "127.0.0.1:" + server.port(), "[::1]:" + server.port(),
                "app.localhost", "127.1.2.3")) {
            assertThat(request("GET /health HTTP/1.1\r\nHost: " + loopback + "\r\n\r\n").status()).as(loopback).isEqualTo(200);
        }
    }

    @Test
    void aPostFromAnotherSitesPageIs403WhileTheServersOwnPageIsAnswered() throws IOException {
        String form = "Content-Type: application/x-www-form-urlencoded\r\n";

        RawHttp.Answer byOrigin = postWith("/v1/advice", form + "Origin: https://evil.example\r\n", ONE_CASE);
        RawHttp.Answer bySite = postWith("/v1/advice", form + "Sec-Fetch-Site: cross-site\r\n", ONE_CASE);
        RawHttp.Answer ownPage = postWith("/v1/advice", form + "Origin: http://127.0.0.1:" + server.port()
                + "\r\nSec-Fetch-Site: same-origin\r\n", ONE_CASE);

        assertThat(byOrigin.status()).isEqualTo(403);
        assertThat(byOrigin.message()).contains("https://evil.example");
        assertThat(bySite.status()).isEqualTo(403);
        assertThat(ownPage.status()).isEqualTo(200);
    }

    @Test
    void thePageAndEveryAnswerForbidFramingInlineCodeAndReferrers() throws IOException {
        for (String path : List.of("/", "/health", "/v1/rules", "/nothing-here")) {
            Map<String, String> headers = get(path).headers();

            assertThat(headers.get("content-security-policy")).as(path)
                    .contains("frame-ancestors 'none'", "connect-src 'self'", "script-src 'self'", "style-src 'self'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(headers).as(path).containsEntry("referrer-policy", "no-referrer").containsEntry("x-content-type-options", "nosniff");
        }
    }

    @Test
    void thePageHoldsNoInlineScriptOrStyleAndEveryFileItNamesIsServedWithItsType() throws IOException {
        String page = get("/").text();

        assertThat(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>").doesNotContain("<style")
                .doesNotContainPattern("\\sstyle=").doesNotContainPattern("\\son[a-z]+=");
        Matcher named = Pattern.compile("(?:src|href)=\"/?([A-Za-z0-9._-]+\\.(js|css|svg|png|ico))\"").matcher(page);
        Map<String, String> types = Map.of("js", "text/javascript", "css", "text/css", "svg", "image/svg+xml", "png", "image/png",
                "ico", "image/x-icon");
        while (named.find()) {
            RawHttp.Answer file = get("/" + named.group(1));
            assertThat(file.status()).as(named.group(1)).isEqualTo(200);
            assertThat(file.headers().get("content-type")).as(named.group(1)).startsWith(types.get(named.group(2)));
        }
        RawHttp.Answer icon = get("/favicon.ico");
        assertThat(icon.status()).as("a real icon, so the browser logs no error").isEqualTo(200);
        assertThat(icon.headers().get("content-type")).startsWith("image/svg+xml");
        assertThat(icon.text()).startsWith("<svg");
    }

    @Test
    void aOneCaseAnswerReachesAClientThatKeepsItsConnectionInOnePiece() throws IOException {
        try (RawHttp http = RawHttp.connect(server, PATIENCE_MILLIS)) {
            for (int request = 0; request < 20; request++) {
                http.send(RawHttp.head("POST", "/v1/advice", server, "Content-Type: application/json\r\nContent-Length: "
                        + ONE_CASE.length() + "\r\n") + ONE_CASE);

                String piece = new String(http.readOnce(), StandardCharsets.UTF_8);

                Matcher length = Pattern.compile("(?i)content-length: (\\d+)").matcher(piece);
                assertThat(length.find()).as("a length, not chunks: " + piece).isTrue();
                int headEnd = piece.indexOf("\r\n\r\n") + 4;
                assertThat(piece.getBytes(StandardCharsets.UTF_8).length - headEnd).as("the whole answer in one read, request " + request)
                        .isEqualTo(Integer.parseInt(length.group(1)));
            }
        }
    }

    @Test
    void theQueryIsCheckedAsSentAndBeforeTheBodyIsRead() throws IOException {
        for (String query : List.of("brief=tru%65", "brief=true&x", "brief=false&x", "brief=TRUE")) {
            try (RawHttp http = RawHttp.connect(server, PATIENCE_MILLIS)) {
                // The body is announced but never sent: only an answer that does not wait for it arrives.
                RawHttp.Answer answer = http.send(RawHttp.head("POST", "/v1/advice?" + query, server,
                        "Content-Type: application/json\r\nContent-Length: 100\r\n")).read();

                assertThat(answer.status()).as(query).isEqualTo(400);
                assertThat(answer.message()).contains("brief=true or brief=false", query);
            }
        }
        assertThat(post("/v1/advice?brief=true", "application/json", ONE_CASE).json().has("rules")).isTrue();
    }

    @Test
    void whatIsNotHttpOrNotReadableIsAnsweredInTheErrorShapeNeverA5xx() throws IOException {
        List<String> odd = List.of(
                "NOT HTTP AT ALL\r\n\r\n",
                "GET / HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n",
                "POST /v1/advice HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: gzip\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "x".repeat(20_000) + "\r\n\r\n",
                "GET /" + "x".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
                "POST /v1/advice HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: twelve\r\n\r\n");
        for (String request : odd) {
            RawHttp.Answer answer = request(request);

            String shown = request.substring(0, Math.min(60, request.length()));
            assertThat(answer.status()).as(shown).isBetween(400, 499);
            assertThat(answer.headers().get("content-type")).as(shown).startsWith("application/json");
            assertThat(answer.message()).as(shown).isNotBlank().doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Z][A-Za-z]*(Exception|Error)");
        }
    }

    private static RawHttp.Answer get(String path) throws IOException {
        return request(RawHttp.head("GET", path, server, ""));
    }

    private static RawHttp.Answer post(String path, String contentType, String body) throws IOException {
        return postWith(path, "Content-Type: " + contentType + "\r\n", body);
    }

    // headers: each ending in CRLF, Content-Type among them.
    private static RawHttp.Answer postWith(String path, String headers, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (RawHttp http = RawHttp.connect(server, PATIENCE_MILLIS)) {
            return http.send(RawHttp.head("POST", path, server, headers + "Content-Length: " + bytes.length + "\r\n")).send(bytes).read();
        }
    }

    private static RawHttp.Answer request(String request) throws IOException {
        try (RawHttp http = RawHttp.connect(server, PATIENCE_MILLIS)) {
            return http.send(request).read();
        }
    }
}
