package org.reconcile.cli.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.reconcile.Advisor;
import org.reconcile.cli.batch.BatchFailure;
import org.reconcile.cli.batch.write.OutputFormat;
import org.reconcile.json.AdviceJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /v1/advice}: what {@code reconcile advise} writes for the body, within the limits.
 * The query and the content type are checked before a byte of the body is read; the body is read
 * without holding a thread, surveyed (cases counted and read), and only then advised on: a request
 * of a few cases at once, larger ones in turn on a few threads of their own, so that batches never
 * keep a person's one case waiting. Results stream out as they are made, and the work stops when
 * the client has gone.
 */
final class AdviceRoute {
    private static final Logger LOG = LoggerFactory.getLogger(AdviceRoute.class);
    private static final Map<String, Optional<OutputFormat>> LAYOUTS = Map.of(
            "application/json", Optional.empty(),
            "application/x-ndjson", Optional.of(OutputFormat.JSONL),
            "application/jsonl", Optional.of(OutputFormat.JSONL),
            // What `curl -d` sends unless told otherwise: read as `advise` reads a file, by its content.
            "application/x-www-form-urlencoded", Optional.empty());

    private final InMemoryBatch batch;
    private final Limits limits;
    private final AtomicLong held = new AtomicLong();
    private final LongAdder answered = new LongAdder();
    private final ThreadPoolExecutor batches;

    AdviceRoute(Advisor advisor, Limits limits) {
        this.batch = new InMemoryBatch(advisor);
        this.limits = limits;
        AtomicInteger count = new AtomicInteger();
        this.batches = new ThreadPoolExecutor(limits.batchThreads(), limits.batchThreads(), 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "reconcile-batch-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Answers a {@code POST /v1/advice}. */
    void handle(Request request, Response response, Callback callback) {
        String query = request.getHttpURI().getQuery();
        Optional<AdviceJson.Detail> detail = detail(query);
        if (detail.isEmpty()) {
            Answers.error(response, callback, 400, "the only parameter POST /v1/advice takes is brief=true or brief=false,"
                    + " as written here, was " + query);
            return;
        }
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        Optional<Optional<OutputFormat>> layout = layout(contentType);
        if (layout.isEmpty()) {
            Answers.error(response, callback, 415, "the Content-Type must be application/json (a case or an array of cases)"
                    + " or application/x-ndjson (JSON Lines), in UTF-8, was " + (contentType == null ? "none" : contentType));
            return;
        }
        BodyReader.read(request, limits, held, outcome -> {
            if (outcome instanceof BodyReader.Body body) {
                advise(response, callback, body.bytes(), layout.get(), detail.get());
            } else if (outcome instanceof BodyReader.TooLarge tooLarge) {
                tooLarge(response, callback, tooLarge.readPast());
            } else if (outcome instanceof BodyReader.TooSlow) {
                tooSlow(response, callback);
            } else if (outcome instanceof BodyReader.Failed failed) {
                failed(response, callback, failed.cause());
            } else {
                busy(response, callback);
            }
        });
    }

    /** How many cases have had their result written since the start. */
    long casesAnswered() {
        return answered.sum();
    }

    /** Stops taking batches, and lets those begun finish for up to {@code seconds}. */
    void stop(long seconds) throws InterruptedException {
        batches.shutdown();
        batches.awaitTermination(seconds, TimeUnit.SECONDS);
    }

    // Checked as sent, never percent-decoded: brief=tru%65 is not brief=true.
    private static Optional<AdviceJson.Detail> detail(String query) {
        if (query == null || query.isEmpty() || query.equals("brief=false")) {
            return Optional.of(AdviceJson.Detail.FULL);
        }
        return query.equals("brief=true") ? Optional.of(AdviceJson.Detail.BRIEF) : Optional.empty();
    }

    /** What a content type asks of the batch: follow the input, or JSON Lines; empty for a type we do not read. */
    static Optional<Optional<OutputFormat>> layout(String contentType) {
        if (contentType == null) {
            return Optional.of(Optional.empty());
        }
        String[] parts = contentType.split(";", -1);
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter[0].trim().equalsIgnoreCase("charset")
                    && (parameter.length < 2 || !parameter[1].trim().replace("\"", "").equalsIgnoreCase("utf-8"))) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(LAYOUTS.get(parts[0].trim().toLowerCase(Locale.ROOT)));
    }

    private void advise(Response response, Callback callback, byte[] body, Optional<OutputFormat> layout, AdviceJson.Detail detail) {
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            Answers.error(response, callback, 400, "the body must hold a case, an array of cases or JSON Lines, was empty");
            return;
        }
        InMemoryBatch.Survey survey = batch.survey(body, limits.cases());
        if (survey instanceof InMemoryBatch.TooMany tooMany) {
            Answers.error(response, callback, 413, "a request may hold at most " + tooMany.limit() + " cases, this one holds more;"
                    + " for a larger batch, run reconcile advise on a file, which takes any number");
        } else if (survey instanceof InMemoryBatch.Broken broken) {
            Answers.error(response, callback, 400, broken.message());
        } else {
            InMemoryBatch.Cases cases = (InMemoryBatch.Cases) survey;
            response.setStatus(cases.invalid() > 0 ? 422 : 200);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, layout.isPresent() || cases.jsonLines() ? Answers.JSON_LINES : Answers.JSON);
            Runnable answer = () -> answer(response, callback, body, layout, detail);
            if (cases.count() <= limits.fewCases()) {
                answer.run();
            } else {
                inTurn(response, callback, answer);
            }
        }
    }

    private void inTurn(Response response, Callback callback, Runnable answer) {
        try {
            batches.execute(answer);
        } catch (RejectedExecutionException e) {
            busy(response, callback);
        }
    }

    private void answer(Response response, Callback callback, byte[] body, Optional<OutputFormat> layout, AdviceJson.Detail detail) {
        AnswerStream out = new AnswerStream(response, limits.idleSeconds());
        Optional<BatchFailure> failure = batch.run(body, layout, detail, out, outcome -> answered.increment());
        if (failure.isEmpty()) {
            out.finish(callback);
        } else if (failure.get().output()) {
            callback.failed(failure.get().cause().orElseGet(() -> new IOException(failure.get().message())));
        } else {
            LOG.error("answering a request failed: {}", failure.get().message(), failure.get().cause().orElse(null));
            failedOnOurSide(response, callback);
        }
    }

    private static void failedOnOurSide(Response response, Callback callback) {
        if (response.isCommitted()) {
            callback.failed(new IOException("the answer broke off"));
            return;
        }
        response.reset();
        Answers.secure(response);
        Answers.error(response, callback, 500, "something went wrong on our side, not in your request; the server's log says what");
    }

    private void tooLarge(Response response, Callback callback, boolean readPast) {
        if (!readPast) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        Answers.error(response, callback, 413, "the body must be at most " + limits.bodyBytes() + " bytes, was larger");
    }

    private static void busy(Response response, Callback callback) {
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.getHeaders().put(HttpHeader.RETRY_AFTER, 1);
        Answers.error(response, callback, 503, "the server is busy with other requests; try again in a moment");
    }

    private void failed(Response response, Callback callback, Throwable cause) {
        if (cause instanceof TimeoutException || cause instanceof HttpException http && http.getCode() == 408) {
            tooSlow(response, callback);
        } else {
            callback.failed(cause);
        }
    }

    private void tooSlow(Response response, Callback callback) {
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        Answers.error(response, callback, 408, "the body arrived too slowly: it must keep coming, without a pause of more than "
                + limits.idleSeconds() + " s and at " + limits.minimumBytesPerSecond() + " bytes a second or more");
    }
}
